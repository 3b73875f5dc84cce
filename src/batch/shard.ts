/** `--shard K/N`: this process takes the items whose index % N == K - 1. */
export interface Shard {
  /** 1-based. */
  k: number;
  n: number;
}

export function parseShard(spec: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (!Number.isSafeInteger(k) || !Number.isSafeInteger(n) || n < 1 || k < 1 || k > n) return null;
  return { k, n };
}

export function inShard(index: number, shard: Shard | null | undefined): boolean {
  return !shard || index % shard.n === shard.k - 1;
}

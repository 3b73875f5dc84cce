/** `--shard K/N`: this process takes the items whose index % N == K - 1. */
export interface Shard {
    /** 1-based. */
    k: number;
    n: number;
}
export declare function parseShard(spec: string): Shard | null;
export declare function inShard(index: number, shard: Shard | null | undefined): boolean;

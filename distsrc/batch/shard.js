export function parseShard(spec) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
    if (!m)
        return null;
    const k = Number(m[1]);
    const n = Number(m[2]);
    if (!Number.isSafeInteger(k) || !Number.isSafeInteger(n) || n < 1 || k < 1 || k > n)
        return null;
    return { k, n };
}
export function inShard(index, shard) {
    return !shard || index % shard.n === shard.k - 1;
}
//# sourceMappingURL=shard.js.map
/**
 * A stable string naming an item's source, used to recognise records already
 * written (`--resume`). The same source always gives the same key.
 */
export function sourceKey(s) {
    if ('path' in s)
        return `path:${s.path}`;
    if ('warc' in s)
        return s.recordId ? `warc:${s.warc}#${s.recordId}` : `warc:${s.warc}@${s.record ?? 0}`;
    if ('ndjson' in s)
        return `ndjson:${s.ndjson}:${s.line}`;
    return `url:${s.url}`;
}
/** A source that failed as a whole (unreadable file): one item whose load rejects. */
export function failedItem(source, err) {
    const p = Promise.reject(err);
    p.catch(() => { });
    return { source, load: () => p };
}
//# sourceMappingURL=types.js.map
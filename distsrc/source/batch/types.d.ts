/** The shapes shared by the batch readers and the runner. */
import type { FetchOptions } from '../fetch.js';
/** Where an item came from; written as `source` in its output record. */
export type ItemSource = {
    path: string;
} | {
    url: string;
} | {
    warc: string;
    recordId: string | null;
    url?: string | null;
    record?: number;
} | {
    ndjson: string;
    line: number;
    id?: string;
    url?: string;
};
/** What `load()` yields: the page as text or as raw bytes still to decode. */
export interface ItemContent {
    /**
     * Decoded text, or raw bytes (possibly gzip) to decode with
     * `decodeBytes` (BOM, then `charset`, then <meta>, then UTF-8/windows-1252).
     */
    content: string | Uint8Array;
    /** Charset declared by the transport (HTTP Content-Type), for bytes. */
    charset?: string | null;
    /** The page's URL when known (after redirects for fetched pages). */
    url: string | null;
    /** Publication date given with the input (NDJSON `published`). */
    published?: string | null;
    /** Force HTML or text reading (NDJSON `html` vs `text`); detected otherwise. */
    format?: 'html' | 'text';
}
export interface BatchItem {
    /** Position of the item across all sources, from 0. */
    index: number;
    source: ItemSource;
    load(): Promise<ItemContent>;
}
/** An item before it is numbered (what the per-source readers yield). */
export type RawItem = Omit<BatchItem, 'index'>;
export type SourceKind = 'dir' | 'file' | 'urls' | 'ndjson' | 'warc';
export interface BatchSourceOptions extends FetchOptions {
    /** Read plain files (not .warc / .ndjson) as lists of URLs. */
    urls?: boolean;
    /** Largest page accepted, in bytes (decoded). */
    maxBytes?: number;
    /** Concurrent fetches per host (default 2). */
    perHost?: number;
    /** Where "-" reads from (default process.stdin). */
    stdin?: NodeJS.ReadableStream;
}
/**
 * A stable string naming an item's source, used to recognise records already
 * written (`--resume`). The same source always gives the same key.
 */
export declare function sourceKey(s: ItemSource): string;
/** A source that failed as a whole (unreadable file): one item whose load rejects. */
export declare function failedItem(source: ItemSource, err: unknown): RawItem;

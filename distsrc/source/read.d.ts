import { type FetchOptions } from './fetch.js';
export interface Source {
    /** Where it came from: a path, a URL or "-". */
    name: string;
    content: string;
    /** The encoding the bytes were decoded with (WHATWG name). */
    encoding: string;
    /** The final URL after redirects, for fetched pages. */
    url: string | null;
    contentType?: string | null;
}
export interface ReadOptions extends FetchOptions {
    /** Largest input accepted, in bytes (also after decompression). Default 10 MB. */
    maxBytes?: number;
}
export declare function isUrl(s: string): boolean;
/** Bytes of one input to a Source: gunzip, refuse non-text, decode, clean. Errors carry no name prefix. */
export declare function bytesToSource(name: string, bytes: Uint8Array, opts?: {
    maxBytes?: number;
    charset?: string | null;
    url?: string | null;
}): Source;
export declare function readSource(spec: string, opts?: ReadOptions): Promise<Source>;

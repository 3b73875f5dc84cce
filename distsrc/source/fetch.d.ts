import { DEFAULT_TIMEOUT_MS } from '../limits.js';
export interface FetchOptions {
    /** Milliseconds for the whole request, body included. Default 20 s. */
    timeoutMs?: number;
    /** Largest body accepted, in decoded bytes. Default 10 MB. */
    maxBytes?: number;
    /** Redirects followed before giving up. Default 10. */
    maxRedirects?: number;
    userAgent?: string;
}
export interface Fetched {
    /** The final URL, after redirects. */
    url: string;
    status: number;
    contentType: string | null;
    /** The charset of the Content-Type header, when given. */
    charset: string | null;
    body: Uint8Array;
    /** The URLs redirected from, in order. */
    redirects: string[];
}
export { DEFAULT_TIMEOUT_MS };
export declare const DEFAULT_MAX_REDIRECTS = 10;
export declare const USER_AGENT: string;
export declare function fetchUrl(url: string, opts?: FetchOptions): Promise<Fetched>;

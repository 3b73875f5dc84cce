export interface Decoded {
    text: string;
    /** The WHATWG name of the encoding used (e.g. "utf-8", "windows-1251"). */
    encoding: string;
    /** How the encoding was chosen. */
    from: 'bom' | 'http' | 'meta' | 'utf-8' | 'utf-16' | 'guess' | 'fallback';
}
import { DEFAULT_MAX_BYTES } from '../limits.js';
export { DEFAULT_MAX_BYTES };
export declare function isGzip(buf: Uint8Array): boolean;
/** Decompress gzip data, refusing output larger than maxBytes (a gzip bomb). */
export declare function gunzipCapped(buf: Uint8Array, maxBytes?: number): Buffer;
/** The WHATWG encoding for a charset label, or "iconv:<name>" for one only iconv-lite knows; null if unknown. */
export declare function labelToEncoding(label: string | null | undefined): string | null;
/** The value of the charset parameter of a Content-Type value ("text/html; charset=windows-1251"). */
export declare function charsetFromContentType(contentType: string | null | undefined): string | null;
/**
 * The charset a page declares in its first bytes: <meta charset="...">, or
 * <meta http-equiv="Content-Type" content="...; charset=...">. Linear scan,
 * no backtracking regex over the page.
 */
export declare function sniffMetaCharset(buf: Uint8Array): string | null;
/** Is this UTF-16 without a BOM? Every other byte NUL (ASCII-range text) on one side, few on the other. */
export declare function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null;
/** Refuse bytes that are not text (call before decoding; a UTF-16 BOM or pattern is text). */
export declare function assertTextBytes(buf: Uint8Array): void;
/** chardet's guess for bytes that are not UTF-8, when confident and a legacy charset. */
export declare function guessLegacyEncoding(buf: Uint8Array): string | null;
export declare function decodeBytes(buf: Uint8Array, httpCharset?: string | null): Decoded;
/** Refuse decoded text that is not an article: PDF text, JSON data. */
export declare function assertArticleText(text: string): void;
/**
 * Refuse a string that is not text, for inputs that arrive already decoded
 * (NDJSON records): binary data (control or replacement characters), PDF, JSON.
 */
export declare function assertTextual(text: string): void;

import { type RawItem } from './types.js';
export declare const ARTICLE_FILE: RegExp;
export declare function isArticleFile(name: string): boolean;
/** List a directory now (so the count is known); items are read later. */
export declare function dirItems(dir: string, opts?: {
    maxBytes?: number;
}): Promise<{
    count: number;
    items(): AsyncIterable<RawItem>;
}>;
/** One file as an item; its bytes are read on `load()`. */
export declare function fileItem(path: string, opts?: {
    maxBytes?: number;
}): RawItem;

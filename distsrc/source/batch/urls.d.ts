import { HostLimiter } from './hosts.js';
import { type BatchSourceOptions, type ItemContent, type RawItem } from './types.js';
export interface UrlOptions extends BatchSourceOptions {
    limiter?: HostLimiter;
}
export declare function urlListItems(spec: string, opts?: UrlOptions): AsyncIterable<RawItem>;
/** One URL as an item: fetched (politely) on load. */
export declare function urlItem(url: string, limiter: HostLimiter, opts: BatchSourceOptions, extra?: Partial<ItemContent>): RawItem;
export declare function fetchItem(url: string, limiter: HostLimiter, opts: BatchSourceOptions, extra?: Partial<ItemContent>): Promise<ItemContent>;

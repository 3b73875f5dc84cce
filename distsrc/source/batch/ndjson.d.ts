import { HostLimiter } from './hosts.js';
import { type BatchSourceOptions, type RawItem } from './types.js';
export interface NdjsonOptions extends BatchSourceOptions {
    limiter?: HostLimiter;
}
export declare function ndjsonItems(spec: string, opts?: NdjsonOptions): AsyncIterable<RawItem>;
export declare function ndjsonItem(spec: string, line: number, text: string, limiter: HostLimiter, opts: BatchSourceOptions): RawItem;

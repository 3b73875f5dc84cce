import { type BatchSourceOptions, type RawItem } from './types.js';
export declare function warcItems(spec: string, opts?: BatchSourceOptions): AsyncIterable<RawItem>;

import type { BatchItem, BatchSourceOptions, RawItem, SourceKind } from './types.js';
export * from './types.js';
/** Decide what a source is: by extension first, then by its first bytes. */
export declare function detectKind(spec: string, opts?: {
    urls?: boolean;
}): Promise<SourceKind>;
export interface PlannedSource {
    spec: string;
    kind: SourceKind;
    /** Items the source holds, when cheap to know upfront (directories, single files). */
    count: number | null;
    items(): AsyncIterable<RawItem>;
}
/**
 * Check every source exists and decide its kind before anything runs (a
 * missing source is a usage error, not an item error). Directories are walked
 * here so the total is known for the progress line.
 */
export declare function planSources(specs: string[], opts?: BatchSourceOptions): Promise<PlannedSource[]>;
/** All items of all sources, numbered in order. */
export declare function batchItems(sources: PlannedSource[]): AsyncIterable<BatchItem>;
/** The total item count when every source knows its own, else null. */
export declare function knownTotal(sources: PlannedSource[]): number | null;

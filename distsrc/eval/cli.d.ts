import type { Result } from '../schema.js';
import { type Gold, type Summary } from './score.js';
/** Run the pipeline on a gold file's input, honouring its args (--published). */
export declare function runGold(goldPath: string): Promise<{
    gold: Gold;
    result: Result;
    error?: string;
}>;
export declare function formatSummary(s: Summary, label: string): string;

/** `newsx schema`: the JSON Schema of the output, generated from the zod schema. */
import type { Command } from 'commander';
export declare function jsonSchema(): Record<string, unknown>;
export declare function registerSchema(program: Command): void;

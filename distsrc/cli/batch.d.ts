import { type Command } from 'commander';
export declare function registerBatch(program: Command, setExit: (code: number) => void): void;

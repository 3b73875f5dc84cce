export interface LineWriter {
    write(line: string): void;
    /** Resolves when the destination can take more (stdout backpressure). */
    ready(): Promise<void>;
    /** Set when the destination is gone (EPIPE): stop producing. */
    readonly closed: boolean;
    close(): Promise<void>;
}
export declare function fileWriter(path: string, append: boolean): LineWriter;
export declare function streamWriter(stream: NodeJS.WritableStream & {
    writableNeedDrain?: boolean;
}): LineWriter;

export declare function colorLevel(stream: NodeJS.WriteStream, flag: boolean | undefined, env?: NodeJS.ProcessEnv): 0 | 1 | 2 | 3;

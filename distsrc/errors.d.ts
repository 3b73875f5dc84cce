/** Errors newsx reports to users: a code and one clear line, never a stack trace. */
export type ErrorCode = 'EUSAGE' | 'ENOENT' | 'EREAD' | 'EFETCH' | 'EHTTP' | 'ETIMEOUT' | 'ETOOBIG' | 'ENOTARTICLE' | 'EEMPTY' | 'EEXTRACT';
export declare class NewsxError extends Error {
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
/** One line describing any thrown value, for stderr or an error record. */
export declare function describeError(err: unknown): {
    code: string;
    message: string;
};

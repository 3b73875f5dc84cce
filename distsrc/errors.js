export class NewsxError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = 'NewsxError';
        this.code = code;
    }
}
/** One line describing any thrown value, for stderr or an error record. */
export function describeError(err) {
    if (err instanceof NewsxError)
        return { code: err.code, message: err.message };
    if (err instanceof Error) {
        const code = err.code;
        if (code === 'ENOENT')
            return { code: 'ENOENT', message: err.message.replace(/^ENOENT: /, '') };
        if (code === 'EISDIR')
            return { code: 'EREAD', message: 'is a directory' };
        if (code === 'EACCES')
            return { code: 'EREAD', message: 'permission denied' };
        return { code: 'EEXTRACT', message: err.message.split('\n')[0] ?? String(err) };
    }
    return { code: 'EEXTRACT', message: String(err).split('\n')[0] ?? 'unknown error' };
}
//# sourceMappingURL=errors.js.map
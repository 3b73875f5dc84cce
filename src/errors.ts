/** Errors newsx reports to users: a code and one clear line, never a stack trace. */
export type ErrorCode =
  | 'EUSAGE'
  | 'ENOENT'
  | 'EREAD'
  | 'EFETCH'
  | 'EHTTP'
  | 'ETIMEOUT'
  | 'ETOOBIG'
  | 'ENOTARTICLE'
  | 'EEMPTY'
  | 'EEXTRACT';

export class NewsxError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsxError';
    this.code = code;
  }
}

/** One line describing any thrown value, for stderr or an error record. */
export function describeError(err: unknown): { code: string; message: string } {
  if (err instanceof NewsxError) return { code: err.code, message: err.message };
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { code: 'ENOENT', message: err.message.replace(/^ENOENT: /, '') };
    if (code === 'EISDIR') return { code: 'EREAD', message: 'is a directory' };
    if (code === 'EACCES') return { code: 'EREAD', message: 'permission denied' };
    return { code: 'EEXTRACT', message: err.message.split('\n')[0] ?? String(err) };
  }
  return { code: 'EEXTRACT', message: String(err).split('\n')[0] ?? 'unknown error' };
}

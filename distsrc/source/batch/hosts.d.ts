/**
 * At most N fetches at a time per host, so a batch over one site's URLs is
 * polite however many items are in flight. Waiters are served first come,
 * first served.
 */
export declare class HostLimiter {
    readonly perHost: number;
    private readonly active;
    private readonly waiting;
    constructor(perHost: number);
    /** Run `fn` when the host of `url` has a free slot. */
    run<T>(url: string, fn: () => Promise<T>): Promise<T>;
    /** Fetches currently running for a host (for tests and diagnostics). */
    running(host: string): number;
    private acquire;
    private release;
}
export declare function hostOf(url: string): string;

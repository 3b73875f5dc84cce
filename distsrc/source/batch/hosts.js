/**
 * At most N fetches at a time per host, so a batch over one site's URLs is
 * polite however many items are in flight. Waiters are served first come,
 * first served.
 */
export class HostLimiter {
    perHost;
    active = new Map();
    waiting = new Map();
    constructor(perHost) {
        this.perHost = perHost;
        if (!(perHost >= 1))
            throw new RangeError('perHost must be at least 1');
    }
    /** Run `fn` when the host of `url` has a free slot. */
    async run(url, fn) {
        const host = hostOf(url);
        await this.acquire(host);
        try {
            return await fn();
        }
        finally {
            this.release(host);
        }
    }
    /** Fetches currently running for a host (for tests and diagnostics). */
    running(host) {
        return this.active.get(host) ?? 0;
    }
    acquire(host) {
        const n = this.active.get(host) ?? 0;
        if (n < this.perHost) {
            this.active.set(host, n + 1);
            return Promise.resolve();
        }
        return new Promise((resolve) => {
            const q = this.waiting.get(host) ?? [];
            q.push(resolve);
            this.waiting.set(host, q);
        });
    }
    release(host) {
        const q = this.waiting.get(host);
        const next = q?.shift();
        if (next) {
            if (q.length === 0)
                this.waiting.delete(host);
            next(); // the slot passes straight to the next waiter
            return;
        }
        const n = (this.active.get(host) ?? 1) - 1;
        if (n <= 0)
            this.active.delete(host);
        else
            this.active.set(host, n);
    }
}
export function hostOf(url) {
    try {
        return new URL(url).host.toLowerCase();
    }
    catch {
        return '';
    }
}
//# sourceMappingURL=hosts.js.map
export function formatDuration(sec) {
    if (!Number.isFinite(sec) || sec < 0)
        return '?';
    const s = Math.round(sec);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const r = s % 60;
    return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}
export class Progress {
    opts;
    counts = { ok: 0, failed: 0, skipped: 0 };
    started = performance.now();
    lastDraw = 0;
    drawn = false;
    constructor(opts) {
        this.opts = opts;
    }
    get elapsedSec() {
        return (performance.now() - this.started) / 1000;
    }
    done(ok) {
        if (ok)
            this.counts.ok++;
        else
            this.counts.failed++;
        this.maybeDraw();
    }
    skip() {
        this.counts.skipped++;
        this.maybeDraw();
    }
    line() {
        const { ok, failed, skipped } = this.counts;
        const processed = ok + failed;
        const seen = processed + skipped;
        const rate = processed / Math.max(this.elapsedSec, 1e-3);
        const parts = [this.opts.total !== null ? `${seen}/${this.opts.total} items` : `${seen} items`, `${rate.toFixed(1)}/s`];
        if (failed)
            parts.push(`${failed} failed`);
        if (skipped)
            parts.push(`${skipped} already done`);
        if (this.opts.total !== null && rate > 0)
            parts.push(`ETA ${formatDuration((this.opts.total - seen) / rate)}`);
        return `newsx batch: ${parts.join(', ')}`;
    }
    maybeDraw() {
        if (!this.opts.live)
            return;
        const now = performance.now();
        if (now - this.lastDraw < 250)
            return;
        this.lastDraw = now;
        this.opts.stream.write(`\r\x1b[2K${this.line()}`);
        this.drawn = true;
    }
    /** Erase the live line (before the summary or an error message). */
    clear() {
        if (this.drawn)
            this.opts.stream.write('\r\x1b[2K');
        this.drawn = false;
    }
    summary(stopped) {
        const { ok, failed, skipped } = this.counts;
        const processed = ok + failed;
        const sec = this.elapsedSec;
        const parts = [`${processed} ${processed === 1 ? 'item' : 'items'}`, `${ok} ok`, `${failed} failed`];
        if (skipped)
            parts.push(`${skipped} skipped (already in the output)`);
        parts.push(`${(processed / Math.max(sec, 1e-3)).toFixed(1)} pages/s`, `${sec.toFixed(1)} s`);
        return `newsx batch: ${parts.join(', ')}${stopped ? ` — ${stopped}` : ''}\n`;
    }
}
//# sourceMappingURL=progress.js.map
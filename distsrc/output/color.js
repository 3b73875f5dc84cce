/**
 * Whether to colour a stream: --no-color and NO_COLOR turn colour off,
 * FORCE_COLOR turns it on (chalk reads it), otherwise only on a terminal.
 */
import { supportsColor } from 'chalk';
export function colorLevel(stream, flag, env = process.env) {
    if (flag === false)
        return 0;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return 0;
    const force = env.FORCE_COLOR;
    if (force !== undefined) {
        if (force === '0' || force === 'false')
            return 0;
        const n = Number(force);
        return (force === '' || force === 'true' || Number.isNaN(n) ? 1 : Math.min(3, Math.max(1, n)));
    }
    if (!stream.isTTY)
        return 0;
    return supportsColor ? supportsColor.level : 1;
}
//# sourceMappingURL=color.js.map
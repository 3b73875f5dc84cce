import { renderPretty } from './pretty.js';
import { renderHtml } from './html.js';
export const FORMATS = ['json', 'ndjson', 'pretty', 'html'];
export function render(result, format, opts) {
    switch (format) {
        case 'ndjson':
            return JSON.stringify(result) + '\n';
        case 'pretty':
            return renderPretty(result, { colorLevel: opts.colorLevel ?? 0, width: opts.width });
        case 'html':
            return renderHtml(result);
        case 'json':
        default:
            return (opts.pretty ? JSON.stringify(result, null, 2) : JSON.stringify(result)) + '\n';
    }
}
//# sourceMappingURL=render.js.map
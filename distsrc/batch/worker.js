import { extract } from '../pipeline.js';
import { bytesToSource } from '../source/read.js';
import { assertTextual } from '../source/decode.js';
import { describeError, NewsxError } from '../errors.js';
import { parsePublishedOption } from '../page/dates.js';
/**
 * Warm up while the worker starts: the first extraction loads the gazetteer and
 * compiles the NLP lexicons lazily, which must not count against the first item's
 * --item-timeout.
 */
try {
    const sentence = 'The minister said on Monday in Paris that talks with Acme Corp. would resume by Friday.';
    extract(sentence, { published: '2020-01-01' });
    // the HTML path, without a declared language (loads the language detector too)
    extract(`<html><head><title>Talks</title></head><body><article><p>${sentence}</p><p>${sentence}</p></article></body></html>`);
}
catch {
    // a failed warm-up only makes the first item slower
}
export default function runTask(task) {
    if (task.started) {
        task.started.postMessage(0);
        task.started.close();
    }
    try {
        let text;
        if (typeof task.content === 'string') {
            if (task.content.length > task.maxBytes)
                throw new NewsxError('ETOOBIG', `input is larger than ${task.maxBytes} bytes (see --max-bytes)`);
            assertTextual(task.content);
            text = task.content;
        }
        else {
            text = bytesToSource(task.name, task.content, { maxBytes: task.maxBytes, charset: task.charset, url: task.url }).content;
        }
        const warnings = [];
        let published = task.published ?? null;
        if (published && !parsePublishedOption(published)) {
            warnings.push(`ignored the given publication date "${published.slice(0, 60)}": not a date`);
            published = null;
        }
        const result = extract(text, { format: task.format, published, source: task.name, url: task.url });
        if (warnings.length)
            result.meta.warnings = [...(result.meta.warnings ?? []), ...warnings];
        return { ok: true, json: JSON.stringify(result) };
    }
    catch (err) {
        return { ok: false, error: describeError(err) };
    }
}
//# sourceMappingURL=worker.js.map
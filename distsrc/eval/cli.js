/**
 * `npm run eval [dir|file.gold.json ...] [--verbose] [--json]`: score newsx on gold files
 * (format and rules: shared/eval/README.md). Default: fixtures/gold.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../pipeline.js';
import { readSource } from '../source/read.js';
import { describeError } from '../errors.js';
import { prf, scoreFile, summarize } from './score.js';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
function goldFiles(target) {
    const st = statSync(target);
    if (st.isFile())
        return [target];
    return readdirSync(target)
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map((f) => join(target, f));
}
function emptyResult() {
    return {
        article: { title: null, published: null, authors: [], dateline: null, text: '' },
        actors: [],
        places: [],
        quotes: [],
        times: [],
        deadlines: [],
        meta: { tool: 'newsx', version: '0', source: null, format: 'text', timezone: null, utcOffset: null },
    };
}
/** Run the pipeline on a gold file's input, honouring its args (--published). */
export async function runGold(goldPath) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const input = resolve(dirname(goldPath), gold.input);
    const args = gold.args ?? [];
    const pi = args.indexOf('--published');
    const published = pi >= 0 ? args[pi + 1] ?? null : null;
    try {
        const src = await readSource(input);
        const result = extract(src.content, { format: gold.format, published, source: input });
        return { gold, result };
    }
    catch (err) {
        return { gold, result: emptyResult(), error: describeError(err).message };
    }
}
const pct = (x) => (x * 100).toFixed(1).padStart(5);
export function formatSummary(s, label) {
    const lines = [`== ${label}: ${s.files} files${s.errors ? `, ${s.errors} failed to extract` : ''}`];
    const order = ['actors', 'places', 'quotes', 'quotesWithSpeaker', 'times', 'deadlines'];
    lines.push('category            P      R     F1    (tp/fp/fn)');
    for (const k of order) {
        const c = s.counts[k];
        if (!c)
            continue;
        const { p, r, f1 } = prf(c);
        lines.push(`${k.padEnd(18)} ${pct(p)}  ${pct(r)}  ${pct(f1)}   (${c.tp}/${c.fp}/${c.fn})`);
    }
    const ratios = Object.entries(s.ratios).sort(([a], [b]) => a.localeCompare(b));
    if (ratios.length)
        lines.push(ratios.map(([k, r]) => `${k} ${pct(r.right / r.total).trim()}% (${r.right}/${r.total})`).join('; '));
    const art = Object.entries(s.article);
    if (art.length)
        lines.push('article: ' + art.map(([k, r]) => `${k} ${r.right}/${r.total}`).join(', '));
    return lines.join('\n');
}
async function main(argv) {
    const verbose = argv.includes('--verbose') || argv.includes('-v');
    const asJson = argv.includes('--json');
    const targets = argv.filter((a) => !a.startsWith('-'));
    if (targets.length === 0)
        targets.push(join(ROOT, 'fixtures', 'gold'));
    const all = [];
    const out = [];
    for (const target of targets) {
        let files;
        try {
            files = goldFiles(target);
        }
        catch {
            process.stderr.write(`eval: ${target}: not found\n`);
            return 2;
        }
        const scores = [];
        for (const f of files) {
            const { gold, result, error } = await runGold(f);
            const score = scoreFile(gold, result);
            if (error)
                score.error = error;
            scores.push(score);
            if (verbose) {
                const counts = Object.entries(score.counts)
                    .map(([k, c]) => `${k} ${c.tp}/${c.fp}/${c.fn}`)
                    .join('  ');
                out.push(`-- ${gold.id}${error ? ` ERROR ${error}` : ''}  ${counts}`);
                for (const m of score.misses)
                    out.push(`   ${m}`);
            }
        }
        all.push(...scores);
        if (!asJson)
            out.push(formatSummary(summarize(scores), target));
    }
    if (asJson)
        process.stdout.write(JSON.stringify(summarize(all), null, 2) + '\n');
    else
        process.stdout.write(out.join('\n') + '\n');
    return 0;
}
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).then((code) => {
        process.exitCode = code;
    });
}
//# sourceMappingURL=cli.js.map
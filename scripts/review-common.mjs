/**
 * What the review scripts share: their command line (targets, --name value
 * options, flags) and reading the articles they review.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The command line: `valued` are the options taking a value (besides --lang, --limit, --from). */
export function reviewArgs(valued = []) {
  const argv = process.argv.slice(2);
  const takesValue = new Set(['--lang', '--limit', '--from', ...valued]);
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  return {
    opt,
    flags: new Set(argv.filter((a) => a.startsWith('--'))),
    targets: argv.filter((a, i) => !a.startsWith('--') && !takesValue.has(argv[i - 1])),
    lang: opt('--lang', null),
    limit: Number(opt('--limit', 1e9)),
    from: Number(opt('--from', 0)),
  };
}

/** Article files (.html, .htm, .txt and their .gz) of a file or a directory, two levels deep, sorted. */
export function collect(target, depth = 0) {
  const st = statSync(target);
  if (st.isFile()) return /\.(html?|txt)(\.gz)?$/.test(target) ? [target] : [];
  if (depth > 1) return [];
  return readdirSync(target)
    .sort()
    .flatMap((f) => collect(join(target, f), depth + 1));
}

/** A file's text, gunzipped when it ends in .gz. */
export function read(path) {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

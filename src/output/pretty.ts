/**
 * The terminal view: the article header, then actors, places, quotes, times
 * and deadlines, each with the body excerpt around its first mention, the
 * mention highlighted. Fits 80 columns; colour only when the caller says so.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Mention, Result } from '../schema.js';

export interface PrettyOptions {
  /** chalk colour level: 0 none, 1 basic, 2 256, 3 truecolor. */
  colorLevel: 0 | 1 | 2 | 3;
  width?: number;
}

const ELLIPSIS = '…';

function clip(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, Math.max(0, width - 1)) + ELLIPSIS;
}

/** Wrap to `width` columns with a hanging indent. */
function wrap(s: string, width: number, indent: string): string[] {
  const words = s.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent.length) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.map((l) => clip(l, width));
}

/** One line of body text around a mention, the mention highlighted, at most `width` columns. */
export function excerpt(text: string, m: Pick<Mention, 'start' | 'end'>, width: number, mark: (s: string) => string): string {
  const core = text.slice(m.start, m.end).replace(/\s+/g, ' ');
  if (core.length >= width - 2) return mark(clip(core, width));
  const room = width - core.length - 2;
  let left = text.slice(Math.max(0, m.start - Math.ceil(room / 2)), m.start).replace(/\s+/g, ' ');
  let right = text.slice(m.end, m.end + room).replace(/\s+/g, ' ');
  left = left.length > room / 2 ? left.slice(left.length - Math.floor(room / 2)) : left;
  right = right.slice(0, room - left.length);
  const lEll = m.start - left.length > 0 ? ELLIPSIS : '';
  const rEll = m.end + right.length < text.length ? ELLIPSIS : '';
  return `${lEll}${left.slice(lEll ? 1 : 0)}${mark(core)}${right.slice(0, Math.max(0, right.length - (rEll ? 1 : 0)))}${rEll}`;
}

function offsetMinutes(iso: string): number | null {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!m) return iso.endsWith('Z') ? 0 : null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** "9 h after publication", "2 d before publication"; a date-only publication counts from the start of that day in the due's zone. */
function relativeToPublication(due: string, published: string | null): string | null {
  if (!published) return null;
  const dueOffset = /([+-]\d{2}:\d{2}|Z)$/.exec(due)?.[1] ?? 'Z';
  const dateOnly = published.length === 10;
  const d = Date.parse(due.length === 10 ? `${due}T00:00:00Z` : due);
  const p = Date.parse(dateOnly ? `${published}T00:00:00${due.length === 10 ? 'Z' : dueOffset}` : published);
  if (Number.isNaN(d) || Number.isNaN(p)) return null;
  const diff = d - p;
  const h = Math.abs(diff) / 3_600_000;
  const amount = h < 48 ? `${Math.round(h)} h` : `${Math.round(h / 24)} d`;
  const ref = dateOnly ? 'the start of the publication day' : 'publication';
  return diff === 0 ? `at ${ref}` : `${amount} ${diff > 0 ? 'after' : 'before'} ${ref}`;
}

function utcForm(iso: string): string | null {
  if (offsetMinutes(iso) === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function renderPretty(r: Result, opts: PrettyOptions): string {
  const c: ChalkInstance = new Chalk({ level: opts.colorLevel });
  const W = opts.width ?? 80;
  const out: string[] = [];
  const text = r.article.text;
  const ex = (m: Mention | undefined, mark: (s: string) => string) => (m ? [c.dim('    ') + excerpt(text, m, W - 4, mark)] : []);
  const head = (title: string, n: number) => {
    out.push('');
    out.push(c.bold.underline(`${title} (${n})`));
  };

  const a = r.article;
  out.push(...wrap(a.title ?? '(no title)', W, '').map((l) => c.bold(l)));
  const facts = [a.published, a.dateline?.text, a.authors.length ? `by ${a.authors.join(', ')}` : a.bylineOrg ? `by ${a.bylineOrg}` : null, a.siteName, r.meta.source].filter(Boolean) as string[];
  out.push(...wrap(facts.join(' · '), W, '').map((l) => c.dim(l)));
  if (r.meta.timezone) out.push(c.dim(clip(`story time zone ${r.meta.timezone} (UTC${r.meta.utcOffset ?? ''})`, W)));
  for (const w of r.meta.warnings ?? []) out.push(...wrap(`! ${w}`, W, '  ').map((l) => c.yellow(l)));

  head('Actors', r.actors.length);
  for (const x of r.actors) {
    const roles = x.roles.length ? ` — ${x.roles.join('; ')}` : '';
    out.push(clip(`  ${c.cyan.bold(x.name)} ${c.dim(x.type)} ×${x.mentions.length}${roles}`, W + 40));
    if (x.aliases.length) out.push(c.dim(clip(`    also: ${x.aliases.join(', ')}`, W)));
    out.push(...ex(x.mentions[0], (s) => c.cyan.underline(s)));
  }
  head('Places', r.places.length);
  for (const x of r.places) {
    out.push(`  ${c.green.bold(x.name)} ${c.dim(x.type)}${x.country ? ' ' + x.country : ''}${x.timezone ? c.dim(' ' + x.timezone) : ''} ×${x.mentions.length}`);
    out.push(...ex(x.mentions[0], (s) => c.green.underline(s)));
  }
  head('Quotes', r.quotes.length);
  for (const q of r.quotes) {
    out.push(`  ${c.magenta.bold(q.speaker?.name ?? 'unknown speaker')} ${c.dim(`${q.kind}${q.cue ? ', ' + q.cue : ''}`)}`);
    out.push(...wrap(q.kind === 'indirect' ? q.text : `“${q.text}”`, W, '    '));
  }
  head('Times', r.times.length);
  for (const t of r.times) {
    out.push(`  ${c.yellow(clip(t.text, 40))} ${c.dim('→')} ${t.value}${t.foundIn && t.foundIn !== 'text' ? c.dim(` (${t.foundIn})`) : ''}`);
  }
  head('Deadlines', r.deadlines.length);
  for (const d of r.deadlines) {
    const utc = utcForm(d.due);
    const rel = relativeToPublication(d.due, a.published);
    out.push(`  ${c.red.bold('due ' + d.due.replace('T', ' ').replace(/( \d{2}:\d{2}):00(?=[+-]|Z|$)/, '$1'))}${r.meta.timezone && utc ? c.dim(` ${r.meta.timezone}`) : ''}`);
    if (utc || rel) out.push(c.dim(`    ${[utc, rel].filter(Boolean).join('; ')}`));
    if (d.action) out.push(clip(`    action: ${d.action}`, W));
    if (d.subject) out.push(clip(`    subject: ${d.subject.name}`, W));
    if (d.setBy) out.push(clip(`    set by: ${d.setBy}`, W));
    out.push(...ex(d.mentions[0], (s) => c.red.underline(s)));
  }
  return out.join('\n') + '\n';
}

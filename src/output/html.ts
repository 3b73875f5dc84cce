/**
 * The annotated page: one self-contained HTML file (no external scripts,
 * styles or fonts) with the article text, every mention highlighted by kind,
 * a tooltip with the resolved value, a legend and side panels listing what
 * was found.
 */
import type { Result } from '../schema.js';

type Kind = 'actor' | 'place' | 'quote' | 'time' | 'deadline';

interface Span {
  start: number;
  end: number;
  kind: Kind;
  label: string;
  ref: string;
}

const KIND_LABEL: Record<Kind, string> = { actor: 'Actor', place: 'Place', quote: 'Quote', time: 'Time', deadline: 'Deadline' };

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function spansOf(r: Result): Span[] {
  const spans: Span[] = [];
  for (const a of r.actors)
    for (const m of a.mentions) spans.push({ ...m, kind: 'actor', ref: a.id, label: `${a.name} (${a.type}${a.roles.length ? '; ' + a.roles.join('; ') : ''})` });
  for (const p of r.places)
    for (const m of p.mentions) spans.push({ ...m, kind: 'place', ref: p.id, label: `${p.name} (${p.type}${p.country ? ', ' + p.country : ''}${p.timezone ? ', ' + p.timezone : ''})` });
  for (const q of r.quotes)
    for (const m of q.mentions) spans.push({ ...m, kind: 'quote', ref: q.id, label: `${q.kind} quote — speaker: ${q.speaker?.name ?? 'unknown'}${q.cue ? ' (' + q.cue + ')' : ''}` });
  r.times.forEach((t, i) => {
    for (const m of t.mentions) spans.push({ ...m, kind: 'time', ref: `t${i + 1}`, label: `${t.text} = ${t.value}` });
  });
  r.deadlines.forEach((d, i) => {
    for (const m of d.mentions) spans.push({ ...m, kind: 'deadline', ref: `d${i + 1}`, label: `deadline due ${d.due}${d.subject ? ' — ' + d.subject.name : ''}${d.action ? ': ' + d.action : ''}` });
  });
  return spans.filter((s) => s.end > s.start && s.end <= r.article.text.length);
}

/** The body with every mention wrapped: the text is cut at every span boundary, each piece carries the spans covering it. */
function annotatedBody(r: Result): string {
  const text = r.article.text;
  const spans = spansOf(r);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map<number, Span[]>();
  for (const s of spans) (starts.get(s.start) ?? starts.set(s.start, []).get(s.start)!).push(s);
  const active: Span[] = [];
  const html: string[] = ['<p>'];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= a) active.splice(j, 1);
    active.push(...(starts.get(a) ?? []));
    const piece = text.slice(a, b);
    const parts = piece.split('\n\n');
    parts.forEach((part, pi) => {
      if (pi > 0) html.push('</p>\n<p>');
      if (!part) return;
      const esc = escapeHtml(part);
      if (active.length === 0) html.push(esc);
      else {
        const kinds = [...new Set(active.map((s) => s.kind))];
        const title = active.map((s) => `${KIND_LABEL[s.kind]}: ${s.label}`).join('\n');
        const refs = [...new Set(active.map((s) => s.ref))].join(' ');
        html.push(`<span class="m ${kinds.map((k) => 'k-' + k).join(' ')}" data-kind="${kinds.join(' ')}" data-ref="${escapeHtml(refs)}" title="${escapeHtml(title)}">${esc}</span>`);
      }
    });
  }
  html.push('</p>');
  return html.join('');
}

function list<T>(title: string, kind: Kind, items: T[], row: (x: T) => string): string {
  return `<section class="panel"><h2><span class="sw k-${kind}"></span>${escapeHtml(title)} <small>${items.length}</small></h2><ul>${items.map((x) => `<li>${row(x)}</li>`).join('')}</ul></section>`;
}

const CSS = `
:root{--actor:#cfe8ff;--place:#d4f5d4;--quote:#f4e1ff;--time:#fff2b3;--deadline:#ffd0d0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0;background:#fafafa;color:#222}
header{padding:1rem 2rem;background:#fff;border-bottom:1px solid #ddd}
header h1{margin:.2rem 0;font-size:1.5rem}
header .facts{color:#666;font-size:.9rem}
.legend{margin-top:.5rem;font-size:.85rem}
.legend span{display:inline-block;margin-right:.8rem}
.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;vertical-align:-.1em}
main{display:grid;grid-template-columns:minmax(0,2fr) minmax(16rem,1fr);gap:1.5rem;padding:1.5rem 2rem}
article{background:#fff;padding:1rem 1.5rem;border:1px solid #e3e3e3;border-radius:6px;line-height:1.65;font-size:1.05rem}
.m{border-radius:3px;padding:0 .08em;cursor:help}
.k-quote{background:var(--quote)}
.k-actor{background:var(--actor);box-shadow:inset 0 -2px #4a90d9}
.k-place{background:var(--place);box-shadow:inset 0 -2px #3a9a3a}
.k-time{background:var(--time);box-shadow:inset 0 -2px #c9a400}
.k-deadline{background:var(--deadline);box-shadow:inset 0 -2px #d33}
.sw.k-actor{background:#4a90d9}.sw.k-place{background:#3a9a3a}.sw.k-quote{background:#b36ad9}.sw.k-time{background:#c9a400}.sw.k-deadline{background:#d33}
aside .panel{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:.5rem 1rem;margin-bottom:1rem;font-size:.9rem}
aside h2{font-size:1rem;margin:.3rem 0}
aside ul{padding-left:1.1rem;margin:.3rem 0}
aside li{margin:.2rem 0}
.dim{color:#777}
@media (max-width:800px){main{grid-template-columns:1fr}}
`;

export function renderHtml(r: Result): string {
  const a = r.article;
  const facts = [a.published, a.dateline?.text, a.authors.length ? 'by ' + a.authors.join(', ') : a.bylineOrg ? 'by ' + a.bylineOrg : null, a.siteName, r.meta.source].filter(Boolean) as string[];
  const legend = (['actor', 'place', 'quote', 'time', 'deadline'] as Kind[]).map((k) => `<span><span class="sw k-${k}"></span>${KIND_LABEL[k]}</span>`).join('');
  const panels = [
    list('Actors', 'actor', r.actors, (x) => `<b>${escapeHtml(x.name)}</b> <span class="dim">${x.type} ×${x.mentions.length}</span>${x.roles.length ? '<br>' + escapeHtml(x.roles.join('; ')) : ''}${x.aliases.length ? `<br><span class="dim">also ${escapeHtml(x.aliases.join(', '))}</span>` : ''}`),
    list('Places', 'place', r.places, (x) => `<b>${escapeHtml(x.name)}</b> <span class="dim">${x.type}${x.country ? ' · ' + x.country : ''}${x.timezone ? ' · ' + escapeHtml(x.timezone) : ''}</span>`),
    list('Quotes', 'quote', r.quotes, (q) => `<b>${escapeHtml(q.speaker?.name ?? 'unknown')}</b> <span class="dim">${q.kind}${q.cue ? ', ' + escapeHtml(q.cue) : ''}</span><br>${escapeHtml(q.kind === 'indirect' ? q.text : `“${q.text}”`)}`),
    list('Times', 'time', r.times, (t) => `${escapeHtml(t.text)} → <code>${escapeHtml(t.value)}</code>`),
    list('Deadlines', 'deadline', r.deadlines, (d) => `due <code>${escapeHtml(d.due)}</code>${d.subject ? ' — ' + escapeHtml(d.subject.name) : ''}${d.action ? ': ' + escapeHtml(d.action) : ''}${d.setBy ? `<br><span class="dim">set by ${escapeHtml(d.setBy)}</span>` : ''}`),
  ].join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(a.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="newsx ${escapeHtml(r.meta.version)}">
<title>${escapeHtml(a.title ?? 'newsx')}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(a.title ?? '(no title)')}</h1>
<div class="facts">${escapeHtml(facts.join(' · '))}</div>
<div class="legend">${legend}<span class="dim">hover a highlight for its value</span></div>
</header>
<main>
<article id="text">${annotatedBody(r)}</article>
<aside>
${panels}
</aside>
</main>
</body>
</html>
`;
}

/**
 * Reading a publication date printed on a page or given on the command line.
 */
import { createRequire } from 'node:module';
import * as chrono from 'chrono-node/en';

type ChronoParse = typeof chrono.parse;
/** chrono's other languages (a page's date line in German, Portuguese, ...): loaded on the first page in that language. */
const CHRONO_LOCALES = new Set(['de', 'es', 'fi', 'fr', 'it', 'ja', 'nl', 'pt', 'ru', 'sv', 'uk', 'zh']);
const localeParsers = new Map<string, ChronoParse | null>();
function localeParser(lang: string | null | undefined): ChronoParse | null {
  const code = lang?.toLowerCase().split(/[-_]/)[0];
  if (!code || !CHRONO_LOCALES.has(code)) return null;
  if (!localeParsers.has(code)) {
    let parse: ChronoParse | null = null;
    try {
      const mod = createRequire(import.meta.url)(`chrono-node/${code}`) as { parse?: ChronoParse };
      parse = typeof mod.parse === 'function' ? mod.parse.bind(mod) : null;
    } catch {
      parse = null;
    }
    localeParsers.set(code, parse);
  }
  return localeParsers.get(code) ?? null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalise an ISO-like date string; null when it is not one. Keeps the time and offset when given. */
export function normalizeIsoDate(s: string): string | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, off] = m;
  if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  let out = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}`;
  if (off) out += off === 'Z' ? 'Z' : off.includes(':') ? off : `${off.slice(0, 3)}:${off.slice(3)}`;
  return out;
}

/** Zone abbreviations news pages print that chrono does not know (minutes east of UTC). */
const EXTRA_ZONES: Record<string, number> = { HST: -600, HDT: -540, HAST: -600, HADT: -540, ChST: 600 };

/**
 * A date printed in a header line ("Jan. 09, 2026 • 2 min read", "Published 3 March 2024, 14:05 GMT").
 * Returns the ISO date (or date-time when a clock time and zone are printed) and the matched text.
 * With the page's language (`lang`, e.g. "de", "pt-BR") the line is read in that language first
 * ("publiziert am 30. Juli 2018"; "05/10/2018" is 5 October there), then in English.
 */
export function parsePrintedDate(line: string, lang?: string | null): { iso: string; text: string } | null {
  const iso = normalizeIsoDate(line);
  if (iso) return { iso, text: line.trim() };
  if (line.length > 200) return null;
  const local = localeParser(lang);
  return (local && readPrinted(local, line)) ?? readPrinted(chrono.parse, line);
}

function readPrinted(parse: ChronoParse, line: string): { iso: string; text: string } | null {
  const results = parse(line, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false, timezones: EXTRA_ZONES });
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year')!;
    const mo = String(c.get('month')).padStart(2, '0');
    const d = String(c.get('day')).padStart(2, '0');
    let iso = `${y}-${mo}-${d}`;
    if (c.isCertain('hour') && c.isCertain('timezoneOffset')) {
      const off = c.get('timezoneOffset')!;
      const sign = off < 0 ? '-' : '+';
      const abs = Math.abs(off);
      iso += `T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    }
    return { iso, text: r.text };
  }
  return null;
}

/** Parse a --published value: ISO or any date chrono reads. */
export function parsePublishedOption(s: string): string | null {
  return normalizeIsoDate(s) ?? parsePrintedDate(s)?.iso ?? null;
}

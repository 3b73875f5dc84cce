import { describe, expect, it } from 'vitest';
import { storyTimezone, utcOffset } from '../../src/resolve/zone.js';
import type { Place } from '../../src/schema.js';

let n = 0;
function place(name: string, type: Place['type'], timezone: string | null, mentions: number, aliases: string[] = []): Place {
  return {
    id: `p${++n}`, name, type, country: null, aliases, timezone, coordinates: null,
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: n * 1000 + i * 10, end: n * 1000 + i * 10 + 5, sentence: 0, text: name })),
  };
}

describe('storyTimezone', () => {
  it('takes the zone the body names most, over a dateline elsewhere', () => {
    const ps = [place('Erbil', 'city', 'Asia/Baghdad', 0, ['ERBIL']), place('Aleppo', 'city', 'Asia/Damascus', 5), place('Syria', 'country', 'Asia/Damascus', 3), place('United States', 'country', 'America/New_York', 6)];
    expect(storyTimezone(ps, { text: 'ERBIL, Kurdistan Region of Iraq' })).toBe('Asia/Damascus');
  });

  it('adds up the places of one zone', () => {
    const ps = [place('Washington', 'city', 'America/New_York', 2), place('Sacramento', 'city', 'America/Los_Angeles', 1), place('California', 'region', 'America/Los_Angeles', 3)];
    expect(storyTimezone(ps, null)).toBe('America/Los_Angeles');
  });

  it('falls back to the dateline place, then the most mentioned country', () => {
    expect(storyTimezone([place('Washington', 'city', 'America/New_York', 0, ['WASHINGTON']), place('Ukraine', 'country', 'Europe/Kyiv', 4)], { text: 'WASHINGTON' })).toBe('America/New_York');
    expect(storyTimezone([place('Ukraine', 'country', 'Europe/Kyiv', 4), place('Poland', 'country', 'Europe/Warsaw', 1)], null)).toBe('Europe/Kyiv');
    expect(storyTimezone([], null)).toBeNull();
  });

  it('gives the offset of a zone at an instant', () => {
    expect(utcOffset('Asia/Damascus', new Date('2026-01-09T06:00:00Z'))).toBe('+03:00');
    expect(utcOffset('America/Indiana/Indianapolis', new Date('2019-11-19T12:00:00Z'))).toBe('-05:00');
  });
});

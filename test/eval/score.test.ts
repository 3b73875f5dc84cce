import { describe, expect, it } from 'vitest';
import { dueMatches, norm, publishedMatches, quotesMatch, scoreFile, timesMatch, type Gold } from '../../src/eval/score.js';
import type { Result } from '../../src/schema.js';

function result(partial: Partial<Result>): Result {
  return {
    article: { title: 'T', published: '2026-01-09', authors: [], dateline: null, text: 'Body text here.' },
    actors: [],
    places: [],
    quotes: [],
    times: [],
    deadlines: [],
    meta: { tool: 'newsx', version: '0', source: null, format: 'text', timezone: null, utcOffset: null },
    ...partial,
  };
}

describe('norm', () => {
  it.each([
    ["The Ministry's", 'ministry'],
    ['  “Hello,”  ', 'hello'],
    ['U.S.', 'u.s'],
    ['Kurdish–led  forces', 'kurdish-led forces'],
    ['the the', 'the'],
  ])('%s -> %s', (a, b) => expect(norm(a)).toBe(b));
});

describe('matching rules', () => {
  it('quotes need half the tokens both ways', () => {
    expect(quotesMatch('we are working intensively', 'working intensively')).toBe(true);
    expect(quotesMatch('we are working intensively to extend this ceasefire', 'working')).toBe(false);
  });
  it('times match by containment or token overlap', () => {
    expect(timesMatch('9 am local time on Friday', 'Friday')).toBe(true);
    expect(timesMatch('Thursday', 'Friday')).toBe(false);
  });
  it('dues compare as instants within a minute', () => {
    expect(dueMatches('2026-01-09T09:00+03:00', '2026-01-09T06:00:00Z')).toBe(true);
    expect(dueMatches('2026-01-09T09:00+03:00', '2026-01-09T09:00:00+00:00')).toBe(false);
    expect(dueMatches('2016-06-30', '2016-06-30T23:59:00-04:00')).toBe(true);
  });
  it('published may be right in UTC form', () => {
    expect(publishedMatches('2019-11-19', '2019-11-18T23:03:00-08:00')).toBe(true);
    expect(publishedMatches('2019-11-19', '2019-11-18')).toBe(false);
  });
});

describe('scoreFile', () => {
  const gold: Gold = {
    id: 'g',
    input: 'x',
    actors: [{ name: 'Tom Barrack', type: 'person', aliases: ['Barrack'], roles: ['US Special Envoy for Syria'] }],
    optionalActors: ['AFP'],
    times: [{ text: 'Thursday', value: '2026-01-08' }],
    quotes: [{ kind: 'direct', speaker: 'Tom Barrack', text: 'We are working intensively' }],
  };
  const mention = { start: 0, end: 1, sentence: 0, text: 'B' };
  it('counts a duplicate entry for one actor as a false positive and ignores optional ones', () => {
    const s = scoreFile(
      gold,
      result({
        actors: [
          { id: 'a1', name: 'Tom Barrack', type: 'person', aliases: [], roles: ['US Special Envoy for Syria'], mentions: [mention] },
          { id: 'a2', name: 'Barrack', type: 'person', aliases: [], roles: [], mentions: [mention] },
          { id: 'a3', name: 'AFP', type: 'organization', aliases: [], roles: [], mentions: [mention] },
        ],
      }),
    );
    expect(s.counts.actors).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.ratios['actors.roles']).toEqual({ right: 1, total: 1 });
  });
  it('checks time values by prefix and quote speakers by alias', () => {
    const s = scoreFile(
      gold,
      result({
        times: [{ text: 'Thursday', value: '2026-01-01', mentions: [] }],
        quotes: [{ id: 'q1', text: 'We are working intensively,', kind: 'direct', speaker: { name: 'Barrack', actorId: null }, cue: 'wrote', mentions: [] }],
      }),
    );
    expect(s.counts.times).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.ratios['times.value']).toEqual({ right: 0, total: 1 });
    expect(s.ratios['quotes.speaker']).toEqual({ right: 1, total: 1 });
  });
});

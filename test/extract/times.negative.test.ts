import { describe, expect, it } from 'vitest';
import { parseTimes } from '../../src/extract/times/times.js';

const PUB = '2019-11-20';
const texts = (s: string): string[] => parseTimes(s, { published: PUB, timezone: null }).map((h) => h.text);

describe('times: things that are not time expressions', () => {
  it.each([
    // durations and frequencies
    'The war has lasted for three years.',
    'He signed a two-year contract.',
    'Prices rose over the past two months.',
    'The office is open every week.',
    'Talks could take several years.',
    // vague words
    'Officials are now reviewing the case.',
    'The company recently changed its name.',
    'The minister is currently abroad.',
    // may / march as words and names
    'She may go to Paris.',
    'Theresa May said the vote would go ahead.',
    'Protesters march through the city.',
    "Thousands joined the Women's March against the law.",
    // numbers that are not years
    'About 2000 people gathered outside.',
    'The company paid $2019 in fees.',
    'Police counted 1,500 protesters and 2000 soldiers.',
    'The index rose 1998 points.',
    'He lives at No. 1984 Main Street.',
    // decimals and scores that chrono reads as clock times
    'Net rose to $108.8 million, or $1.35 a share.',
    'The index rose 4.10 points to close at 2596.72.',
    'The rate stood at 5 on the scale.',
    "Nelson's second goal came 2:55 into overtime, with 1:24 left.",
    'Davis drew a technical foul in the third quarter for a shove.',
    'Half the pie, 1/2 of it, was eaten.',
    // weekdays inside names
    'The Sunday Times reported the story.',
    'Relatives remembered Bloody Sunday.',
    'He works every Friday.',
    // seasons and quarters that are not times
    'The fall of Kabul shocked the world.',
    'The Arab Spring changed the region.',
    'A quarter of the population left.',
    'The Jewish Quarter was closed, and the quarter of the city emptied.',
    // today as "our time" or in a name
    "Today's youth face new challenges.",
    'She told USA Today she would run.',
    // "next to" is a place, not a tense
    'The bomb exploded next to the embassy.',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps the real time next to a false friend', () => {
    expect(texts('Theresa May said on Friday that the vote would be held in May.')).toEqual(['Friday', 'May']);
    expect(texts('Net rose to $1.35 a share in the third quarter.')).toEqual(['the third quarter']);
    expect(texts('Some 2000 people marched in 2019.')).toEqual(['2019']);
  });

  it('does not take long inputs quadratically', () => {
    const long = `${'word '.repeat(200_000)}on Friday`;
    const t0 = performance.now();
    const found = parseTimes(long, { published: PUB, timezone: null });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(found.map((h) => h.text)).toEqual(['Friday']);
  });

  it('survives hostile input', () => {
    for (const s of ['"'.repeat(100_000), '9'.repeat(100_000), 'May '.repeat(50_000), '1:1:1:'.repeat(20_000), 'the third-quarter '.repeat(20_000)]) {
      const t0 = performance.now();
      parseTimes(s, { published: PUB, timezone: null });
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { buildDocument } from '../../src/document/document.js';
import { createContext } from '../../src/extract/context.js';
import { extractTimes, parseTimes, timeMentionIn } from '../../src/extract/times/times.js';
import { isoWeek, easter } from '../../src/extract/times/calendar.js';
import type { PageArticle } from '../../src/page/article.js';

/** [text, value] pairs found in `text` published on `published`. */
function times(text: string, published: string | null, timezone: string | null = null): [string, string][] {
  return parseTimes(text, { published, timezone }).map((h) => [h.text, h.value]);
}

describe('parseTimes: the seed article sentences (published Friday 2026-01-09)', () => {
  const pub = '2026-01-09';
  it.each<[string, [string, string][]]>([
    ['The Syrian defense ministry early Friday announced that a ceasefire has been reached.', [['early Friday', '2026-01-09']]],
    ['The ministry announces a ceasefire, effective from 03:00 after midnight.', [['03:00 after midnight', '2026-01-09T03:00']]],
    ['The deadline expires at 9 am local time on Friday, the ministry continued.', [['9 am local time on Friday', '2026-01-09T09:00']]],
    ["We are working to extend this ceasefire beyond this morning's 9 o'clock deadline.", [["this morning's 9 o'clock", '2026-01-09T09:00']]],
    [
      'Barrack on Thursday termed the implementation of the March 10 integration agreement, signed by the president, achievable.',
      [['Thursday', '2026-01-08'], ['March 10', '2025-03-10']],
    ],
  ])('%s', (text, expected) => {
    expect(times(text, pub)).toEqual(expected);
  });

  it('adds the story offset to local clock times', () => {
    expect(times('The deadline expires at 9 am local time on Friday.', pub, 'Asia/Damascus')).toEqual([['9 am local time on Friday', '2026-01-09T09:00+03:00']]);
    // a printed zone wins over the story's
    expect(times('The polls close at 10 p.m. EST on Tuesday.', '2019-11-20', 'Europe/Paris')).toEqual([['10 p.m. EST on Tuesday', '2019-11-19T22:00-05:00']]);
  });
});

describe('parseTimes: tense decides which way a weekday or a date points', () => {
  // Wednesday 2019-11-20
  const pub = '2019-11-20';
  it.each<[string, [string, string][]]>([
    ['He met the minister on Tuesday.', [['Tuesday', '2019-11-19']]],
    ['He will meet the minister on Tuesday.', [['Tuesday', '2019-11-26']]],
    ['The ministry said Tuesday it will hold talks on Friday.', [['Tuesday', '2019-11-19'], ['Friday', '2019-11-22']]],
    ['Protesters gathered on Wednesday.', [['Wednesday', '2019-11-20']]],
    ['He arrived last Friday.', [['last Friday', '2019-11-15']]],
    ['They meet again next Monday.', [['next Monday', '2019-11-25']]],
    ["Critics attacked Monday's ruling.", [['Monday', '2019-11-18']]],
    ['Sentencing is scheduled for Feb. 14.', [['Feb. 14', '2020-02-14']]],
    ['He was arrested in April for the March 21 call.', [['April', '2019-04'], ['March 21', '2019-03-21']]],
    ['The talks collapsed in December.', [['December', '2018-12']]],
    ['Elections will be held in December.', [['December', '2019-12']]],
    ['The New York Times said in an editorial on Saturday, April 25.', [['Saturday, April 25', '2020-04-25']]],
    ['Helicopters crashed last April.', [['last April', '2019-04']]],
    ['The dividend is payable Dec. 7 to holders of record Nov. 22.', [['Dec. 7', '2019-12-07'], ['Nov. 22', '2019-11-22']]],
    // a deadline given with "until ... to <verb>" points ahead, even after a past-tense verb
    ['The occupation has until Tuesday at 6 a.m. to comply.', [['Tuesday at 6 a.m.', '2019-11-26T06:00']]],
    ['Lawmakers gave the company until Friday to respond.', [['Friday', '2019-11-22']]],
    // ... but waiting or staying until a day is no deadline
    ['They waited until Tuesday to announce the decision.', [['Tuesday', '2019-11-19']]],
    ['The market stayed closed until Tuesday.', [['Tuesday', '2019-11-19']]],
  ])('%s', (text, expected) => {
    expect(times(text, pub)).toEqual(expected);
  });

  it('takes the past year for a past-tense month in a January story', () => {
    expect(times('Fighting broke out in December.', '2026-01-09')).toEqual([['December', '2025-12']]);
  });
});

describe('parseTimes: relative expressions and precision', () => {
  // Tuesday 2019-11-19
  const pub = '2019-11-19';
  it.each<[string, string, string]>([
    ['He spoke yesterday.', 'yesterday', '2019-11-18'],
    ['She speaks today.', 'today', '2019-11-19'],
    ['The vote is tomorrow.', 'tomorrow', '2019-11-20'],
    ['Shots were heard last night.', 'last night', '2019-11-18'],
    ['The house passed the bill last week.', 'last week', '2019-W46'],
    ['The committee meets this week.', 'this week', '2019-W47'],
    ['The envoy arrives next week.', 'next week', '2019-W48'],
    ['Prices rose last month.', 'last month', '2019-10'],
    ['The law takes effect next year.', 'next year', '2020'],
    ['Sales doubled this year.', 'this year', '2019'],
    ['The fire started two days ago.', 'two days ago', '2019-11-17'],
    ['Profit fell from a year earlier.', 'a year earlier', '2018'],
    ['The plant closed three months ago.', 'three months ago', '2019-08'],
    ['Earnings rose in the third quarter.', 'the third quarter', '2019'],
    ['It reported a third-quarter loss.', 'third-quarter', '2019'],
    ['Sales fell from the year-ago quarter.', 'the year-ago quarter', '2018'],
    ['The deal was signed in 2016.', '2016', '2016'],
    ['Growth slowed in the 1990s.', 'the 1990s', '199'],
    ['The group began to fall apart in mid-1996.', 'mid-1996', '1996'],
    ['The strike began last spring.', 'last spring', '2019'],
    ['The law passed in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
    ['The station opened in January this year.', 'January this year', '2019-01'],
    ['Fighting resumed in early January.', 'early January', '2019-01'],
    ['The session starts in early January.', 'early January', '2020-01'],
    ['The talks resumed in mid-September.', 'mid-September', '2019-09'],
    ['The budget runs until the end of 2020.', 'the end of 2020', '2020'],
    ['The deal should close by year-end.', 'year-end', '2019-12-31'],
    ['Crowds gathered over the weekend.', 'the weekend', '2019-W46'],
    ['Crowds shopped on Thanksgiving Day.', 'Thanksgiving Day', '2018-11-22'],
    ['Crowds will shop on Thanksgiving Day.', 'Thanksgiving Day', '2019-11-28'],
    ['The attack happened on September 11, 2001.', 'September 11, 2001', '2001-09-11'],
    ['The report is dated 2019-11-12.', '2019-11-12', '2019-11-12'],
    ['Police arrived at about 4:30 a.m. on the day.', '4:30 a.m.', '2019-11-19T04:30'],
  ])('%s -> %s', (text, span, value) => {
    const found = times(text, pub);
    expect(found.map(([t]) => t)).toContain(span);
    expect(found.find(([t]) => t === span)?.[1]).toBe(value);
  });

  it('gives a bare clock time the day its sentence names', () => {
    expect(times('Rebels attacked on Monday at 10:35 a.m., the army said.', '2019-11-20')).toEqual([['Monday at 10:35 a.m.', '2019-11-18T10:35']]);
    expect(times('On Monday, rebels attacked a checkpoint around 10:35 a.m.', '2019-11-20')).toEqual([
      ['Monday', '2019-11-18'],
      ['10:35 a.m.', '2019-11-18T10:35'],
    ]);
  });

  it('resolves "the following year" from the time named before', () => {
    const state = { previous: null };
    parseTimes('The company was founded in August 2016.', { published: pub, timezone: null }, state);
    expect(parseTimes('The following year it moved to Berlin.', { published: pub, timezone: null }, state).map((h) => h.value)).toEqual(['2017']);
  });

  it('resolves only absolute expressions without a publication date', () => {
    expect(times('He was elected in 2019 and resigned yesterday, on March 3, 2020.', null)).toEqual([
      ['2019', '2019'],
      ['March 3, 2020', '2020-03-03'],
    ]);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2019-11-19', '2019-W47'],
    ['2021-01-03', '2020-W53'],
    ['2026-01-09', '2026-W02'],
    ['2024-12-30', '2025-W01'],
  ])('ISO week of %s is %s', (d, w) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const iw = isoWeek({ year: y, month: m, day });
    expect(`${iw.year}-W${String(iw.week).padStart(2, '0')}`).toBe(w);
  });
  it('computes Easter', () => {
    expect(easter(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(easter(2000)).toEqual({ year: 2000, month: 4, day: 23 });
  });
});

function contextFor(paragraphs: string[], extra: Partial<PageArticle> = {}, published = '2026-01-09') {
  const doc = buildDocument(paragraphs);
  const article: PageArticle = { title: null, published, authors: [], dateline: null, paragraphs, format: 'text', ...extra };
  return createContext(doc, article, published);
}

describe('extractTimes', () => {
  it('merges identical expressions into one entry with several mentions', () => {
    const ctx = contextFor(['Talks began on Thursday.', 'On Thursday, the envoy left. He returns in 2027.']);
    const out = extractTimes(ctx, { timezone: null });
    const thursday = out.filter((t) => t.text === 'Thursday');
    expect(thursday).toHaveLength(1);
    expect(thursday[0]!.value).toBe('2026-01-08');
    expect(thursday[0]!.mentions.map((m) => ctx.doc.text.slice(m.start, m.end))).toEqual(['Thursday', 'Thursday']);
    expect(thursday[0]!.mentions[1]!.sentence).toBe(1);
    expect(thursday[0]!.mentions[0]!.rule).toBe('weekday');
    expect(out.find((t) => t.text === '2027')?.value).toBe('2027');
  });

  it('reads the printed date line, a wire dateline and captions without mentions', () => {
    const ctx = contextFor(['Fighting resumed on Thursday.'], {
      publishedText: 'Jan. 09, 2026',
      dateline: { text: 'ALEPPO, Jan. 9 (Reuters)' },
      captions: ['Smoke rises over the city on January 8, 2026. Photo: AFP'],
    });
    const out = extractTimes(ctx, { timezone: null });
    expect(out.find((t) => t.foundIn === 'published')).toMatchObject({ text: 'Jan. 09, 2026', value: '2026-01-09', mentions: [] });
    expect(out.find((t) => t.foundIn === 'dateline')).toMatchObject({ text: 'Jan. 9', value: '2026-01-09', mentions: [] });
    expect(out.find((t) => t.foundIn === 'caption')).toMatchObject({ text: 'January 8, 2026', value: '2026-01-08', mentions: [] });
    expect(out.find((t) => t.foundIn === 'text')).toMatchObject({ text: 'Thursday', value: '2026-01-08' });
  });

  it('gives the deadlines extractor one mention covering the deadline time', () => {
    const sentence = 'The deadline for the forces to withdraw expires at 9 am local time on Friday, the ministry continued.';
    const ctx = contextFor([sentence]);
    const out = extractTimes(ctx, { timezone: 'Asia/Damascus' });
    const start = sentence.indexOf('expires');
    const hit = timeMentionIn(out, start, sentence.indexOf(', the ministry'));
    expect(hit?.mention.text).toBe('9 am local time on Friday');
    expect(hit?.time.value).toBe('2026-01-09T09:00+03:00');
  });
});

describe('the seed article through extract()', () => {
  const seed = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/aleppo-ceasefire.gold.json', import.meta.url), 'utf8')) as {
    times: { text: string; value: string }[];
    optionalTimes?: string[];
  };
  const result = extract(seed, { format: 'text' });
  const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'");

  it.each(gold.times.map((t) => [t.text, t.value]))('finds %s = %s', (text, value) => {
    const found = result.times.find((t) => norm(t.text) === norm(text));
    expect(found, `no time "${text}" in ${result.times.map((t) => t.text).join(', ')}`).toBeDefined();
    expect(found!.value.startsWith(value)).toBe(true);
  });

  it('reports nothing beyond the gold and optional times', () => {
    const allowed = [...gold.times.map((t) => t.text), ...(gold.optionalTimes ?? [])].map(norm);
    const extra = result.times.filter((t) => !allowed.some((a) => a.includes(norm(t.text)) || norm(t.text).includes(a)));
    expect(extra).toEqual([]);
  });

  it('points body mentions at their text', () => {
    for (const t of result.times.filter((x) => x.foundIn === 'text')) {
      expect(t.mentions.length).toBeGreaterThan(0);
      for (const m of t.mentions) expect(result.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import { createContext, mention } from '../../src/extract/context.js';
import { extractDeadlines, tokenize } from '../../src/extract/deadlines/deadlines.js';
import { dueOf, offsetAtLocal, type TimeCandidate } from '../../src/extract/deadlines/due.js';
import { readText } from '../../src/page/text.js';
import { extract } from '../../src/pipeline.js';
import type { Actor, Deadline, TimeExpr } from '../../src/schema.js';
import { DeadlineSchema } from '../../src/schema.js';

/** Deadlines of a text given as paragraphs, with a fixed publication date and zone. */
function run(paragraphs: string | string[], published: string, timezone: string | null = null, extra: { times?: TimeExpr[]; actors?: Actor[] } = {}): Deadline[] {
  const paras = typeof paragraphs === 'string' ? [paragraphs] : paragraphs;
  const doc = buildDocument(paras);
  const ctx = createContext(doc, { title: null, published, authors: [], dateline: null, paragraphs: paras, format: 'text' }, published);
  return extractDeadlines(ctx, { times: extra.times ?? [], actors: extra.actors ?? [], timezone });
}

describe('phrasings (fallback time parse)', () => {
  // [sentence, published, zone, due, rule, subject, action]
  it.each([
    ['The deadline for the rebels to leave the city expires at 6 pm on Wednesday.', '2026-03-14', 'Europe/Berlin', '2026-03-18T18:00+01:00', 'noun-before', 'the rebels', 'leave the city'],
    ['Iran must respond to the offer by Friday, the State Department said.', '2026-03-14', null, '2026-03-20', 'obligation-by', 'Iran', 'respond to the offer'],
    ['Hamas has until Sunday to accept the deal.', '2026-03-14', null, '2026-03-15', 'have-until', 'Hamas', 'accept the deal'],
    ['The four remaining candidates will have until Friday at noon to file.', '2016-07-14', 'America/Indiana/Indianapolis', '2016-07-15T12:00-04:00', 'have-until', 'The four remaining candidates', 'file'],
    ['They issued an ultimatum ending at midnight on Thursday.', '2026-03-14', 'Europe/Berlin', '2026-03-19T23:59+01:00', 'expiry', null, null],
    ['Applications are due by 5 p.m. on March 3.', '2026-02-20', 'America/New_York', '2026-03-03T17:00-05:00', 'due', 'Applications', null],
    ['The company must file its report no later than March 3.', '2026-02-20', null, '2026-03-03', 'no-later-than', 'The company', 'file its report'],
    ['The judge gave the company until the end of the month to respond.', '2026-03-14', null, '2026-03-31', 'have-until', 'the company', 'respond'],
    ['The council set a March 31 deadline for the city to submit its plan.', '2026-03-14', null, '2026-03-31', 'noun-after', 'the city', 'submit its plan'],
    ['Lawmakers face a Sept. 30 deadline to fund the government.', '2026-03-14', null, '2026-09-30', 'noun-after', 'Lawmakers', 'fund the government'],
    ['Volunteers rushed to register ahead of the Oct. 11 deadline.', '2016-08-26', null, '2016-10-11', 'noun-after', null, null],
    ['March 1 is the deadline to enter the competition.', '2016-01-22', null, '2016-03-01', 'noun-after', null, 'enter the competition'],
    ['The program lapses on Sept. 30 unless Congress acts.', '2026-03-14', null, '2026-09-30', 'expiry', null, null],
    ['The offer is valid until March 31.', '2026-03-14', null, '2026-03-31', 'expiry', null, null],
    ['The sanctions act, which expires at the end of the year, is popular.', '2016-07-16', null, '2016-12-31', 'expiry', null, null],
    ['The agency is required to publish the rules by 2030.', '2026-03-14', null, '2030', 'obligation-by', 'The agency', 'publish the rules'],
    ['A judge ordered the department to release the emails by the end of January.', '2016-02-19', null, '2016-01-31', 'obligation-by', 'the department', 'release the emails'],
    ['The judge had urged the agency to process the files by July 31.', '2015-12-31', null, '2015-07-31', 'obligation-by', 'the agency', 'process the files'],
    ['The decision is due by next week.', '2015-11-24', null, '2015-11-30', 'due', 'The decision', null],
    ['The company extended its offer until 5 p.m. EST Nov. 9.', '1989-11-02', null, '1989-11-09T17:00-05:00', 'extended-to', null, null],
    ['The deadline passed on Friday without a deal.', '2026-03-14', null, '2026-03-13', 'noun-before', null, null],
    ['By next Friday, the ministry must hand over the files.', '2026-03-14', null, '2026-03-20', 'obligation-by', 'the ministry', 'hand over the files'],
  ])('%s', (sentence, published, zone, due, rule, subject, action) => {
    const ds = run(sentence, published, zone);
    expect(ds).toHaveLength(1);
    const d = ds[0]!;
    expect(d.due).toBe(due);
    expect(d.mentions[0]!.rule).toBe(`deadlines:${rule}`);
    expect(d.subject?.name ?? null).toBe(subject);
    if (action !== null) expect(d.action).toBe(action);
    expect(() => DeadlineSchema.parse(d)).not.toThrow();
  });

  it('reads the deadline from the sentence before: "That\'s the deadline for ..."', () => {
    const ds = run('Reports come in at midnight Sunday. That is the deadline for campaigns to file reports.', '2016-01-29', 'America/New_York');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.due).toBe('2016-01-31T23:59-05:00');
    expect(ds[0]!.action).toBe('file reports');
    expect(ds[0]!.subject?.name).toBe('campaigns');
    expect(ds[0]!.mentions.map((m) => m.rule)).toContain('deadlines:anaphoric');
  });

  it('names the setter: the subject of the setting verb, else the speaker', () => {
    expect(run('The council set a March 31 deadline for the city to submit its plan.', '2026-03-14')[0]!.setBy).toBe('The council');
    expect(run('Iran must respond by Friday, the State Department said.', '2026-03-14')[0]!.setBy).toBe('the State Department');
    expect(run('The rebels must leave by Friday, the ministry continued.', '2026-03-14')[0]!.setBy).toBe('the ministry');
    expect(run('Hamas has until Sunday to accept the deal.', '2026-03-14')[0]!.setBy).toBeNull();
  });
});

describe('not deadlines', () => {
  it.each([
    'The hearing is scheduled for Tuesday.',
    'Sentencing is scheduled for Feb. 14.',
    'The ceasefire, effective from 03:00, held overnight.',
    'The bill passed by a vote of 5-4 on Tuesday.',
    "By Tuesday's standards, the crowd was small.",
    'He said he expects a deal by Friday.',
    'We will be able to reach an agreement by Saturday afternoon.',
    'The minister, who is due to visit Paris on Monday, said he was hopeful.',
    'Trump is due to address the convention on Thursday.',
    'The first layoffs will not begin until 2017.',
    'Known until last month as the Trump Club, it was renamed.',
    'She has until now refused to comment.',
    'The super PAC had raised $38 million by the end of June.',
    'By the end of the year, he had climbed to 35 percent.',
    'Over half the delegates will be chosen by the end of March.',
    'Police said the suspect must have fled by Tuesday night.',
    'The vote was delayed until Tuesday.',
    'Their contract expired in June.',
    'The firm sold $100 million of senior notes due Nov. 1, 2009.',
    'The president must establish a transition plan no later than six months before the election.',
    'Winner of the award for coverage under deadline pressure.',
    'With the deadline looming, negotiators met on Tuesday.',
    'With the general election due this September, the party is nervous.',
    'A verdict in the trial is due on Friday.',
    'Despite the deadline, the company said on Friday that it would wait.',
  ])('%s', (sentence) => {
    expect(run(sentence, '2016-05-29')).toEqual([]);
  });
});

describe('due conventions', () => {
  const cand = (text: string, parts: TimeCandidate['parts'] = {}): TimeCandidate => ({ start: 0, end: text.length, text, parts, source: 'times' });
  const pub = { year: 2016, month: 5, day: 29 }; // a Sunday
  it.each([
    ['Thursday', {}, 'present', '2016-06-02'], // forward from a Sunday
    ['Sunday', {}, 'present', '2016-05-29'], // today counts
    ['Friday', {}, 'past', '2016-05-27'], // "the deadline passed on Friday"
    ['Jan. 29', { year: 2016, month: 1, day: 29 }, 'present', '2017-01-29'],
    ['Jan. 29', { year: 2016, month: 1, day: 29 }, 'past-setting', '2016-01-29'],
    ['Nov. 29', { year: 2016, month: 11, day: 29 }, 'past-setting', '2015-11-29'],
    ['the end of the year', { year: 2016 }, 'present', '2016-12-31'],
    ['the end of the month', { year: 2016, month: 5 }, 'present', '2016-05-31'],
    ['the end of February', { year: 2016, month: 2 }, 'past-setting', '2016-02-29'],
    ['next week', { year: 2016, week: 22 }, 'present', '2016-05-30'],
    ['midnight Tuesday', { year: 2016, month: 5, day: 31, hour: 0, minute: 0 }, 'present', '2016-05-31T23:59'],
    ['Saturday afternoon', { year: 2016, month: 6, day: 4, hour: 15, minute: 0 }, 'present', '2016-06-04'],
    ['June', { year: 2016, month: 6 }, 'present', '2016-06'],
    ['2034', { year: 2034 }, 'present', '2034'],
    ['now', { year: 2016, month: 5, day: 29 }, 'present', null],
  ] as const)('%s (%s)', (text, parts, tense, due) => {
    expect(dueOf(cand(text, { ...parts }), { pub, timezone: null }, tense)).toBe(due);
  });

  it('takes UTC offsets from Intl, across daylight saving time changes', () => {
    // US clocks went forward on 2026-03-08 at 02:00, Europe's on 2026-03-29 at 02:00 UTC+1
    expect(offsetAtLocal('America/New_York', 2026, 3, 8, 1, 30)).toBe('-05:00');
    expect(offsetAtLocal('America/New_York', 2026, 3, 8, 3, 30)).toBe('-04:00');
    expect(offsetAtLocal('Europe/Berlin', 2026, 3, 28, 12, 0)).toBe('+01:00');
    expect(offsetAtLocal('Europe/Berlin', 2026, 3, 30, 12, 0)).toBe('+02:00');
    expect(offsetAtLocal('Asia/Kolkata', 2026, 1, 1, 9, 0)).toBe('+05:30');
    const before = run('Applicants must register by 5 p.m. on March 6.', '2026-02-20', 'America/New_York');
    const after = run('Applicants must register by 5 p.m. on March 10.', '2026-02-20', 'America/New_York');
    expect(before[0]!.due).toBe('2026-03-06T17:00-05:00');
    expect(after[0]!.due).toBe('2026-03-10T17:00-04:00');
  });

  it('keeps a clock time without a zone as a local date-time', () => {
    expect(run('Applicants must register by 5 p.m. on March 6.', '2026-02-20')[0]!.due).toBe('2026-03-06T17:00');
  });
});

describe('times from the times extractor', () => {
  const text = 'The rebels must leave the city by 9 am local time on Friday, the army said.';
  const start = text.indexOf('9 am');
  const end = text.indexOf(', the army');
  const doc = buildDocument([text]);
  const timeExpr = (value: string): TimeExpr => ({ text: text.slice(start, end), value, mentions: [mention(doc, start, end)] });

  it('uses the mention that overlaps the phrase, and agrees with the fallback', () => {
    const viaTimes = run(text, '2026-01-08', 'Asia/Damascus', { times: [timeExpr('2026-01-09T09:00')] });
    const viaChrono = run(text, '2026-01-08', 'Asia/Damascus');
    expect(viaTimes[0]!.due).toBe('2026-01-09T09:00+03:00');
    expect(viaChrono[0]!.due).toBe(viaTimes[0]!.due);
  });

  it('keeps an offset the value carries', () => {
    expect(run(text, '2026-01-08', 'Asia/Damascus', { times: [timeExpr('2026-01-09T06:00Z')] })[0]!.due).toBe('2026-01-09T06:00+00:00');
  });

  it('turns a past weekday value forward for a "by" deadline', () => {
    // a times extractor may read "Friday" in a past-tense story as last Friday
    expect(run(text, '2026-01-08', 'Asia/Damascus', { times: [timeExpr('2026-01-02T09:00')] })[0]!.due).toBe('2026-01-09T09:00+03:00');
  });
});

describe('the seed article', () => {
  const seedText = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
  const page = readText(seedText);

  it('finds the deadline with its due, action, subject and setter', () => {
    const doc = buildDocument(page.paragraphs);
    const at = (s: string) => {
      const i = doc.text.indexOf(s);
      return mention(doc, i, i + s.length);
    };
    const actors: Actor[] = [
      { id: 'a1', name: 'Syrian Ministry of Defense', type: 'organization', aliases: ['Syrian defense ministry', 'the ministry', 'Ministry of Defense'], roles: [], mentions: [at('Syrian defense ministry early Friday')] },
      { id: 'a2', name: 'Kurdish-led forces', type: 'group', aliases: [], mentions: [at('Kurdish-led forces to withdraw')] },
    ];
    const ctx = createContext(doc, page, page.published);
    const ds = extractDeadlines(ctx, { times: [], actors, timezone: 'Asia/Damascus' });
    expect(ds).toHaveLength(1); // "this morning's 9 o'clock deadline" is the same deadline
    const d = ds[0]!;
    expect(d.text).toBe('The deadline for the Kurdish-led forces to withdraw from the aforementioned areas expires at 9 am local time on Friday');
    expect(d.due).toBe('2026-01-09T09:00+03:00');
    expect(d.action).toBe('withdraw from the aforementioned areas');
    expect(d.subject).toEqual({ name: 'Kurdish-led forces', actorId: 'a2' });
    expect(d.setBy).toBe('Syrian Ministry of Defense');
    expect(d.mentions).toHaveLength(2);
    for (const m of d.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds it through the whole pipeline, with the zone of the places stage and the actors', () => {
    const r = extract(seedText);
    expect(r.meta.timezone).toBe('Asia/Damascus');
    expect(r.deadlines).toHaveLength(1);
    const d = r.deadlines[0]!;
    expect(d.due).toBe('2026-01-09T09:00+03:00');
    expect(d.action).toBe('withdraw from the aforementioned areas');
    const subjectActor = r.actors.find((a) => a.id === d.subject?.actorId);
    expect(subjectActor?.name).toBe('Kurdish-led forces');
    expect(d.subject?.name).toBe('Kurdish-led forces');
    expect(d.setBy).toBe(r.actors.find((a) => a.aliases.includes('the ministry') || a.name === 'Syrian Ministry of Defense')?.name);
    expect(d.setBy).toMatch(/ministry/i);
  });
});

describe('hostile inputs', () => {
  it.each([
    ['a 2 MB run of "by"', 'by '.repeat(700_000)],
    ['a 2 MB run of "deadline Friday"', 'deadline Friday deadline '.repeat(85_000)],
    ['a 2 MB run of "have until Friday to"', 'they have until Friday to leave '.repeat(65_000)],
    ['100k quote marks', '"'.repeat(100_000) + ' must leave by Friday'],
  ])('%s stays fast', (_name, text) => {
    const t0 = performance.now();
    const ds = run(text, '2026-03-14');
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(ds.length).toBeLessThanOrEqual(1);
  });

  it('tokenizes in one pass, splitting possessives', () => {
    expect(tokenize("Friday's court-ordered deadline, a.m.", 0, 36).map((t) => t.lo)).toEqual(['friday', "'s", 'court', 'ordered', 'deadline', ',', 'a.m']);
  });
});

describe('times written apart', () => {
  it('joins a clock time and a date the times extractor reports separately', () => {
    const text = 'The deadline for the rebels to leave expires at 9 am local time on Friday, the army said.';
    const doc = buildDocument([text]);
    const span = (s: string, value: string): TimeExpr => {
      const i = text.indexOf(s);
      return { text: s, value, mentions: [mention(doc, i, i + s.length)] };
    };
    const ds = run(text, '2026-01-07', 'Asia/Damascus', { times: [span('9 am', '2026-01-07T09:00'), span('Friday', '2026-01-09')] });
    expect(ds).toHaveLength(1);
    expect(ds[0]!.due).toBe('2026-01-09T09:00+03:00');
    expect(ds[0]!.text).toBe('The deadline for the rebels to leave expires at 9 am local time on Friday');
  });
});

describe('subjects linked to actors', () => {
  const paras = ['The State Department released more emails on Friday.', 'A judge had ordered the department to release all of the emails by the end of January.', "The EPA's decision is due by next week."];
  const doc = buildDocument(paras);
  const at = (s: string, from = 0) => {
    const i = doc.text.indexOf(s, from);
    return mention(doc, i, i + s.length);
  };
  const actors: Actor[] = [
    { id: 'a1', name: 'State Department', type: 'organization', aliases: ['the department'], roles: [], mentions: [at('State Department'), at('the department')] },
    { id: 'a2', name: 'Environmental Protection Agency', type: 'organization', aliases: ['EPA'], roles: [], mentions: [at('EPA')] },
  ];
  const ds = run(paras, '2016-01-31', null, { actors });
  it('names a description by its actor, a proper name as written', () => {
    expect(ds.map((d) => [d.due, d.subject])).toEqual([
      ['2016-01-31', { name: 'State Department', actorId: 'a1' }],
      ['2016-02-01', { name: 'EPA', actorId: 'a2' }],
    ]);
  });
  it('names the setter', () => {
    expect(ds[0]!.setBy).toBe('A judge');
  });
});

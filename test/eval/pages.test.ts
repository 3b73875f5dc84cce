import { describe, expect, it } from 'vitest';
import { authorsRight, bodyScore, newTally, norm, sameDate, sameUtcDay, scoreNewsPage } from '../../src/eval/pages.js';

describe('bodyScore (4-token shingles)', () => {
  const text = 'one two three four five six seven eight';
  it('is 1 for the same text, whatever the case and punctuation', () => {
    expect(bodyScore(text, 'One, two; three four five six seven EIGHT.').f).toBe(1);
  });
  it('loses precision on extra text and recall on missing text', () => {
    const extra = bodyScore(text, `${text} nine ten eleven twelve`);
    expect(extra.r).toBe(1);
    expect(extra.p).toBeLessThan(1);
    const missing = bodyScore(text, 'one two three four five');
    expect(missing.p).toBe(1);
    expect(missing.r).toBeLessThan(1);
  });
  it('is 0 for unrelated text and 1 for two empty texts', () => {
    expect(bodyScore(text, 'alpha beta gamma delta').f).toBe(0);
    expect(bodyScore('', '').f).toBe(1);
  });
});

describe('norm', () => {
  it('folds case, quotes, a leading "the" and end punctuation', () => {
    expect(norm('The “Daily” Lantern’s!')).toBe(norm('daily" lantern'));
  });
});

describe('news metadata scoring', () => {
  const exp = { title: 'Storm Hits Coast', author: 'Jane Doe and John Roe', date_published: '2019-11-18T19:09:22Z' };
  it.each([
    ['all right', { title: 'Storm hits coast', authors: ['Jane Doe', 'John Roe'], published: '2019-11-18T14:09:22-05:00' }, [1, 1, 1]],
    ['title with a site part is wrong', { title: 'Storm Hits Coast | Daily Planet', authors: ['Jane Doe'], published: '2019-11-18' }, [0, 1, 1]],
    ['another instant is wrong', { title: 'Storm Hits Coast', authors: ['Jane Doe'], published: '2019-11-18T20:09:22Z' }, [1, 0, 1]],
    ['a name not in the byline is wrong', { title: 'Storm Hits Coast', authors: ['Jane Doe', 'Max Mustermann'], published: null }, [1, 0, 0]],
  ] as const)('%s', (_label, pred, [title, pub, auth]) => {
    const t = newTally();
    scoreNewsPage(t, 'p', exp, { ...pred, authors: [...pred.authors] });
    expect([t.title, t.pub, t.auth['org-is-author']]).toEqual([title, pub, auth]);
    expect(t.auth['org-is-empty']).toBe(t.auth['org-is-author']);
    expect(t.misses.length).toBe(3 - title - pub - auth);
  });
  it('scores an organisation byline both ways', () => {
    const org = { title: 'T', author: 'Reuters', authorIsOrg: true, date_published: null };
    const none = newTally();
    scoreNewsPage(none, 'p', org, { title: 'T', authors: [], published: null });
    expect(none.auth).toEqual({ 'org-is-author': 0, 'org-is-empty': 1 });
    const named = newTally();
    scoreNewsPage(named, 'p', org, { title: 'T', authors: ['Reuters'], published: null });
    expect(named.auth).toEqual({ 'org-is-author': 1, 'org-is-empty': 0 });
    expect(named.orgN).toBe(1);
    expect(named.pubN).toBe(0);
  });
  it('a date alone matches the UTC day of the expected instant', () => {
    expect(sameUtcDay('2019-11-18', '2019-11-18T23:30:00Z')).toBe(true);
    expect(sameUtcDay('2019-11-19', '2019-11-18T23:30:00Z')).toBe(false);
    expect(sameDate('2019-11-19T01:30:00+02:00', '2019-11-18T23:30:00Z')).toBe(true);
  });
  it('an empty expected byline wants no authors', () => {
    expect(authorsRight([], null)).toBe(true);
    expect(authorsRight(['Jane Doe'], null)).toBe(false);
    expect(authorsRight(['Jane Doe'], 'By Jane Doe, Staff Writer')).toBe(true);
  });
});

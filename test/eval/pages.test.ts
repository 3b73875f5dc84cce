import { describe, expect, it } from 'vitest';
import { bodyScore, norm } from '../../src/eval/pages.js';

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

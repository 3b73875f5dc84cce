import { describe, expect, it } from 'vitest';
import { findActorAt, resolveActorName } from '../../src/resolve/actors.js';
import { abbreviates, editDistance, initials, surnameForms } from '../../src/resolve/aliases.js';
import type { Actor } from '../../src/schema.js';

const m = (start: number, end: number, text: string) => ({ start, end, sentence: 0, text });
const actors: Actor[] = [
  { id: 'a1', name: 'Syrian Ministry of Defense', type: 'organization', aliases: ['Syrian defense ministry', 'the ministry'], roles: [], mentions: [m(0, 22, 'Syrian defense ministry'), m(100, 112, 'the ministry')] },
  { id: 'a2', name: 'Tom Barrack', type: 'person', aliases: ['Barrack'], roles: ['US Special Envoy for Syria'], mentions: [m(50, 61, 'Tom Barrack'), m(200, 207, 'Barrack')] },
  { id: 'a3', name: 'Ahmed al-Sharaa', type: 'person', aliases: [], roles: ['Syrian President'], mentions: [m(300, 315, 'Ahmed al-Sharaa')] },
];

describe('resolveActorName', () => {
  it.each([
    ['Barrack', 'a2'],
    ['Tom Barrack', 'a2'],
    ['the Syrian defense ministry', 'a1'],
    ['the ministry', 'a1'],
    ['Sharaa', 'a3'],
    ['al-Sharaa', 'a3'],
    ['Syrian President Ahmed al-Sharaa', 'a3'],
    ['the envoy', 'a2'],
  ])('%s -> %s', (phrase, id) => {
    expect(resolveActorName(actors, phrase)?.id).toBe(id);
  });

  it('leaves pronouns and unknown names alone', () => {
    expect(resolveActorName(actors, 'he')).toBeNull();
    expect(resolveActorName(actors, 'Mazloum Abdi')).toBeNull();
  });

  it('resolves a role noun to the nearest actor mentioned before the offset', () => {
    expect(resolveActorName(actors, 'the president', 320)?.id).toBe('a3');
    expect(resolveActorName(actors, 'the president', 250)).toBeNull();
  });
});

describe('findActorAt', () => {
  it('finds the actor whose mention overlaps the span', () => {
    expect(findActorAt(actors, 54, 61)?.id).toBe('a2');
    expect(findActorAt(actors, 30, 40)).toBeNull();
  });
});

describe('alias helpers', () => {
  it.each([
    ['SDF', 'Syrian Democratic Forces', true],
    ['PG&E', 'Pacific Gas & Electric Co.', true],
    ['CPUC', 'California Public Utilities Commission', true],
    ['PUC', 'California Public Utilities Commission', true],
    ['ICC', 'International Criminal Court', true],
    ['UN', 'European Union', false],
    ['SDF', 'Syrian Democratic Front Party', false],
  ])('%s abbreviates %s: %s', (a, n, ok) => {
    expect(abbreviates(a, n)).toBe(ok);
  });

  it('computes initials without "of", "the" and company suffixes', () => {
    expect(initials('Ministry of the Interior')).toBe('MI');
    expect(initials('Pacific Gas & Electric Co.')).toBe('PG&E');
  });

  it('gives surname forms with and without a particle', () => {
    expect(surnameForms('Ahmed al-Sharaa')).toEqual(['al-sharaa', 'sharaa']);
    expect(surnameForms('James P. Kennedy Jr.')).toEqual(['kennedy']);
    expect(surnameForms('Madonna')).toEqual([]);
  });

  it('measures small edit distances', () => {
    expect(editDistance('zelensky', 'zelenskiy')).toBe(1);
    expect(editDistance('barrack', 'barack')).toBe(1);
    expect(editDistance('trump', 'biden')).toBeGreaterThan(1);
  });
});

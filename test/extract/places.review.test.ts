/**
 * Failure modes found by reviewing the places extractor on real news pages
 * (notes/review.md). Each case is a short sentence written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/places/places.js';
import type { Place } from '../../src/schema.js';
import { textContext } from '../helpers/context.js';

function places(text: string): Place[] {
  return extractPlaces(textContext(text));
}

const byName = (ps: Place[], name: string) => ps.find((p) => p.name === name || p.aliases.includes(name));

describe('a town named like a landmark', () => {
  it('reads "Fort Worth" as the Texas city, and its police department as no place', () => {
    const ps = places('The girl was found in Fort Worth, Texas. The Fort Worth Police Department said she was safe.');
    expect(byName(ps, 'Fort Worth')).toMatchObject({ type: 'city', country: 'US' });
    expect(byName(ps, 'Fort Worth Police Department')).toBeUndefined();
  });

  it('still reads "Fort Bragg" without a town of that name as a landmark', () => {
    expect(byName(places('Troops left Fort Zubair base in Iraq on Monday.'), 'Fort Zubair')?.type).toBe('landmark');
  });
});

describe('a small place abroad yields to one of the story’s own country', () => {
  it('puts Forest Hill in Texas in a Texas story', () => {
    const ps = places('Police in Fort Worth, Texas, said the man was arrested in Arlington, Texas. He took the child to Forest Hill’s motel.');
    expect(byName(ps, 'Forest Hill')?.country).toBe('US');
  });
});

describe('labels and words are no places', () => {
  it('does not read "(Group A)" after a country as another name of it', () => {
    const ps = places('England (Group A) and Spain (Group F) qualified for the finals in Germany.');
    expect(ps.some((p) => p.name.startsWith('Group') || p.aliases.some((a) => a.startsWith('Group')))).toBe(false);
    expect(byName(ps, 'England')).toBeDefined();
  });

  it('does not take "The Hill" (a newspaper) for a small place', () => {
    expect(byName(places("The governor's office did not respond to The Hill's request for comment."), 'The Hill')).toBeUndefined();
  });

  it('keeps "The Hague"', () => {
    expect(byName(places('The court sits in The Hague.'), 'The Hague')?.country).toBe('NL');
  });

  it('does not take a lower-case word for a country', () => {
    expect(byName(places('Add the chile and the garlic to the pan in Fresno.'), 'chile')).toBeUndefined();
  });
});

describe('descriptive regions with a lower-case direction', () => {
  it('reads "east London" as a region of London, not East London in South Africa', () => {
    const p = byName(places('His first match is a trip to West Ham in east London on Saturday.'), 'east London');
    expect(p?.type).toBe('region');
    expect(p?.country).toBe('GB');
  });
});

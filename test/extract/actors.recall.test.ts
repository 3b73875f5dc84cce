/**
 * Recall: names the actors extractor used to miss on unseen news
 * (notes/recall-review.md). Each case is a short text written for the test,
 * with a negative case for each rule.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/document.js';
import { createContext } from '../../src/extract/context.js';
import { extractActors } from '../../src/extract/actors/actors.js';
import type { Actor } from '../../src/schema.js';

function actorsOf(text: string): Actor[] {
  const paragraphs = text.split(/\n\s*\n/);
  const doc = buildDocument(paragraphs);
  const ctx = createContext(doc, { paragraphs, title: null, published: '2026-01-09', authors: [], dateline: null, format: 'text' }, '2026-01-09');
  return extractActors(ctx);
}

const names = (actors: Actor[]) => actors.map((a) => a.name);
const byName = (actors: Actor[], name: string) => actors.find((a) => a.name === name);

describe('people whose names compromise does not know', () => {
  it.each([
    ['The fines hit Pittsburgh center Maurkice Pouncey and two others.', 'Maurkice Pouncey'],
    ['Police escorted the suspect, Atif Issa Enhamed, to the airport.', 'Atif Issa Enhamed'],
    ['Kentavious Caldwell-Pope drilled a 3-pointer with a minute left.', 'Kentavious Caldwell-Pope'],
    ['He did not clash with Rajon Rondo, his old opponent.', 'Rajon Rondo'],
    ['The last two films were directed by J.J. Abrams for the studio.', 'J.J. Abrams'],
    ['Kukushkin had beaten Botic van de Zandschulp in straight sets.', 'Botic van de Zandschulp'],
    ['Chad Wolf has been named acting secretary.', 'Chad Wolf'],
    ['Hungarian head of state Arpad Goencz signed the document.', 'Arpad Goencz'],
  ])('%s', (text, name) => {
    expect(names(actorsOf(text))).toContain(name);
  });

  it('keeps places, streets and common phrases out', () => {
    const found = names(actorsOf('Fans gathered on Calle Ocho and at the Caja Magica. Heavy fighting hit the Sheikh Maqsoud and Ashrafiyeh neighborhoods. Kuala Lumpur was calm. The Dream Chaser flew.'));
    for (const n of ['Calle Ocho', 'Caja Magica', 'Sheikh Maqsoud', 'Kuala Lumpur', 'Dream Chaser']) expect(found).not.toContain(n);
  });

  it('reads "X of <country>" as a person and where they come from', () => {
    const found = names(actorsOf('They beat Raven Klaasen of South Africa and Yasutaka Uchiyama of Japan in the final.'));
    expect(found).toContain('Raven Klaasen');
    expect(found).toContain('Yasutaka Uchiyama');
    expect(found).not.toContain('Raven Klaasen of South Africa');
  });

  it('keeps "the Islamic Republic of Iran" a country, not a person', () => {
    const found = actorsOf('The Islamic Republic of Iran said it would respond.');
    expect(found.every((a) => a.type !== 'person')).toBe(true);
  });

  it('takes plural titles before names ("Justices X and Y")', () => {
    const found = names(actorsOf("The ruling was backed by Justices Sandra Day O'Connor and Anthony Kennedy."));
    expect(found).toContain("Sandra Day O'Connor");
    expect(found).toContain('Anthony Kennedy');
    expect(found.some((n) => n.startsWith('Justices'))).toBe(false);
  });

  it('takes sports roles before a single name, but not as part of a title-case name', () => {
    const a = actorsOf('Brazil star Neymar was among the fans. The film Star Trek Beyond opened in July.');
    expect(byName(a, 'Neymar')?.type).toBe('person');
    expect(names(a)).not.toContain('Trek Beyond');
  });
});

describe('well-known organizations with no cue', () => {
  it.each([
    ['Richardson said via USA Today that Rudolph had asked for it.', 'USA Today'],
    ['The statement, which was obtained by Variety, claimed otherwise.', 'Variety'],
    ['Bowing to criticism, Bear Stearns and Morgan Stanley halted the practice.', 'Bear Stearns'],
    ['Kellogg suspended work on a cereal plant.', 'Kellogg'],
    ['NASA also chose Blue Origin and SpaceX for the program.', 'Blue Origin'],
  ])('%s', (text, name) => {
    expect(names(actorsOf(text))).toContain(name);
  });

  it('reads a product of a company after a possessive as no actor', () => {
    expect(names(actorsOf("A friend spotted Webb's Ford sedan and called 911."))).not.toContain('Ford');
  });

  it('needs more than a capital at a sentence start when the name is also a word', () => {
    expect(names(actorsOf('Variety is the spice of life, she said.'))).not.toContain('Variety');
  });

  it('joins "the company" to a company, not to a newspaper or a name before a noun', () => {
    const a = actorsOf('Braun accused Big Machine of blocking a Netflix documentary. The company denied the claims in a statement to Rolling Stone. The company later apologized.');
    expect(byName(a, 'Netflix')?.aliases ?? []).not.toContain('The company');
    expect(byName(a, 'Rolling Stone')?.aliases ?? []).not.toContain('The company');
  });
});

describe('teams and clubs', () => {
  it('reads team names in a report on their sport', () => {
    const a = actorsOf('The Steelers spent Monday defending Rudolph after the NFL suspended Browns pass rusher Myles Garrett. The Browns said they would appeal.');
    const found = names(a);
    expect(found).toContain('Steelers');
    expect(found).toContain('Browns');
    expect(found).toContain('NFL');
  });

  it('merges a club with its nicknames', () => {
    const a = actorsOf('Jose Mourinho agreed a deal to replace Mauricio Pochettino as Tottenham manager. He led Spurs in the Champions League before. Tottenham Hotspur confirmed the appointment.');
    const spurs = a.filter((x) => /Tottenham|Spurs/.test(x.name));
    expect(spurs).toHaveLength(1);
    expect([spurs[0]!.name, ...spurs[0]!.aliases]).toEqual(expect.arrayContaining(['Tottenham', 'Spurs']));
  });

  it('leaves nicknames and towns alone outside sport', () => {
    const found = names(actorsOf('The Kings of Spain and the Giants of industry met in Chelsea. Lightning struck twice.'));
    for (const n of ['Kings', 'Giants', 'Chelsea', 'Lightning']) expect(found).not.toContain(n);
  });

  it('leaves a town named like a club a place when a place is meant', () => {
    const found = names(actorsOf('Chelsea beat Liverpool 2-1 in the Premier League. The manager lives in Chelsea.'));
    expect(found).toContain('Liverpool');
    expect(actorsOf('Chelsea beat Liverpool 2-1 in the Premier League. The manager lives in Chelsea.').find((x) => x.name === 'Chelsea')!.mentions).toHaveLength(1);
  });
});

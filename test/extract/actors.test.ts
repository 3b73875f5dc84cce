import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/extract/actors/actors.js';
import { extract } from '../../src/pipeline.js';
import type { Actor } from '../../src/schema.js';
import { textContext } from '../helpers/context.js';

/** Actors of a text given as paragraphs separated by blank lines. */
function actorsOf(text: string): Actor[] {
  return extractActors(textContext(text));
}

const byName = (actors: Actor[], name: string) => actors.find((a) => a.name === name);
const names = (actors: Actor[]) => actors.map((a) => a.name);

describe('titles and names', () => {
  it.each([
    ['US Special Envoy for Syria Tom Barrack hailed the pause.', 'Tom Barrack', 'US Special Envoy for Syria'],
    ['The deal was signed by SDF Commander Mazloum Abdi on Monday.', 'Mazloum Abdi', 'SDF Commander'],
    ['Defense Secretary Mark Esper said the troops would stay.', 'Mark Esper', 'Defense Secretary'],
    ['It was approved by Syrian President Ahmed al-Sharaa last year.', 'Ahmed al-Sharaa', 'Syrian President'],
    ['Lt. Col. Alexander Vindman told lawmakers it was his duty.', 'Alexander Vindman', 'Lt. Col.'],
    ['High school math teacher Angela Cooper said pay was low.', 'Angela Cooper', 'High school math teacher'],
    ['The envoy met former special envoy to Ukraine Kurt Volker in May.', 'Kurt Volker', 'former special envoy to Ukraine'],
  ])('%s', (text, name, role) => {
    const a = byName(actorsOf(text), name);
    expect(a?.type).toBe('person');
    expect(a?.roles).toContain(role);
  });

  it('takes a role from an apposition after the name', () => {
    const a = byName(actorsOf('Ana Lopez, the mayor of Quito, said the roads were closed.'), 'Ana Lopez');
    expect(a?.roles).toContain('mayor of Quito');
  });

  it('takes a role written before the name with a comma', () => {
    const a = byName(actorsOf("In June, the then UK Home Secretary, Sajid Javid, approved the request."), 'Sajid Javid');
    expect(a?.type).toBe('person');
    expect(a?.roles.join(' ')).toMatch(/UK Home Secretary/);
  });

  it('does not give a person the description of the name before it', () => {
    const actors = actorsOf('Sondland, a wealthy hotelier Trump tapped as his ambassador, spoke.\n\nDonald Trump denied it.');
    expect(byName(actors, 'Donald Trump')?.roles ?? []).not.toContain('wealthy hotelier');
  });
});

describe('organizations', () => {
  it('joins an acronym in parentheses to its expansion', () => {
    const actors = actorsOf('The Syrian Democratic Forces (SDF) have yet to comment. The SDF said later it would.');
    const sdf = byName(actors, 'Syrian Democratic Forces');
    expect(sdf?.type).toBe('organization');
    expect(sdf?.aliases).toContain('SDF');
    expect(names(actors)).not.toContain('SDF');
  });

  it('names a group by the proper name in parentheses after its description', () => {
    const actors = actorsOf('Clashes between government and Kurdish-led security forces (Asayish) went on. The Asayish said nothing.');
    const asayish = byName(actors, 'Asayish');
    expect(asayish?.aliases).toContain('Kurdish-led security forces');
    expect(asayish?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('merges a ministry written two ways and "the ministry"', () => {
    const actors = actorsOf(
      'The Ministry of Defense announces a ceasefire, the Syrian defense ministry announced.\n\nThe deadline expires at 9 am, the ministry continued.',
    );
    const ministries = actors.filter((a) => /ministry/i.test(a.name));
    expect(ministries).toHaveLength(1);
    expect(ministries[0]!.name).toBe('Syrian Ministry of Defense');
    expect(ministries[0]!.aliases).toEqual(expect.arrayContaining(['Syrian defense ministry', 'the ministry']));
  });

  it('matches acronyms to the initials of a name', () => {
    const actors = actorsOf('The California Public Utilities Commission holds a hearing. CPUC President Marybel Batjer said service failed.');
    const cpuc = byName(actors, 'California Public Utilities Commission');
    expect(cpuc?.aliases).toContain('CPUC');
    expect(byName(actors, 'Marybel Batjer')?.roles).toContain('CPUC President');
  });

  it('finds companies by their form', () => {
    const actors = actorsOf('The commission met executives from AT&T, T-Mobile and others.');
    expect(names(actors)).toEqual(expect.arrayContaining(['AT&T', 'T-Mobile']));
  });

  it('finds "<nationality> government" and "<name> administration"', () => {
    const actors = actorsOf('The Afghan government freed three prisoners. The Trump administration welcomed it.');
    expect(byName(actors, 'Afghan government')?.type).toBe('organization');
    expect(byName(actors, 'Trump administration')?.type).toBe('organization');
  });
});

describe('aliases', () => {
  it('joins a surname to the full name', () => {
    const actors = actorsOf('Tom Barrack hailed the pause.\n\n"We are working," Barrack wrote on X.');
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
    expect(byName(actors, 'Tom Barrack')?.aliases).toContain('Barrack');
  });

  it('joins "al-Sharaa" and "Sharaa" to "Ahmed al-Sharaa"', () => {
    const actors = actorsOf('President Ahmed al-Sharaa spoke. Later al-Sharaa left, and Sharaa returned.');
    const p = actors.filter((a) => a.type === 'person');
    expect(p).toHaveLength(1);
    expect(p[0]!.mentions).toHaveLength(3);
  });

  it('joins a title with a surname to the person', () => {
    const actors = actorsOf('Ukraine President Volodymyr Zelenskiy called. Later President Zelensky wrote.');
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
  });
});

describe('countries', () => {
  it('gives one country actor for US, U.S. and United States, named United States', () => {
    const actors = actorsOf('The US welcomed the pause. The U.S. pushed to extend it. The United States said it would help.');
    const us = actors.filter((a) => a.type === 'country');
    expect(us).toHaveLength(1);
    expect(us[0]!.name).toBe('United States');
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['US', 'U.S.']));
  });

  it('counts a capital as the government only when it acts', () => {
    const acting = actorsOf('Damascus accused the rebels of breaking the truce.');
    expect(acting.map((a) => a.name)).toContain('Syria');
    const place = actorsOf('The delegation flew to Damascus on Monday and stayed in Damascus for a week.');
    expect(place).toHaveLength(0);
  });

  it('joins the capital to "<nationality> government" when the country itself does not act', () => {
    const actors = actorsOf('The Syrian government rejected it. Kurdish leaders doubt the auspices of Damascus, and Damascus warned them.');
    const gov = byName(actors, 'Syrian government');
    expect(gov?.aliases).toContain('Damascus');
    expect(names(actors)).not.toContain('Syria');
  });

  it('does not make a country that is only a place an actor', () => {
    const actors = actorsOf('Roughly 13,000 US troops remain in Afghanistan, where the war began.');
    expect(names(actors)).not.toContain('Afghanistan');
  });

  it('treats a country with a stance as acting', () => {
    const actors = actorsOf("A spokesperson reiterated the UK's position that settlements are illegal.");
    expect(names(actors)).toContain('United Kingdom');
  });
});

describe('what is not an actor', () => {
  it.each([
    ['Clashes between the two sides have wracked the city in recent days.'],
    ['On Friday, officials met again. In January, talks resumed in March.'],
    ['Smoke rising near the mosque on January 8.'],
    ['Syrian and Kurdish residents fled the Arab neighborhoods.'],
    ['Teachers chanted in the hallway. Prosecutors declined to comment.'],
    ['The northern Sierra Nevada has seen little rain, and Sierra Nevada foothills are dry.'],
  ])('%s', (text) => {
    expect(actorsOf(text)).toEqual([]);
  });

  it('gives the apposition after "In <place>," to the name that follows, not to the place', () => {
    const actors = actorsOf('In Kentucky, the Democratic candidate, Andy Beshear, won the race.');
    expect(names(actors)).toEqual(['Andy Beshear']);
    expect(byName(actors, 'Andy Beshear')?.roles).toEqual(['Democratic candidate']);
    // a person's name before the apposition still takes it
    expect(byName(actorsOf('Smith, the Democratic candidate, won the race.'), 'Smith')?.roles).toEqual(['Democratic candidate']);
  });

  it('never takes party members ("Virginia Democrats") for one person', () => {
    const actors = actorsOf('Virginia Democrats won control of the legislature.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
    expect(byName(actorsOf('Virginia Smith won the race.'), 'Virginia Smith')?.type).toBe('person');
  });

  it('ignores names in a credit line', () => {
    expect(actorsOf('Associated Press writers Alan Fram and Jill Colvin contributed to this report.')).toEqual([]);
  });
});

describe('mentions and ids', () => {
  it('numbers actors in order of first mention and gives offsets with the rule', () => {
    const text = 'Tom Barrack met Mazloum Abdi. Barrack left.';
    const actors = actorsOf(text);
    expect(actors.map((a) => a.id)).toEqual(['a1', 'a2']);
    for (const a of actors) {
      for (const m of a.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.rule).toBeTruthy();
      }
    }
    expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Tom Barrack', 'Barrack']);
  });
});

describe('the seed article', () => {
  const seed = readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/aleppo-ceasefire.gold.json', import.meta.url), 'utf8')) as {
    actors: Array<{ name: string; type: string; aliases: string[]; roles: string[] }>;
    optionalActors: string[];
  };
  const actors = extract(seed).actors;
  const norm = (s: string) => s.toLowerCase().replace(/^the /, '').trim();

  it('finds every gold actor once, with its type', () => {
    for (const g of gold.actors) {
      const hits = actors.filter((a) => [g.name, ...g.aliases].some((n) => norm(n) === norm(a.name)));
      expect(hits, g.name).toHaveLength(1);
      expect(hits[0]!.type, g.name).toBe(g.type);
    }
  });

  it('reports nothing outside the gold and optional lists', () => {
    const allowed = new Set([...gold.actors.flatMap((g) => [g.name, ...g.aliases]), ...gold.optionalActors].map(norm));
    expect(actors.filter((a) => !allowed.has(norm(a.name))).map((a) => a.name)).toEqual([]);
  });

  it('finds the roles', () => {
    expect(actors.find((a) => a.name === 'Tom Barrack')?.roles).toContain('US Special Envoy for Syria');
    expect(actors.find((a) => a.name === 'Ahmed al-Sharaa')?.roles).toContain('Syrian President');
    expect(actors.find((a) => a.name === 'Mazloum Abdi')?.roles).toContain('SDF Commander');
  });
});

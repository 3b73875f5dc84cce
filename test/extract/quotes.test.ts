import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/quotes.js';
import { scanQuotes } from '../../src/extract/quotes/marks.js';
import { extract } from '../../src/pipeline.js';
import type { Quote } from '../../src/schema.js';
import { textContext, specActors, type ActorSpec } from '../helpers/context.js';


/**
 * Quotes of a text given as paragraphs separated by blank lines, with a
 * hand-built actors list whose mentions are every occurrence of the name or
 * an alias in the text.
 */
function quotesOf(text: string, specs: ActorSpec[] = []): Quote[] {
  const ctx = textContext(text);
  return extractQuotes(ctx, specActors(ctx.doc.text, specs));
}

const summary = (qs: Quote[]) => qs.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

const HADDAD: ActorSpec[] = [['Omar Haddad', 'person', ['Haddad']]];

describe('direct quotes and their speakers', () => {
  it.each([
    ['said after the quotation', '"We are ready," Haddad said.', 'We are ready,', 'said'],
    ['said before, with a colon', 'Haddad said: "The talks have failed."', 'The talks have failed.', 'said'],
    ['said before, with a comma', 'Haddad said on Monday, "The talks have failed."', 'The talks have failed.', 'said'],
    ['inverted', '"The border stays open," said Omar Haddad, the interior minister.', 'The border stays open,', 'said'],
    ['a title before the name', '"The border stays open," Interior Minister Omar Haddad told reporters.', 'The border stays open,', 'told reporters'],
    ['an appositive between name and verb', 'Omar Haddad, the interior minister, said: "The border stays open."', 'The border stays open.', 'said'],
    ['a platform after the verb', '"We are working to extend the truce," Haddad wrote on X.', 'We are working to extend the truce,', 'wrote'],
    ['a medium after the verb', '"We will not give up," Haddad said in a statement.', 'We will not give up,', 'said in a statement'],
  ])('%s', (_label, text, quote, cue) => {
    const qs = quotesOf(text, HADDAD);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', text: quote, cue, speaker: { name: 'Omar Haddad', actorId: 'a1' } });
    expect(qs[0]!.mentions[0]!.rule).toMatch(/^quote\.direct/);
  });

  it('takes the speaker from the middle of a split quotation for both halves', () => {
    const qs = quotesOf('"We are ready," Haddad said, "and we are willing to talk."', HADDAD);
    expect(summary(qs)).toEqual([
      { kind: 'direct', text: 'We are ready,', speaker: 'Omar Haddad' },
      { kind: 'direct', text: 'and we are willing to talk.', speaker: 'Omar Haddad' },
    ]);
  });

  it('gives a quotation continued in the next paragraph the same speaker', () => {
    const text = 'Omar Haddad said: "The first part of the statement is here.\n\n"The second part follows in a new paragraph."';
    const qs = quotesOf(text, HADDAD);
    expect(summary(qs)).toEqual([
      { kind: 'direct', text: 'The first part of the statement is here.', speaker: 'Omar Haddad' },
      { kind: 'direct', text: 'The second part follows in a new paragraph.', speaker: 'Omar Haddad' },
    ]);
    expect(qs[1]!.mentions[0]!.rule).toBe('quote.direct.continued');
  });

  it('gives a paragraph that is only a quotation the last speaker', () => {
    const text = '"The crisis is now," Haddad said. "We need action now."\n\n"The money is there and it must be spent."';
    const qs = quotesOf(text, HADDAD);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Omar Haddad', 'Omar Haddad', 'Omar Haddad']);
  });

  it('skips a short line of page furniture between the parts of a quotation', () => {
    const text = 'Haddad said: "The first part of the statement is here.\n\nREAD MORE: Border talks stall\n\n"The second part follows."';
    const qs = quotesOf(text, HADDAD);
    expect(qs.map((q) => q.text)).toEqual(['The first part of the statement is here.', 'The second part follows.']);
  });

  it('joins an attribution printed as a sentence of its own after the quotation', () => {
    const qs = quotesOf('"Is he going to do it?" Haddad asked. "He is."', HADDAD);
    expect(qs[0]).toMatchObject({ kind: 'direct', text: 'Is he going to do it?', cue: 'asked', speaker: { name: 'Omar Haddad' } });
  });
});

describe('quotation marks', () => {
  it.each([
    ['straight', '"We are ready," Haddad said.'],
    ['curly', '\u201cWe are ready,\u201d Haddad said.'],
    ['mixed curly open, straight close', '\u201cWe are ready," Haddad said.'],
    ['guillemets', '\u00abWe are ready,\u00bb Haddad said.'],
    ['German low-high', '\u201eWe are ready,\u201c Haddad said.'],
    ['typewriter backticks', '``We are ready,\'\' Haddad said.'],
    ['typewriter double apostrophes', "''We are ready,'' Haddad said."],
    ['single marks when the text has no double ones', '\u2018We are ready,\u2019 Haddad said.'],
  ])('%s', (_label, text) => {
    const qs = quotesOf(text, HADDAD);
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['We are ready,', 'Omar Haddad']]);
  });

  it('reads single marks as quotation marks in British style despite a stray double mark', () => {
    const text = "The screen is 5\" wide. 'We are ready,' Haddad said. 'It is time to act,' he added. 'Go now,' he said.";
    expect(quotesOf(text, HADDAD).map((q) => q.text)).toEqual(['We are ready,', 'It is time to act,', 'Go now,']);
  });

  it('keeps a quotation in the other style inside a quotation as text', () => {
    const qs = quotesOf('Haddad stated: "The ministry isn\u2019t about \u201cEqual Justice\u201d anymore. It is about power."', HADDAD);
    expect(qs.map((q) => q.text)).toEqual(['The ministry isn\u2019t about \u201cEqual Justice\u201d anymore. It is about power.']);
  });

  it('keeps single marks and apostrophes inside a double-quoted quotation', () => {
    const qs = quotesOf('"I heard him ask, \'So he\u2019s going to do it?\'" Haddad testified.', HADDAD);
    expect(qs[0]?.text).toBe('I heard him ask, \'So he\u2019s going to do it?\'');
  });

  it('does not take apostrophes or inch marks for quotation marks', () => {
    expect(scanQuotes("Don't ask the Kurds' leaders, it's 5' 10\" tall.", [{ start: 0, end: 47 }])).toEqual([]);
  });
});

describe('partial quotes', () => {
  it.each([
    ['termed', 'Haddad termed the agreement "eminently achievable."', 'eminently achievable.'],
    ['thanking', 'Haddad hailed the pause, thanking "the government and local leaders for their restraint."', 'the government and local leaders for their restraint.'],
    ['called', 'Haddad called the vote a "disgrace."', 'disgrace.'],
    ['called on', 'Haddad called on members to be "closely coordinated."', 'closely coordinated.'],
    ['said inside a reported clause', 'Haddad said the talks had been "terribly disruptive" for everyone.', 'terribly disruptive'],
    ['attribution after', 'The decision "corrected a historic injustice," Haddad said.', 'corrected a historic injustice,'],
  ])('%s', (_label, text, quote) => {
    const qs = quotesOf(text, HADDAD).filter((q) => q.kind === 'partial');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([[quote, 'Omar Haddad']]);
  });

  it('makes a quotation opened by "that" and ending the sentence direct', () => {
    const qs = quotesOf('Haddad said that "lack of service is not a mere inconvenience, it endangers lives."', HADDAD);
    expect(qs[0]?.kind).toBe('direct');
  });
});

describe('indirect speech', () => {
  it.each([
    ['said that', 'The ministry said that the ceasefire had collapsed overnight.', 'the ceasefire had collapsed overnight', 'said'],
    ['said without that', 'The ministry said the ceasefire had collapsed overnight.', 'the ceasefire had collapsed overnight', 'said'],
    ['said on a day', 'The ministry said on Tuesday the ceasefire had collapsed.', 'the ceasefire had collapsed', 'said'],
    ['attribution after the content', 'The ceasefire had collapsed overnight, the ministry said.', 'The ceasefire had collapsed overnight', 'said'],
    ['attribution continued', 'The deadline expires at 9 am on Friday, the ministry continued.', 'The deadline expires at 9 am on Friday', 'continued'],
    ['announced that', 'The ministry early Friday announced that a ceasefire has been reached.', 'a ceasefire has been reached', 'announced'],
    ['told reporters', 'The ministry told reporters the border would reopen on Monday.', 'the border would reopen on Monday', 'told reporters'],
    ['told someone that', 'The ministry told a crowd of journalists that the border would reopen.', 'the border would reopen', 'told'],
    ['said in a statement that', 'The ministry said in a statement that the border would reopen.', 'the border would reopen', 'said in a statement'],
    ['ends at a contrast', 'The ministry said the border would reopen, while rebels said it would not.', 'the border would reopen', 'said'],
  ])('%s', (_label, text, content, cue) => {
    const qs = quotesOf(text, [['Interior Ministry', 'organization', ['the ministry', 'The ministry']]]);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: content, cue, speaker: { name: 'Interior Ministry' } });
  });

  it.each([
    ['after', 'More than 300 people were killed, according to the United Nations.', 'More than 300 people were killed'],
    ['before', 'According to the United Nations, more than 300 people were killed.', 'more than 300 people were killed'],
  ])('according to, %s the content', (_label, text, content) => {
    const qs = quotesOf(text, [['United Nations', 'organization', ['UN']]]);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: content, speaker: { name: 'United Nations', actorId: 'a1' } });
    expect(qs[0]!.cue?.toLowerCase()).toBe('according to');
  });

  it.each([
    ['a verb taking an infinitive', 'Republicans continue to warn that the deal was a mistake.', 'Republicans'],
    ['the object of "led"', 'The timing of the debate led Republicans to say that Democrats were hiding her.', 'Republicans'],
    ['people familiar with something', 'People familiar with the talks said the deal was close.', 'People familiar with the talks'],
    ['a subordinate clause after the verb', 'At least 82 were killed, officials said as dawn broke Saturday.', 'officials'],
  ])('subject: %s', (_label, text, speaker) => {
    const qs = quotesOf(text);
    expect(qs[0]?.kind).toBe('indirect');
    expect(qs[0]?.speaker?.name).toBe(speaker);
  });

  it.each([
    'Light is used to deliver messages from the navigation and other systems, such as suggesting a lane change, or can change to relaxing tones.',
    'He left without saying whether he would return.',
  ])('no report in an example or an absence: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
    expect(extract(text, { format: 'text', published: '2026-01-09' }).quotes).toEqual([]);
  });

  it.each(['automaker', 'carmaker', 'retailer'])('links "the %s said" to the company named before', (noun) => {
    const qs = quotesOf(`Volkswagen unveiled a new car on Monday. The ${noun} said it would go on sale next year.`, [['Volkswagen', 'organization']]);
    expect(qs[0]).toMatchObject({ kind: 'indirect', speaker: { name: 'Volkswagen', actorId: 'a1' } });
  });

  it('takes the subject of the main clause for a participle', () => {
    const qs = quotesOf('Haddad hailed the deal, saying it would end the war.', HADDAD);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'it would end the war', cue: 'saying', speaker: { name: 'Omar Haddad' } });
  });

  it('takes the subject of the first verb for a coordinated one', () => {
    const qs = quotesOf('The ambassador accused the rebels of meddling and warned that the army would respond.', [['Li Wei', 'person', [], ['ambassador']]]);
    expect(summary(qs)).toEqual([
      { kind: 'indirect', text: 'the rebels of meddling', speaker: 'Li Wei' },
      { kind: 'indirect', text: 'the army would respond', speaker: 'Li Wei' },
    ]);
  });

  it('lets an attribution after a reported clause speak for all of it', () => {
    const qs = quotesOf('Afterward, Haddad said he had relayed the offer to the rebels, Lina Saleh testified.', [...HADDAD, ['Lina Saleh', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'Afterward, Haddad said he had relayed the offer to the rebels', speaker: 'Lina Saleh' }]);
  });

  it('reports a clause with a short quoted word as indirect speech and the word as a partial quote', () => {
    const qs = quotesOf('Haddad told lawmakers it was his "duty" to report his concerns about the call.', HADDAD);
    expect(qs.map((q) => q.kind).sort()).toEqual(['indirect', 'partial']);
  });

  it('reports a clause that is mostly quoted as the quotation alone', () => {
    const qs = quotesOf('Haddad said he was "very moved" by it.', HADDAD);
    expect(summary(qs)).toEqual([{ kind: 'partial', text: 'very moved', speaker: 'Omar Haddad' }]);
  });
});

describe('speakers', () => {
  const actors: ActorSpec[] = [
    ['Omar Haddad', 'person', ['Haddad']],
    ['Interior Ministry', 'organization', ['the ministry']],
    ['Lina Saleh', 'person', ['Saleh']],
  ];

  it.each([
    ['he: the person named before', 'Omar Haddad met the Interior Ministry on Monday. He said the border would reopen.', 'Omar Haddad'],
    ['it: the organization named before', 'Omar Haddad met the Interior Ministry on Monday. It said the border would reopen.', 'Interior Ministry'],
    ['he: past a sentence opening with the same pronoun', 'Omar Haddad spoke first. He was angry about the Interior Ministry and Lina Saleh.\n\nHe said the border would reopen.', 'Omar Haddad'],
    ['he: the last speaker of the paragraph before', 'Omar Haddad said the talks had failed.\n\nIn a letter to Lina Saleh, the ministry urged calm. "We will not give up," he said.', 'Omar Haddad'],
    ['the ministry: its actor', 'Omar Haddad met officials. The deadline expires on Friday, the ministry said.', 'Interior Ministry'],
    ['a title before a name in an inverted attribution', 'The talks failed, said a senior official, Interior Ministry spokesman Omar Haddad.', 'Omar Haddad'],
    ['a long appositive with a list', '"The plans are steps in the right direction," Lina Saleh, minister of population, refugees, and migration, said on a call.', 'Lina Saleh'],
    ['a clause after "but" with an appositive', 'The army has been eager to leave, but Omar Haddad, head of the Interior Ministry, told reporters that troops would stay.', 'Omar Haddad'],
    ['a parenthesis before the verb', 'Rep. Omar Haddad (D-N.Y.) said the party would "come together" soon.', 'Omar Haddad'],
  ])('%s', (_label, text, name) => {
    const qs = quotesOf(text, actors);
    expect(qs.at(-1)?.speaker?.name).toBe(name);
  });

  it('writes an unnamed speaker as the phrase, with no actor', () => {
    const qs = quotesOf('The men were flown out of the region, according to a local police source.');
    expect(qs[0]?.speaker).toEqual({ name: 'a local police source', actorId: null });
  });

  it('keeps a spokesperson for an organization as the phrase, not the organization', () => {
    const qs = quotesOf('A spokesperson for the Foreign Office reiterated that settlements are illegal.', [['Foreign Office', 'organization']]);
    expect(qs[0]?.speaker).toEqual({ name: 'A spokesperson for the Foreign Office', actorId: null });
  });

  it('names a person from a titled phrase when no actor matches', () => {
    const qs = quotesOf('Indiana State Teachers Association President Keith Gambill said the state has the money.');
    expect(qs[0]?.speaker).toEqual({ name: 'Keith Gambill', actorId: null });
  });

  it('takes the issuer of a statement as its speaker', () => {
    const qs = quotesOf('Two soldiers died, the army said in a statement. "The cause is under investigation," the statement said.', [['US Army', 'organization', ['the army']]]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['US Army', 'US Army']);
  });

  it('reads "the senator" like "he": the subject of the sentence before', () => {
    const text = 'Sen. Marco Rubio responded first, ripping into President Barack Obama.\n\n"I have been warning about this," the Florida senator and presidential candidate said.';
    const qs = quotesOf(text, [['Marco Rubio', 'person', ['Rubio']], ['Barack Obama', 'person', ['Obama']]]);
    expect(qs[0]?.speaker?.name).toBe('Marco Rubio');
  });

  it('links the first of two coordinated names', () => {
    const qs = quotesOf('The United Nations and European Union stressed the decision would not change the law.', [
      ['United Nations', 'organization'],
      ['European Union', 'organization'],
    ]);
    expect(qs[0]?.speaker?.name).toBe('United Nations');
  });
});

describe('not quotes', () => {
  it.each([
    ['a mental state', 'Haddad believes the deal will hold.'],
    ['a stance', 'The rebels maintain serious reservations regarding the plan.'],
    ['the title of a work', 'She starred in "The Long Road Home" last year.'],
    ['a scare quote', 'The so-called "peace dividend" never came.'],
    ['a name given with a naming verb', 'Teachers joined a campaign called "Red for Ed" on Tuesday.'],
    ['a passive speech verb', 'He was told the flight had been cancelled.'],
    ['say as a noun', 'Residents want a say in the plan for the new road.'],
    ['a possessive before a verb form', "Trump's call with the president was improper, according to reports."],
    ['a participle after a noun that cannot speak', 'It breaks with resolutions declaring settlements to be illegal.'],
    ['a subject that cannot speak', 'But even after the growth cooled, the borrowing continued.'],
    ['a prepositional phrase after the verb', 'He testified about a meeting at the White House in July.'],
    ['an adverbial before an attribution', 'Calling for a new constitution, Haddad said, "We need change."'],
    ['a negated speech verb', 'The suspect had not admitted any role in the attack on the embassy.'],
    ['accused as an adjective', 'The FBI added accused killer James Kopp to its list of fugitives.'],
    ['a participle as an adjective', 'She has a lead in pledged delegates over her rival.'],
    ['an idiom', 'Dumping the contracts is easier said than done in this city.'],
    ['a title after a possessive', 'Haddad told ABC\'s "Good Morning America" that the talks would go on.'],
  ])('%s', (label, text) => {
    const qs = quotesOf(text, HADDAD);
    if (label === 'an adverbial before an attribution') expect(qs.map((q) => q.kind)).toEqual(['direct']);
    else if (label === 'a title after a possessive') expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'the talks would go on', speaker: 'Omar Haddad' }]);
    else expect(qs).toEqual([]);
  });
});

describe('one entry per quotation', () => {
  it('merges a quotation printed twice (a pull quote) into one quote with two mentions', () => {
    const text = '"We will not give up," Haddad said.\n\nThe talks went on.\n\n"We will not give up," Haddad said.';
    const qs = quotesOf(text, HADDAD);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.mentions).toHaveLength(2);
    expect(qs[0]!.id).toBe('q1');
  });

  it('numbers quotes in text order and points mentions at their text', () => {
    const text = '"A first thing here," Haddad said. The ministry said the border would reopen.';
    const qs = quotesOf(text, HADDAD);
    expect(qs.map((q) => q.id)).toEqual(['q1', 'q2']);
    for (const q of qs) expect(text.slice(q.mentions[0]!.start, q.mentions[0]!.end)).toBe(q.text);
  });
});

describe('hostile input', () => {
  it('scans 100,000 quotation marks quickly', () => {
    const text = 'He said "a" '.repeat(50000) + '"'.repeat(100000);
    const started = performance.now();
    const qs = quotesOf(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(qs.length).toBeGreaterThan(0);
  });

  it('handles a 2 MB line of words, marks and speech verbs in linear time', () => {
    const unit = 'officials said that "the plan, ';
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const started = performance.now();
    quotesOf(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('does not let a stray opening mark swallow the text', () => {
    const text = `Haddad said "the plan ${'and more words '.repeat(400)}.\n\nThe ministry said the border would reopen.`;
    const qs = quotesOf(text, HADDAD);
    expect(qs.every((q) => q.text.length < 200)).toBe(true);
  });
});

describe('seed article', () => {
  const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/aleppo-ceasefire.gold.json', import.meta.url), 'utf8')) as {
    quotes: Array<{ kind: string; speaker: string; text: string }>;
  };
  const result = extract(readFileSync(new URL('../../fixtures/aleppo-ceasefire.txt', import.meta.url), 'utf8'), { format: 'text' });
  const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

  it('finds each gold quote with its kind, once', () => {
    for (const g of gold.quotes) {
      const found = result.quotes.filter((q) => norm(q.text) === norm(g.text));
      expect(found, g.text).toHaveLength(1);
      expect(found[0]!.kind).toBe(g.kind);
    }
    expect(result.quotes).toHaveLength(gold.quotes.length);
  });

  it('links each gold quote to its speaker', () => {
    for (const g of gold.quotes) {
      const q = result.quotes.find((x) => norm(x.text) === norm(g.text));
      expect(q?.speaker?.name, g.text).toBe(g.speaker);
      expect(q?.speaker?.actorId).toMatch(/^a\d+$/);
    }
  });
});

/**
 * Quotes: one test per fix from the review of unseen political news
 * (notes/quotes-review.md). Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/quotes.js';
import { actorGender } from '../../src/extract/quotes/speaker.js';
import type { Quote } from '../../src/schema.js';
import { textContext, specActors, type ActorSpec } from '../helpers/context.js';


/** Quotes of paragraphs separated by blank lines; actors are mentioned wherever their name or an alias occurs. */
function quotesOf(text: string, specs: ActorSpec[] = []): Quote[] {
  const ctx = textContext(text);
  return extractQuotes(ctx, specActors(ctx.doc.text, specs));
}

const summary = (qs: Quote[]) => qs.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }));

describe('parenthetical attributions inside the reported clause', () => {
  it.each([
    ['pronoun', 'The turnout, she said, was the highest in a decade.', 'The turnout, she said, was the highest in a decade'],
    ['name', 'The only obstacle, Ms. Okafor said, is that the budget runs out in March.', 'The only obstacle, Ms. Okafor said, is that the budget runs out in March'],
    ['time after the verb', 'Unless donors return, she said on Monday, the clinic will close.', 'Unless donors return, she said on Monday, the clinic will close'],
    ['according to', 'The mayor had, according to two aides, rejected the offer before the vote.', 'The mayor had, according to two aides, rejected the offer before the vote'],
  ])('%s', (_label, sentence, content) => {
    const qs = quotesOf(`Grace Okafor runs the county election office. ${sentence}`, [['Grace Okafor', 'person', ['Okafor']]]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: content });
    expect(qs[0]!.mentions[0]!.rule).toMatch(/-inside$/);
  });

  it('keeps a closing attribution that ends its clause as before', () => {
    const qs = quotesOf('The turnout was the highest in a decade, Okafor said, and the counting went on all night.', [['Grace Okafor', 'person', ['Okafor']]]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'The turnout was the highest in a decade', speaker: 'Grace Okafor' }]);
  });

  it('does not treat an inverted subject with an appositive as parenthetical', () => {
    const qs = quotesOf('Turnout fell sharply, said Tom Reyes, a professor at the state university, who studies elections.', [['Tom Reyes', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'Turnout fell sharply', speaker: 'Tom Reyes' }]);
  });
});

describe('the clause before an attribution', () => {
  it('leaves an appositive description out of the content', () => {
    const qs = quotesOf('The company built the tool for emergencies, a spokeswoman, Lena Ortiz, said on Friday.', [['Lena Ortiz', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'The company built the tool for emergencies', speaker: 'Lena Ortiz' }]);
  });

  it('reports no leading adverbial clause as speech', () => {
    const qs = quotesOf('Minutes after the polls closed, the state party chairman announced three seats for the coalition.');
    expect(qs).toEqual([]);
  });
});

describe('subjects', () => {
  it('finds a name whose appositive holds a relative clause', () => {
    const qs = quotesOf(
      'Ann Pryce, a former budget official who is now a fellow at the Fiscal Institute, which studies public debt, said the plan was unfunded.',
      [['Ann Pryce', 'person'], ['Fiscal Institute', 'organization']],
    );
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'the plan was unfunded', speaker: 'Ann Pryce' }]);
  });

  it('takes ", and X, the adviser, said" for X, ending the clause before it', () => {
    const qs = quotesOf('The ministry contends that it will meet its targets, and Paul Marsh, the energy adviser, said his team was drafting new rules.', [
      ['Paul Marsh', 'person'],
    ]);
    expect(summary(qs)).toEqual([
      { kind: 'indirect', text: 'it will meet its targets', speaker: 'The ministry' },
      { kind: 'indirect', text: 'his team was drafting new rules', speaker: 'Paul Marsh' },
    ]);
  });

  it('gives a document issued by someone to its issuer', () => {
    const qs = quotesOf('The senator issued a statement on Tuesday saying "the bill is dead."', [['Senator Ruth Vance', 'person', ['The senator']]]);
    expect(qs[0]).toMatchObject({ speaker: { name: 'Senator Ruth Vance' } });
  });

  it.each([
    ['", however," between subject and verb', 'Dana Kroll, however, weighed in on Monday, saying that the coach should be fined.', 'the coach should be fined'],
    ['", but says that" shares the subject before it', 'Dana Kroll has rejected both reports, but says that she would have acted differently.', 'she would have acted differently'],
    ['"has since"', 'Dana Kroll has since stressed that she never saw the memo.', 'she never saw the memo'],
    ['a number of days before "that"', 'Dana Kroll announced two days earlier that she would step down.', 'she would step down'],
  ])('%s', (_label, sentence, content) => {
    const qs = quotesOf(sentence, [['Dana Kroll', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: content, speaker: 'Dana Kroll' }]);
  });

  it.each([
    ['a quantifier of a pronoun', 'Until the plant closed, most of them said they had loved the work.', 'most of them', 'they had loved the work'],
    ['a relative clause between subject and verb', 'Even senators who have praised the plan warned on Tuesday that the vote could fail.', 'senators', 'the vote could fail'],
    ['a participle between subject and verb', 'Nonetheless, union leaders backing the deal have said they expect it to pass.', 'union leaders', 'they expect it to pass'],
  ])('finds the speaker through %s', (_label, sentence, speaker, content) => {
    const qs = quotesOf(sentence);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: content, speaker }]);
  });

  it('reads "said ... that, if X, Y" with the aside in the content', () => {
    const qs = quotesOf('Lena Ortiz, the agency director, said in a statement Wednesday that, if the claims are true, the company broke the law.', [['Lena Ortiz', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'if the claims are true, the company broke the law', speaker: 'Lena Ortiz' }]);
  });

  it('ends the content of a cue in a subordinate clause at its comma', () => {
    const qs = quotesOf('Paul Marsh chairs the panel, and while he said he would hold a hearing, a vote is unlikely this year.', [['Paul Marsh', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'he would hold a hearing', speaker: 'Paul Marsh' }]);
  });

  it('does not end the content at a comma after "where"', () => {
    const qs = quotesOf('The fight moved to Newark, where prosecutors have said that if he is indicted, the government may seize his fees.');
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'if he is indicted, the government may seize his fees', speaker: 'prosecutors' }]);
  });

  it('gives ", but said" the subject of the sentence, past a relative clause', () => {
    const qs = quotesOf('The state news agency, which gives a daily tally, did not name him, but said on Friday that the team visited three sites.');
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'the team visited three sites', speaker: 'The state news agency' }]);
  });

  it('lets "According to X," report past a later verb that needs "that"', () => {
    const qs = quotesOf('According to the Jordanian government, the country had admitted more than a million refugees by 2016.');
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'the country had admitted more than a million refugees by 2016', speaker: 'the Jordanian government' }]);
  });

  it('skips the object of an infinitive to the speaker before its participle', () => {
    const qs = quotesOf('Republican activists clamoring to block Donald Brent from the nomination say they are gaining ground.', [['Donald Brent', 'person']]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'they are gaining ground', speaker: 'Republican activists' }]);
  });

  it('keeps the prepositional phrase of a speaker before "who"', () => {
    const qs = quotesOf('Democrats in Ohio who watched the debate said they were not worried.');
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'they were not worried', speaker: 'Democrats in Ohio' }]);
  });

  it('does not read "it is fair to say" as a report', () => {
    expect(quotesOf('Dana Kroll leads the race, and it is fair to say that her rivals have struggled.', [['Dana Kroll', 'person']])).toEqual([]);
  });

  it('looks for the antecedent of "he" in ", he said" outside the content it closes', () => {
    const qs = quotesOf('John Kasey spoke first. Nick Barr is still undecided. He is leaning toward Kasey, he said, because he wants to win.', [
      ['John Kasey', 'person', ['Kasey']],
      ['Nick Barr', 'person'],
    ]);
    expect(qs[0]!.speaker?.name).toBe('Nick Barr');
  });

  it.each([
    ['"an official familiar with X"', 'A senior official familiar with the investigation said that charges would be difficult.', 'A senior official familiar with the investigation', 'charges would be difficult'],
    ['a surname that is also a noun, mid-sentence', 'The group has raised $24 million so far, Law said.', 'Law', 'The group has raised $24 million so far'],
    ['"for the first time that"', 'Kirby said for the first time that some emails were withheld.', 'Kirby', 'some emails were withheld'],
  ])('finds %s', (_label, sentence, speaker, content) => {
    const qs = quotesOf(sentence);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: content, speaker }]);
  });

  it('goes on after ", he said," even when a past-tense cue word follows', () => {
    const qs = quotesOf('Rather, she said, continued losses will push the firm to sell.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'Rather, she said, continued losses will push the firm to sell' });
  });

  it('takes "those in favor of X" as a speaker', () => {
    const qs = quotesOf('Those in favor of the ban have said that it protects children.');
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'it protects children', speaker: 'Those in favor of the ban' }]);
  });

  it('ends the content of a cue in a relative clause at the main verb', () => {
    const qs = quotesOf('Mr. Vance, who had said that the judge was biased, issued an apology on Tuesday.', [['Peter Vance', 'person', ['Mr. Vance']]]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'the judge was biased', speaker: 'Peter Vance' }]);
  });
});

describe('content clauses', () => {
  it('reads "plural noun, adverb, bare verb" as a clause', () => {
    const qs = quotesOf('Election lawyers say such challenges rarely end up in court.');
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'such challenges rarely end up in court', speaker: 'Election lawyers' }]);
  });
});

describe('speaker names', () => {
  it('gives the name after a lower-case description ("the watchdog group Open Ledger")', () => {
    const qs = quotesOf('According to the watchdog group Open Ledger, the fund lost $2 million last year.');
    expect(qs[0]!.speaker).toEqual({ name: 'Open Ledger', actorId: null });
  });

  it('gives the person, not the place, for "Gov. X of Y"', () => {
    const qs = quotesOf('"We will appeal," former Gov. Alan Brisco of Montana said on Twitter.');
    expect(qs[0]!.speaker).toEqual({ name: 'Alan Brisco', actorId: null });
  });

  it('links "X of the Paper" to X, not to the paper', () => {
    const qs = quotesOf('The mayor had, according to Alex Hale of the Daily Ledger, rejected the offer.', [['Alex Hale', 'person'], ['Daily Ledger', 'organization']]);
    expect(qs[0]!.speaker).toEqual({ name: 'Alex Hale', actorId: 'a1' });
  });

  it('links a bare surname to the one person with it', () => {
    const qs = quotesOf('Marta Lindqvist, a professor at Uppsala, called it a turning point.\n\n"This is the first real reform in decades," Lindqvist said.', [
      ['Marta Lindqvist', 'person'],
    ]);
    expect(qs[qs.length - 1]!.speaker).toEqual({ name: 'Marta Lindqvist', actorId: 'a1' });
  });

  it('links "the 46-year-old" after the quotation to the person last named', () => {
    const qs = quotesOf('Maria Keller took the stage late.\n\n"He has always been a leader," said the 46-year-old.', [['Maria Keller', 'person']]);
    expect(qs[0]!.speaker).toEqual({ name: 'Maria Keller', actorId: 'a1' });
  });
});

describe('pronoun gender', () => {
  const ACTORS: ActorSpec[] = [
    ['Nicole Harper', 'person', ['Ms. Harper']],
    ['Donald Brent', 'person', ['Mr. Brent']],
  ];

  it('does not give "she" to a man named in the same sentence', () => {
    const qs = quotesOf('Nicole Harper has worked at the plant for 20 years.\n\nWhen she saw Mr. Brent on the news, she cheered. "I loved it," she said.', ACTORS);
    expect(qs[0]!.speaker).toEqual({ name: 'Nicole Harper', actorId: 'a1' });
  });

  it('does not give "he" to a woman named first', () => {
    const qs = quotesOf('Ms. Harper introduced Mr. Brent at the rally.\n\n"We will win this state," he said.', ACTORS);
    expect(qs[0]!.speaker).toEqual({ name: 'Donald Brent', actorId: 'a2' });
  });

  it('reads gender from honorifics, roles and first names', () => {
    const text = 'Mr. Okoro met Ms. Lind and Robert Hale and Karen Wu and the spokeswoman Pat Doe.';
    const actors = specActors(text, [
      ['Okoro', 'person'],
      ['Lind', 'person'],
      ['Robert Hale', 'person'],
      ['Karen Wu', 'person'],
      ['Pat Doe', 'person', [], ['spokeswoman']],
      ['Zorblax Quint', 'person'],
    ]);
    expect(actors.map((a) => actorGender(a, text))).toEqual(['m', 'f', 'm', 'f', 'f', null]);
  });
});

describe('pronoun antecedents', () => {
  it('follows a chain through a sentence whose subject is the pronoun after a leading phrase', () => {
    const qs = quotesOf('Although Mike Orr had outlined the book, he struggled to finish it. On July 27, 2006, he emailed Neil Grant about the plot. "Nothing happens in chapter three," he wrote.', [
      ['Mike Orr', 'person'],
      ['Neil Grant', 'person'],
    ]);
    expect(qs[0]!.speaker?.name).toBe('Mike Orr');
  });

  it('takes the subject after a leading clause, not a name inside it', () => {
    const qs = quotesOf('Lee Han spoke in New York on Monday.\n\nAsked whether he feared that Donald Brent, who has called the science a hoax, could win, Lee demurred.\n\n"There is just one science," he said.', [
      ['Lee Han', 'person', ['Lee']],
      ['Donald Brent', 'person'],
    ]);
    expect(qs[0]!.speaker?.name).toBe('Lee Han');
  });
});

describe('false quotes and missing cues', () => {
  it.each([
    ['a list of song titles', 'The band will play hits like “Listen To The Music,” “Long Train Running,” “Black Water” and “China Grove,” the singer said.'],
    ['a book title after "of"', 'Isabel, the heroine of “Opening Belle,” works at a bank, the author said.'],
  ])('%s', (_label, text) => {
    const qs = quotesOf(text);
    expect(qs.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });

  it('reads a clause holding a title as reported speech', () => {
    const qs = quotesOf('Ms. Sherry said she and her peers referred to themselves as “The Glass Ceiling Club” at the bank.', [['Maureen Sherry', 'person', ['Ms. Sherry']]]);
    expect(summary(qs)).toEqual([{ kind: 'indirect', text: 'she and her peers referred to themselves as “The Glass Ceiling Club” at the bank', speaker: 'Maureen Sherry' }]);
  });

  it('keeps a two-word epithet after "the"', () => {
    const qs = quotesOf('Mr. Brent assailed the judge as one of the “Never Brenters” who oppose him.', [['Donald Brent', 'person', ['Mr. Brent']]]);
    expect(summary(qs)).toContainEqual({ kind: 'partial', text: 'Never Brenters', speaker: 'Donald Brent' });
  });

  it('gives "the statement said" to the organization named before when no one spoke just before', () => {
    const qs = quotesOf('The Foreign Affairs Department condemned the bombings on Friday.\n\n"We deplore these senseless acts," the statement said.', [
      ['Foreign Affairs Department', 'organization'],
    ]);
    expect(qs[0]!.speaker).toEqual({ name: 'Foreign Affairs Department', actorId: 'a1' });
  });

  it('takes "the statement read" as a cue, and "read the letter" not', () => {
    const qs = quotesOf(
      'The label denied the claims on Friday.\n\n"At no point did we block her performance," the statement read. "We remain open to talks."\n\nShe read the letter aloud.',
    );
    expect(qs.map((q) => q.text)).toEqual(['At no point did we block her performance,', 'We remain open to talks.']);
    expect(qs[0]!.cue).toBe('read');
  });
});

describe('a speaker carried to the next quotation', () => {
  it('comes from the cue that reported the quotation, not a later cue in a subordinate clause', () => {
    const qs = quotesOf(
      '"They cannot be cancelled," spokesman Ron Lieb told the Journal in July, after Mayor Dee Blake stated an interest in ending the deals. "These contracts are binding."',
      [['Ron Lieb', 'person'], ['Dee Blake', 'person']],
    );
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ron Lieb', 'Ron Lieb']);
  });

  it('comes from a cue that reported nothing when the sentence has no other', () => {
    const qs = quotesOf('Gale Ross announced the lawsuit on Monday. "We are asking the court to stop the law."', [['Gale Ross', 'person']]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Gale Ross']);
  });
});

describe('hostile input for the review rules', () => {
  it('stays linear on a 1 MB line of parenthetical attributions, appositives and titles', () => {
    const unit = 'The plan, she said, was fine, and Ann Lee, a fellow who is at the Fund, which studies debt, said “Born In The USA,” “Black Water” were hits, ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const qs = quotesOf(text, [['Ann Lee', 'person']]);
    expect(performance.now() - started).toBeLessThan(8000);
    expect(qs.length).toBeGreaterThan(0);
  });
});

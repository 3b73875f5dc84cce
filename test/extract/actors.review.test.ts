/**
 * Failure modes found by reviewing the extractor's output on real news pages
 * (notes/review.md). Each case is a short sentence written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../src/extract/actors/actors.js';
import type { Actor } from '../../src/schema.js';
import { textContext } from '../helpers/context.js';

function actorsOf(text: string): Actor[] {
  return extractActors(textContext(text));
}

const names = (actors: Actor[]) => actors.map((a) => a.name);
const byName = (actors: Actor[], name: string) => actors.find((a) => a.name === name);

describe('technical terms, units, positions and state codes are no organizations', () => {
  it.each([
    ['The laptop has a faster CPU and a better GPU. The CPU runs cool and the GPU is quiet.', ['CPU', 'GPU']],
    ['Both ports carry HDMI and the screen shows 120 FPS. HDMI 2.1 is missing, and FPS drop in games.', ['HDMI', 'FPS']],
    ['The tour stops in Houston, TX, on Oct. 10 and in Raleigh, NC, on Oct. 12. Tickets for TX and NC shows sell fast.', ['TX', 'NC']],
    ['He had two INT and a TFL on Sunday. His INT total and TFL count lead the team.', ['INT', 'TFL']],
    ['Buy the BIG plan now. The BIG plan is cheaper.', ['BIG']],
  ])('%s', (text, absent) => {
    const found = names(actorsOf(text));
    for (const n of absent) expect(found).not.toContain(n);
  });

  it('keeps a real acronym that acts', () => {
    expect(names(actorsOf('The FBI said it had opened an inquiry. The FBI declined to comment.'))).toContain('FBI');
  });

  it('reads "there IS an" as emphasis, not the Islamic State', () => {
    expect(names(actorsOf('So now you know that there IS an oxygen bar in Delhi.'))).not.toContain('Islamic State');
  });

  it('drops a letter alone', () => {
    expect(names(actorsOf('The governor, a R from the north, said so. R said nothing else.'))).not.toContain('R');
  });
});

describe('names next to positions and price tags', () => {
  it.each([
    ['CB Greedy Williams played 60 snaps on Sunday.', 'Greedy Williams', 'CB Greedy Williams'],
    ['QB Baker Mayfield threw two touchdowns.', 'Baker Mayfield', 'QB Baker Mayfield'],
    ['The book, written by John Milbank RRP £25, is out now.', 'John Milbank', 'John Milbank RRP'],
  ])('%s', (text, name, wrong) => {
    const found = names(actorsOf(text));
    expect(found).toContain(name);
    expect(found).not.toContain(wrong);
  });
});

describe('products written with inner capitals need a cue to be organizations', () => {
  it('drops names used like products', () => {
    const found = names(actorsOf('The deal includes Apple AirPods and a DualShock controller. The FaceTime app works on both. AirPods sell well.'));
    expect(found).not.toContain('AirPods');
    expect(found).not.toContain('DualShock');
    expect(found).not.toContain('FaceTime');
  });

  it('keeps a company that speaks, employs or stands in a list of companies', () => {
    const found = names(actorsOf('WeWork said it would cut jobs. Executives from AT&T, Comcast/Xfinity and T-Mobile attended. "It is hard," said Jane Doe, a spokeswoman for DoorDash.'));
    expect(found).toContain('WeWork');
    expect(found).toContain('Comcast/Xfinity');
    expect(found).toContain('DoorDash');
  });

  it('reads a slash between capitals or countries as a list', () => {
    const found = names(actorsOf('The winner of Bulgaria/Israel/Hungary/Romania plays next. Our VR/AR team agrees.'));
    expect(found).not.toContain('Bulgaria/Israel/Hungary/Romania');
    expect(found).not.toContain('VR/AR');
  });
});

export { byName };

describe('venues, events, companies and titles are no persons', () => {
  it.each([
    ['The band plays Blossom Music Center on July 22.', 'Blossom Music Center'],
    ['Spain beat Russia in the Davis Cup Finals on Tuesday.', 'Davis Cup Finals'],
    ['The firm named him its new Chief Strategy Officer on Monday.', 'Strategy Officer'],
    ['Fans of Resident Evil will like the game.', 'Evil'],
  ])('%s', (text, wrong) => {
    for (const a of actorsOf(text)) expect(a.name === wrong && a.type === 'person').toBe(false);
  });

  it.each([
    ['The studio, Tequila Works, said the game was late.', 'Tequila Works'],
    ['Sky Sports reported the deal on Tuesday.', 'Sky Sports'],
    ['The lamp was made by Balmond Studio in London.', 'Balmond Studio'],
  ])('%s', (text, org) => {
    expect(byName(actorsOf(text), org)?.type).toBe('organization');
  });
});

describe('titles are not part of names', () => {
  it.each([
    ['Public Ombudsman Nadia Cruz said the deaths were caused by gunshots.', 'Nadia Cruz', 'Ombudsman Nadia Cruz'],
    ['Cmdr. Sean Robertson, a spokesman, declined to comment.', 'Sean Robertson', 'Cmdr. Sean Robertson'],
    ['Sens. Cory Booker and Kamala Harris spoke first.', 'Cory Booker', 'Sens. Cory Booker'],
    ['Lt Col Alexander Vindman testified on Tuesday.', 'Alexander Vindman', 'Lt Col Alexander Vindman'],
  ])('%s', (text, name, wrong) => {
    const found = names(actorsOf(text));
    expect(found).toContain(name);
    expect(found).not.toContain(wrong);
  });

  it('takes the organization out of "Founder of X Inc."', () => {
    const found = names(actorsOf('Michael Sims, CEO and Founder of Ceres Robotics Inc., said the lander was ready.'));
    expect(found).toContain('Ceres Robotics Inc.');
    expect(found.some((n) => n.startsWith('Founder'))).toBe(false);
  });

  it('reads "Head of X for Y" as a title', () => {
    const found = names(actorsOf('André Neu, Head of Platform Solutions for Ascom, said sales grew.'));
    expect(found.some((n) => n.startsWith('Head of'))).toBe(false);
  });
});

describe('organization names with "and" and "on"', () => {
  it.each([
    ['The U.S. Securities and Exchange Commission opened an inquiry.', 'U.S. Securities and Exchange Commission'],
    ['The Department of Health and Human Services issued a rule.', 'Department of Health and Human Services'],
    ['The National Institute on Drug Abuse estimated 964,000 users.', 'National Institute on Drug Abuse'],
    ['The contractor, Front Range Paving LLC, agreed to pay a fine.', 'Front Range Paving LLC'],
  ])('%s', (text, org) => {
    expect(byName(actorsOf(text), org)?.type).toBe('organization');
  });

  it.each([
    ['Russia and the European Commission disagreed.', 'Russia and the European Commission'],
    ['The Ministry of Trade, Industry and Energy said so.', 'Industry and Energy'],
    ['Big Machine and The Carlyle Group agreed a deal.', 'Big Machine and The Carlyle Group'],
  ])('does not join %s', (text, wrong) => {
    expect(names(actorsOf(text))).not.toContain(wrong);
  });
});

describe('a single unexplained name that speaks', () => {
  it.each([
    ['"Is it fixed?" Schiff asked.', 'Schiff'],
    ['Noem tweeted on Monday night that the campaign was working.', 'Noem'],
    ['"They need more games," says Ward.', 'Ward'],
  ])('%s is a person', (text, name) => {
    expect(byName(actorsOf(text), name)?.type).toBe('person');
  });

  it('keeps a company that reports as an organization', () => {
    expect(byName(actorsOf('Home prices rose, and Refinitiv reported the data on Monday.'), 'Refinitiv')?.type).toBe('organization');
  });

  it('does not take a plural noun at a sentence start for a name', () => {
    expect(names(actorsOf('Sources said the talks had stalled.'))).not.toContain('Sources');
  });
});

describe('countries listed after a locative preposition do not act', () => {
  it('reads "stores in the United States, Canada and Mexico, also cut" as places', () => {
    const found = names(actorsOf('The retailer, which has stores in the United States, Canada and Mexico, also cut its forecast.'));
    expect(found).not.toContain('Canada');
    expect(found).not.toContain('Mexico');
  });

  it('still reads a country that accuses as acting', () => {
    expect(byName(actorsOf('Russia accused the UK and the US of meddling.'), 'Russia')?.type).toBe('country');
  });
});

/**
 * Failure modes found by reviewing the extractor's output on real news pages
 * (notes/review.md). Each case is a short sentence written for the test.
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
  it('drops products named alone', () => {
    const found = names(actorsOf('The deal includes AirPods and a DualShock controller. FaceTime works on both.'));
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

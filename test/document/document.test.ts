import { describe, expect, it } from 'vitest';
import { buildDocument, sentenceAt, splitSentences } from '../../src/document/document.js';

const sentences = (p: string) => splitSentences(p).map((s) => p.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['He arrived on Jan. 9 in Aleppo. Talks began.', ['He arrived on Jan. 9 in Aleppo.', 'Talks began.']],
    ['Gen. Smith met Dr. Jones. They spoke.', ['Gen. Smith met Dr. Jones.', 'They spoke.']],
    ['The U.S. Army said so. It left.', ['The U.S. Army said so.', 'It left.']],
    ['She lives in the U.S. The move was hard.', ['She lives in the U.S.', 'The move was hard.']],
    ['"We are ready." He smiled.', ['"We are ready."', 'He smiled.']],
    ['“Is it over?” she asked. Nobody knew.', ['“Is it over?” she asked.', 'Nobody knew.']],
    ['John F. Kennedy spoke at 9 a.m. on Friday.', ['John F. Kennedy spoke at 9 a.m. on Friday.']],
    ['It cost $3.5 million. Then it fell.', ['It cost $3.5 million.', 'Then it fell.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
  ])('%s', (p, expected) => expect(sentences(p)).toEqual(expected));

  it('is linear on hostile input', () => {
    const p = 'Mr. '.repeat(100_000);
    const t = performance.now();
    splitSentences(p);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('buildDocument', () => {
  it('joins paragraphs with a blank line and keeps offsets', () => {
    const doc = buildDocument(['First one. Second one.', '  Third  paragraph. ']);
    expect(doc.text).toBe('First one. Second one.\n\nThird paragraph.');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(['First one. Second one.', 'Third paragraph.']);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.', 'Third paragraph.']);
    expect(doc.sentences[2]!.paragraph).toBe(1);
    expect(sentenceAt(doc, doc.text.indexOf('Third'))).toBe(2);
    expect(sentenceAt(doc, doc.text.indexOf('Second') + 3)).toBe(1);
  });
  it('drops empty paragraphs', () => {
    expect(buildDocument(['', '  ', 'x']).paragraphs).toHaveLength(1);
  });
});

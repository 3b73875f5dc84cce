import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../../src/document/document.js';
import { tokenize, type Token } from '../../../src/extract/places/tokens.js';

// The tokenizer as it was written with regexes (the hand scanner and the ASCII fast paths must agree with it).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const LOWER_PREFIX_CAP = /^(?:al|el|ez|ad|ash|as|an|ar|at|az|ul|bin|ibn|de|d|l)[-‐’'][\p{Lu}]/u;
function reference(text: string): Array<Omit<Token, 'sentence' | 'sentenceStart'>> {
  const out: Array<Omit<Token, 'sentence' | 'sentenceStart'>> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    const start = m.index;
    let poss = false;
    if (word.length > 2 && word.endsWith('s') && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      poss = true;
    } else if (text[start + word.length] === '’' || text[start + word.length] === "'") {
      const after = text[start + word.length + 1];
      if (word.endsWith('s') && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) poss = true;
    }
    const end = start + word.length;
    const first = word[0]!;
    const cap = /\p{Lu}/u.test(first) || LOWER_PREFIX_CAP.test(word);
    const lowerFirst = first !== first.toUpperCase() && /\p{L}/u.test(first);
    const letters = lowerFirst ? '' : word.replace(/[^\p{L}]/gu, '');
    const upper = !lowerFirst && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    out.push({ text: word, start, end, cap, poss, dot: text[end] === '.', upper, index: out.length });
  }
  return out;
}

const strip = (ts: Token[]) => ts.map(({ sentence: _s, sentenceStart: _ss, ...rest }) => rest);
const tokensOf = (text: string) => strip(tokenize(buildDocument([text])));

describe('places tokenize', () => {
  it.each([
    ['Aleppo’s mayor met U.S. envoys in al-Bab and D-Minn. NATO', ['Aleppo', 'mayor', 'met', 'U.S', 'envoys', 'in', 'al-Bab', 'and', 'D-Minn', 'NATO']],
    ['Kurdish-majority Qamishli, São Paulo; Ünye', ['Kurdish-majority', 'Qamishli', 'São', 'Paulo', 'Ünye']],
    ['x - y  ’s  5.5 𝐀𝐁c', ['x', 'y', 's', '5.5', '𝐀𝐁c']],
  ])('words of %s', (text, words) => {
    expect(tokensOf(text).map((t) => t.text)).toEqual(words);
  });

  it('cap and all-caps flags', () => {
    const [a, b, c, d, e] = tokensOf('UN al-Sisi Éric ÉTATS de');
    expect([a!.cap, a!.upper]).toEqual([true, true]);
    expect([b!.cap, b!.upper]).toEqual([true, false]);
    expect([c!.cap, c!.upper]).toEqual([true, false]);
    expect([d!.cap, d!.upper]).toEqual([true, true]);
    expect([e!.cap, e!.upper]).toEqual([false, false]);
  });

  it('agrees with the regex tokenizer on arbitrary text', () => {
    const chars = ['a', 'Z', 's', 'l', 'd', 'e', 'A', '1', ' ', '.', "'", '’', '-', '‐', 'é', 'É', '\u0301', 'ß', 'İ', '𝐀', '\ud835', '٣', ',', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (arr) => {
        const doc = buildDocument([arr.join('')]);
        expect(strip(tokenize(doc))).toEqual(reference(doc.text));
      }),
      { numRuns: 3000 },
    );
  });
});

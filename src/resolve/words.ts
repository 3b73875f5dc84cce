/**
 * English words compromise's lexicon lacks ("security", "regime", "machine"),
 * from data/english-words.txt (SCOWL, see scripts/build-wordlist.mjs), read on
 * first use, once per process.
 */
import { readFileSync } from 'node:fs';

let words: Set<string> | null = null;

/** Is the lower-case word an English dictionary word (beyond compromise's lexicon)? */
export function isDictionaryWord(lower: string): boolean {
  if (!words) {
    const text = readFileSync(new URL('../../data/english-words.txt', import.meta.url), 'utf8');
    words = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  }
  return words.has(lower);
}

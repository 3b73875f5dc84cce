#!/usr/bin/env node
/**
 * Build data/english-words.txt: lower-case English words (3+ letters) from SCOWL's
 * small American list, which compromise's lexicon lacks ("security", "regime",
 * "machine"). The actors extractor uses it to tell a capitalised common word
 * ("Homeland Security", "Regime") from an unknown name ("Maurkice Pouncey").
 *
 *   apt-get install wamerican-small   # /usr/share/dict/american-english-small
 *   node scripts/build-wordlist.mjs [path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';

const src = process.argv[2] ?? '/usr/share/dict/american-english-small';
const lexicon = nlp.model().one.lexicon;
const words = new Set();
for (const w of readFileSync(src, 'utf8').split('\n')) {
  if (!/^[a-z]{3,}$/.test(w)) continue;
  const v = lexicon[w];
  // compromise knows it already, as a word or as a name: not needed
  if (v !== undefined) continue;
  words.add(w);
}
const header = `# Lower-case English words from SCOWL (Spell Checker Oriented Word Lists), size 35 American list,
# less the words compromise's lexicon knows. Built by scripts/build-wordlist.mjs.
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word
# lists, the associated scripts, the output created from the scripts, and its documentation for any purpose
# is hereby granted without fee, provided that the above copyright notice appears in all copies and that both
# that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as is" without express
# or implied warranty.
`;
writeFileSync(new URL('../data/english-words.txt', import.meta.url), `${header}${[...words].sort().join('\n')}\n`);
console.log(`${words.size} words`);

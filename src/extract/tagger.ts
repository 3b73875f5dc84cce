/**
 * The compromise tagger, made cheaper without changing a single tag
 * (bench/tagcmp.mjs checks every term of the eval texts; ~2.5x faster).
 *
 * 1. A faster `bulkMatch` (the sweep behind compromise's post-tagger). The
 *    stock one tests every sentence piece against all ~730 hook keys of the
 *    match net, concatenating arrays as it goes, then filters the candidate
 *    list three times; that was ~40% of the whole parse. This one reaches
 *    each pattern through one key the piece has (integer ids), filters once,
 *    restores the stock candidate order (hook-key order, then each key's list,
 *    first occurrence wins), and runs compromise's own matcher only from the
 *    positions where the pattern's first (and second) token can match.
 *    Same matches, same order, so the same tags.
 * 2. `tagText()` runs the parse hooks without the three-level `chunks` hook
 *    (noun/verb phrase chunks, which only compromise's three-level methods
 *    read); `withChunks()` adds them when someone wants the full View.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

/**
 * compromise, loaded as the package's one-file build (its `require` entry)
 * rather than its ~450 ES module source files: the same code, ~130 ms less
 * CPU at start-up. Everything in newsx uses this one instance (a second
 * instance would have a world without the fast sweep).
 */
export const nlp: typeof nlpType = createRequire(import.meta.url)('compromise');

export type NlpView = ReturnType<typeof nlp>;

/* ---- compromise internals, as far as the sweep needs them ---------------- */

interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
  id: string;
  index?: [number, number];
  [k: string]: unknown;
}
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  fuzzy?: boolean;
  id?: string;
  anything?: boolean;
  choices?: unknown;
  negative?: boolean;
  optional?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  [k: string]: unknown;
}
interface Match {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  [k: string]: unknown;
}
interface Net {
  hooks: Record<string, Match[]>;
  always: Match[];
}
interface Methods {
  one: {
    cacheDoc(doc: Term[][]): Set<string>[];
    match(docs: Term[][], todo: Match): { ptrs: number[][] };
  };
}

/**
 * Per net, with integer ids for speed: hook keys by rank (their stock
 * iteration order; ifNo words get ids after them), matches by id with their
 * needs, wants and ifNo as key ids, and for each match the hook keys it hangs
 * under as (key rank, place in that key's list), which gives the stock
 * candidate order. A sparse index reaches each match through one key only: a
 * need (all needs must be present, so any one will do) or, for a match with
 * no needs, each of its wants (any one reaches it in the stock hooks too).
 */
interface NetIndex {
  /** false when the net has two matches with one match string (stock de-duplication by string then matters): use the plain path */
  fast: boolean;
  keys: string[];
  keyId: Map<string, number>;
  matches: Match[];
  needs: number[][];
  wants: number[][];
  ifNo: number[][];
  /** per match: [rank, place, rank, place, ...] sorted by rank */
  order: number[][];
  /** sort key factors: (rank * places + place) * matches + id */
  places: number;
  /** per hook key: ids of the matches reached through it */
  entry: number[][];
  /** per hook key: pieces seen with it, to pick each match's rarest need */
  seen: Float64Array;
  /** per key / per match: the last piece it was present in / considered for */
  present: Int32Array;
  stamp: Int32Array;
  piece: number;
  nextReindex: number;
}
const netIndex = new WeakMap<Net, NetIndex>();

function indexNet(net: Net): NetIndex {
  let ix = netIndex.get(net);
  if (ix) return ix;
  const keys = Object.keys(net.hooks);
  const keyId = new Map(keys.map((k, i) => [k, i]));
  const matches: Match[] = [];
  const matchId = new Map<Match, number>();
  const order: number[][] = [];
  const strings = new Map<string, Match>();
  let fast = true;
  let places = 1;
  keys.forEach((k, r) => {
    net.hooks[k]!.forEach((m, place) => {
      const prior = strings.get(m.match);
      if (prior !== undefined && prior !== m) fast = false;
      strings.set(m.match, m);
      let id = matchId.get(m);
      if (id === undefined) {
        matchId.set(m, (id = matches.length));
        matches.push(m);
        order.push([]);
      }
      order[id]!.push(r, place); // keys are visited in rank order, so this stays sorted
      places = Math.max(places, place + 1);
    });
  });
  const idOf = (k: string): number => {
    let id = keyId.get(k);
    if (id === undefined) keyId.set(k, (id = keyId.size));
    return id;
  };
  const needs = matches.map((m) => m.needs.map(idOf));
  const wants = matches.map((m) => m.wants.map(idOf));
  const ifNo = matches.map((m) => (m.ifNo ?? []).map(idOf));
  ix = {
    fast,
    keys,
    keyId,
    matches,
    needs,
    wants,
    ifNo,
    order,
    places,
    entry: keys.map(() => []),
    seen: new Float64Array(keys.length),
    present: new Int32Array(keyId.size),
    stamp: new Int32Array(matches.length),
    piece: 0,
    nextReindex: 300,
  };
  reindex(ix);
  netIndex.set(net, ix);
  return ix;
}

/**
 * (Re)build the sparse index, reaching a match with needs through the need
 * seen in the fewest pieces so far (before any counts: a word over a tag, a
 * deeper tag over a broader one). Which key is chosen changes the speed only,
 * never the result.
 */
function reindex(ix: NetIndex): void {
  ix.entry = ix.keys.map(() => []);
  const score = (id: number): number => {
    if (ix.piece > 0) return ix.seen[id]!;
    const key = ix.keys[id]!;
    return key.startsWith('#') ? -tagDepth(key.slice(1)) : -100;
  };
  ix.matches.forEach((m, id) => {
    const needs = ix.needs[id]!;
    if (needs.length > 0) {
      let best = needs[0]!;
      for (const need of needs) if (score(need) < score(best)) best = need;
      ix.entry[best]!.push(id);
    } else {
      for (const want of new Set(ix.wants[id])) ix.entry[want]!.push(id);
    }
  });
}

/** The stock candidate filter (compromise's trim-down and too-small steps), on key ids present in this piece. */
function passesIds(ix: NetIndex, id: number, length: number): boolean {
  const present = ix.present;
  const piece = ix.piece;
  for (const k of ix.needs[id]!) if (present[k] !== piece) return false;
  for (const k of ix.ifNo[id]!) if (present[k] === piece) return false;
  const wants = ix.wants[id]!;
  const m = ix.matches[id]!;
  if (wants.length > 0) {
    let found = 0;
    for (const k of wants) if (present[k] === piece) found++;
    if (found < m.minWant) return false;
  }
  return length >= m.minWords;
}

/** The stock candidate filter (compromise's trim-down and too-small steps). */
function passes(m: Match, haves: Set<string>, length: number): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length > 0) {
    let found = 0;
    for (const w of m.wants) if (haves.has(w)) found++;
    if (found < m.minWant) return false;
  }
  return length >= m.minWords;
}

const BEFORE_SWITCH = ['method', 'pre', 'post', 'regex', 'chunk'];
const BEFORE_FAST_OR = ['machine', 'sense'];

type TermTest = (term: Term) => boolean;

/**
 * A test of whether `reg`, as the first token of a pattern, can match a term:
 * false only when compromise's matcher surely fails there. Null (no test) for
 * regs where a failed first term does not kill the match at that position:
 * optional, negative, `.`, `^`, greedy-to-end, and kinds not mirrored here.
 */
function firstTest(reg: Reg | undefined): TermTest | null {
  if (reg === undefined || reg.anything || reg.negative || reg.optional || reg.start || (reg.end && reg.greedy)) return null;
  if (reg.choices !== undefined) return choicesTest(reg);
  return termTest(reg);
}

/**
 * `(a b|#Noun)`, `(#Noun && #Hyphenated)`: an or-block needs one choice whose
 * first reg matches the term, an and-block all of them (and-or.js: tryChoice,
 * doAndBlock), choice regs being tested with the plain term test.
 */
function choicesTest(reg: Reg): TermTest | null {
  const choices = reg.choices as unknown;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const tests: Array<TermTest | null> = [];
  for (const c of choices as unknown[]) {
    if (!Array.isArray(c) || c.length === 0) return null;
    const r = c[0] as Reg;
    tests.push(r.negative || r.optional || r.anything || r.start ? null : termTest(r));
  }
  if (reg.operator === 'or') {
    if (tests.some((t) => t === null)) return null;
    const ts = tests as TermTest[];
    return (t) => ts.some((f) => f(t));
  }
  if (reg.operator === 'and') {
    const ts = tests.filter((t): t is TermTest => t !== null);
    if (ts.length === 0) return null;
    return (t) => ts.every((f) => f(t));
  }
  return null;
}

/** compromise's term test (doesMatch) for one reg, when it is a word, tag, switch or fast-or; null otherwise. */
function termTest(reg: Reg): TermTest | null {
  if (reg.id !== undefined || reg.choices !== undefined || reg.anything) return null;
  if (reg.word !== undefined) {
    const word = reg.word;
    if (reg.fuzzy) return null;
    const use = reg.use;
    if (use) return (t) => word === t[use];
    return (t) => word === t.text || word === t.normal || (t.machine != null && t.machine === word) || (t.alias !== undefined && t.alias.includes(word));
  }
  if (reg.tag !== undefined) {
    const tag = reg.tag;
    return (t) => t.tags.has(tag);
  }
  // doesMatch tests these, in this order, before a switch and a fast-or set
  for (const k of BEFORE_SWITCH) if (reg[k] !== undefined) return null;
  if (reg.switch !== undefined) {
    const sw = reg.switch;
    return (t) => t.switch === sw;
  }
  for (const k of BEFORE_FAST_OR) if (reg[k] !== undefined) return null;
  if (reg.fastOr !== undefined) {
    const set = reg.fastOr;
    const pos = reg.pos;
    return (t) => {
      if (pos && !t.tags.has(pos)) return false;
      const str = (t.root || t.implicit || t.machine || t.normal) as string;
      return set.has(str) || set.has(t.text);
    };
  }
  return null;
}

/**
 * For a match: the first-term test; the second-term test, for the term after
 * a first reg that takes exactly one term (not greedy, not optional, not `$`;
 * the caller skips it after a contraction's first half, which the matcher may
 * step over); and the number of terms a match needs.
 */
interface First {
  test: TermTest | null;
  test2: TermTest | null;
  minLength: number;
}
const firstReg = new WeakMap<Match, First>();
function firstOf(m: Match): First {
  let f = firstReg.get(m);
  if (!f) {
    let minLength = 0;
    for (const r of m.regs) if (r.optional !== true && r.negative !== true) minLength++;
    const reg0 = m.regs[0];
    const test = firstTest(reg0);
    const single = test !== null && reg0 !== undefined && reg0.choices === undefined && !reg0.greedy && !reg0.end;
    f = { test, test2: single ? firstTest(m.regs[1]) : null, minLength };
    firstReg.set(m, f);
  }
  return f;
}

/** Can the match start anywhere in the piece? (compromise's match tries each start up to length - minLength) */
function mayStart(m: Match, terms: Term[]): boolean {
  const { test, minLength } = firstOf(m);
  if (!test) return true;
  const last = terms.length - minLength;
  for (let i = 0; i <= last; i++) if (test(terms[i]!)) return true;
  return false;
}

/** The matches to run on a piece, in the stock order (fast index). */
function candidatesFast(ix: NetIndex, haves: Set<string>, length: number): Match[] {
  if (ix.piece >= 0x3fffffff) {
    ix.present.fill(0);
    ix.stamp.fill(0);
    ix.piece = 0;
  }
  const piece = ++ix.piece;
  if (piece >= ix.nextReindex) {
    ix.nextReindex *= 10;
    reindex(ix);
  }
  const nHooks = ix.keys.length;
  const hooked: number[] = [];
  for (const item of haves) {
    const id = ix.keyId.get(item);
    if (id === undefined) continue;
    ix.present[id] = piece;
    if (id < nHooks) {
      ix.seen[id]!++;
      if (ix.entry[id]!.length > 0) hooked.push(id);
    }
  }
  const todo: number[] = [];
  const n = ix.matches.length;
  for (const h of hooked) {
    for (const id of ix.entry[h]!) {
      if (ix.stamp[id] === piece) continue;
      ix.stamp[id] = piece;
      if (!passesIds(ix, id, length)) continue;
      // stock order: the first of its hook keys present in the piece, then its place in that key's list
      const o = ix.order[id]!;
      let k = 0;
      while (ix.present[o[k]!] !== piece) k += 2;
      todo.push((o[k]! * ix.places + o[k + 1]!) * n + id);
    }
  }
  todo.sort((a, b) => a - b);
  const out: Match[] = new Array(todo.length);
  for (let i = 0; i < todo.length; i++) out[i] = ix.matches[todo[i]! % n]!;
  return out;
}

/** The matches to run on a piece, in the stock order (stock algorithm, fewer allocations). */
function candidatesPlain(net: Net, ix: NetIndex, haves: Set<string>, length: number): Match[] {
  const ranks: number[] = [];
  for (const item of haves) {
    const id = ix.keyId.get(item);
    if (id !== undefined && id < ix.keys.length) ranks.push(id);
  }
  ranks.sort((a, b) => a - b);
  const seen = new Set<string>();
  const todo: Match[] = [];
  for (const r of ranks)
    for (const m of net.hooks[ix.keys[r]!]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (passes(m, haves, length)) todo.push(m);
    }
  return todo;
}

/* ---- compromise's matcher, entered per start position -------------------- */

type FromHere = (terms: Term[], regs: Reg[], start: number, length: number) => { pointer: number[]; groups: Record<string, number[]> } | null;
type Found = { pointer: number[]; groups: Record<string, number[]> };
interface MatchInternals {
  fromHere: FromHere;
  getGroup(res: Found[], group: unknown): { ptrs: number[][] };
  notIf(res: Found[], not: unknown, docs: Term[][]): Found[];
}

/**
 * compromise's own per-position matcher and result helpers (the modules its
 * `match` is made of), so that start positions whose first term cannot match
 * are skipped without a slice and a matcher state each. When they cannot be
 * loaded (another compromise layout), `methods.one.match` is used as is.
 */
async function loadInternals(): Promise<MatchInternals | null> {
  try {
    const base = import.meta.resolve('compromise');
    const dir = new URL('./1-one/match/methods/match/', base);
    const [a, b, c] = await Promise.all([import(new URL('02-from-here.js', dir).href), import(new URL('03-getGroup.js', dir).href), import(new URL('03-notIf.js', dir).href)]);
    const ix = { fromHere: a.default, getGroup: b.default, notIf: c.default } as MatchInternals;
    return typeof ix.fromHere === 'function' && typeof ix.getGroup === 'function' && typeof ix.notIf === 'function' ? ix : null;
  } catch {
    return null;
  }
}
const internals = await loadInternals();

/** Whether compromise's matcher modules were found (else the slower stock `match` is used; results are the same). */
export const hasMatcherInternals = internals !== null;

/** compromise's match of one pattern on one piece (match/index.js), skipping starts whose first term cannot match. */
function matchPiece(ix: MatchInternals, terms: Term[], m: Match): { ptrs: number[][] } {
  const { regs } = m;
  if (!regs || regs.length === 0) return { ptrs: [] };
  const { test, test2, minLength } = firstOf(m);
  let results: Found[] = [];
  if (regs[0]!.start === true) {
    const res = ix.fromHere(terms, regs, 0, terms.length);
    if (res) results.push(setPiece(res));
  } else {
    for (let i = 0; i < terms.length; i++) {
      if (terms.length - i < minLength) break;
      if (test && !test(terms[i]!)) continue;
      if (test2 && !terms[i]!.implicit && !test2(terms[i + 1]!)) continue;
      const res = ix.fromHere(terms.length > LONG_PIECE ? windowOf(terms, i) : terms.slice(i), regs, i, terms.length);
      if (res) {
        results.push(setPiece(res));
        if (m.justOne === true) break;
        const end = res.pointer[2]!;
        if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
      }
    }
  }
  if (regs[regs.length - 1]!.end === true) results = results.filter((res) => terms.length === res.pointer[2]);
  if (m.notIf) results = ix.notIf(results, m.notIf, [terms]);
  const out = ix.getGroup(results, m.group);
  for (const ptr of out.ptrs) {
    ptr[3] = terms[ptr[1]!]!.id as unknown as number;
    ptr[4] = terms[ptr[2]! - 1]!.id as unknown as number;
  }
  return out;
}

/**
 * Past this many terms, a piece (a sentence stretch without commas; only
 * hostile or broken text has such long ones) is handed to the matcher as a
 * window rather than a copy from each start position, which made a 200,000
 * character run-on sentence quadratic (seconds).
 */
const LONG_PIECE = 128;

/**
 * `terms.slice(from)` without the copy: the matcher reads only `length` and
 * indexes; anything else is served by a real slice, made on first need.
 */
function windowOf(terms: Term[], from: number): Term[] {
  let copy: Term[] | null = null;
  const real = (): Term[] => (copy ??= terms.slice(from));
  return new Proxy(terms, {
    get(target, prop) {
      if (typeof prop === 'string') {
        if (prop === 'length') return target.length - from;
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57 && String(Number(prop)) === prop) return target[from + Number(prop)];
      }
      const r = real();
      const v: unknown = Reflect.get(r, prop, r);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(r) : v;
    },
    has(_target, prop) {
      return Reflect.has(real(), prop);
    },
  });
}

function setPiece(res: Found): Found {
  res.pointer[0] = 0;
  for (const k of Object.keys(res.groups)) res.groups[k]![0] = 0;
  return res;
}

let tagDepth: (tag: string) => number = () => 0;

/** The sweep's bulkMatch: same results, same order as compromise's. */
function fastBulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document);
  const ix = indexNet(net);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const terms = document[n]!;
    const todo = ix.fast ? candidatesFast(ix, haves, terms.length) : candidatesPlain(net, ix, haves, terms.length);
    // 'always' matches come after the hooked ones and are not filtered by needs
    for (const m of net.always) if (terms.length >= m.minWords) todo.push(m);
    for (const m of todo) {
      let res: { ptrs: number[][] };
      if (internals) res = matchPiece(internals, terms, m);
      else if (mayStart(m, terms)) res = methods.one.match([terms], m);
      else continue;
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const found: Record<string, unknown> = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) found.unTag = m.unTag;
          results.push(found);
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
}

let installed = false;

/** Install the faster sweep into compromise's world (idempotent). */
export function installFastSweep(): void {
  if (installed) return;
  installed = true;
  const tagSet = (nlp.world() as unknown as { model: { one: { tagSet: Record<string, { parents?: string[] }> } } }).model.one.tagSet;
  tagDepth = (tag) => tagSet[tag]?.parents?.length ?? 0;
  (nlp as unknown as { plugin(p: unknown): void }).plugin({ methods: { one: { bulkMatch: fastBulkMatch } } });
  installCheapTokenize();
}

/* ---- tokenization and the frozen lexicon, cheaper ------------------------ */

interface World {
  model: { one: { frozenLex: Record<string, string[] | string>; _multiCache?: Record<string, number> } };
  methods: {
    one: {
      setTag(terms: Term[], tag: string[] | string, world: World, isSafe: boolean, reason: string): void;
      tokenize: {
        splitSentences(input: string, world: World): string[];
        splitTerms(txt: string, model: unknown): string[];
        splitWhitespace(txt: string, model: unknown): ParsedTerm;
        fromString(input: string, world: World): Term[][];
      };
    };
  };
  compute: Record<string, (view: { world: World; docs: Term[][] }) => void>;
}
interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
}
type Normalize = (term: ParsedTerm, world: World) => void;

/** compromise's term normaliser (compute/normal), the function its `fromString` calls on every term; null if not found. */
async function loadNormalize(): Promise<Normalize | null> {
  try {
    const mod = (await import(new URL('./1-one/tokenize/compute/normal/index.js', import.meta.resolve('compromise')).href)) as { default?: unknown };
    return typeof mod.default === 'function' ? (mod.default as Normalize) : null;
  } catch {
    return null;
  }
}
const normalizeTerm = await loadNormalize();

/** Past this many entries a memo starts afresh (words of the language repeat; the rest is bounded). */
const MEMO_MAX = 50_000;

/**
 * compromise splits every term into text and punctuation (`splitWhitespace`)
 * and normalises it (`normal`) afresh, through Array.from and a dozen regexes
 * per word, although the same few thousand words make up most text. Both are
 * pure functions of the term's string (and of the model, fixed once the
 * plugins are loaded), so their results are memoised; `fromString` is
 * compromise's parse.js with the memoised normaliser. Fresh term objects
 * every time, with the same fields in the same order. `freeze` is compromise's
 * frozen-lexicon compute without an array slice, map and join per multi-word
 * candidate.
 */
function installCheapTokenize(): void {
  const world = nlp.world() as unknown as World;
  const tok = world.methods.one.tokenize;
  const splitWhitespace = tok.splitWhitespace;
  let wsModel: unknown = null;
  const wsMemo = new Map<string, ParsedTerm>();
  const memoSplitWhitespace = (txt: string, model: unknown): ParsedTerm => {
    if (typeof txt !== 'string') return splitWhitespace(txt, model);
    if (model !== wsModel) {
      wsMemo.clear();
      wsModel = model;
    }
    let hit = wsMemo.get(txt);
    if (hit === undefined) {
      hit = splitWhitespace(txt, model);
      if (wsMemo.size >= MEMO_MAX) wsMemo.clear();
      wsMemo.set(txt, { text: hit.text, pre: hit.pre, post: hit.post, tags: new Set() });
      return hit;
    }
    return { text: hit.text, pre: hit.pre, post: hit.post, tags: new Set() };
  };
  const methods: Record<string, unknown> = { splitWhitespace: memoSplitWhitespace };
  if (normalizeTerm) {
    const normalize = normalizeTerm;
    // normalize reads the world's killUnicode and unicode table (views may carry copies of the world with the same parts)
    let nKill: unknown = null;
    let nTable: unknown = null;
    const nMemo = new Map<string, string>();
    methods.fromString = (input: string, w: World): Term[][] => {
      const { splitSentences, splitTerms, splitWhitespace: splitWs } = w.methods.one.tokenize;
      const model = (w as unknown as { model: unknown }).model;
      const kill = (w.methods.one as { killUnicode?: unknown }).killUnicode;
      const table = (w.model.one as { unicode?: unknown }).unicode;
      if (kill !== nKill || table !== nTable) {
        nMemo.clear();
        nKill = kill;
        nTable = table;
      }
      const sentences = splitSentences(input || '', w);
      return sentences.map((txt) => {
        const terms = splitTerms(txt, model).map((t) => splitWs(t, model));
        for (const t of terms) {
          const text = t.text;
          const hit = typeof text === 'string' ? nMemo.get(text) : undefined;
          if (hit !== undefined) t.normal = hit;
          else {
            normalize(t, w);
            if (typeof text === 'string' && typeof t.normal === 'string') {
              if (nMemo.size >= MEMO_MAX) nMemo.clear();
              nMemo.set(text, t.normal);
            }
          }
        }
        return terms as unknown as Term[];
      });
    };
  }
  // assigned in place: a plugin would replace the whole `tokenize` object
  Object.assign(tok, methods);
  for (const name of ['freeze', 'frozen']) if (typeof world.compute[name] === 'function') world.compute[name] = fastFreeze;
}

/** compromise's freeze compute (1-one/freeze/compute.js), same calls in the same order. */
function fastFreeze(view: { world: World; docs: Term[][] }): void {
  const world = view.world;
  const { model, methods } = world;
  const setTag = methods.one.setTag;
  const { frozenLex } = model.one;
  const multi = (model.one._multiCache || {}) as Record<string, number>;
  const has = Object.prototype.hasOwnProperty;
  const joined: string[] = [];
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i]!;
      const word = (t.machine || t.normal) as string;
      if (multi[word] !== undefined && terms[i + 1]) {
        const end = i + multi[word]! - 1;
        // joined[j] = the words i..i+j, space-separated (a slice past the end is cut short, as in the stock loop)
        const last = Math.min(end, terms.length - 1);
        joined.length = 0;
        let s = word;
        joined.push(s);
        for (let k = i + 1; k <= last; k++) {
          s = `${s} ${(terms[k]!.machine || terms[k]!.normal) as string}`;
          joined.push(s);
        }
        for (let k = end; k > i; k -= 1) {
          const str = joined[Math.min(k, last) - i]!;
          if (has.call(frozenLex, str) === true) {
            const words = terms.slice(i, k + 1);
            setTag(words, frozenLex[str]!, world, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
      }
      if (frozenLex[word] !== undefined && has.call(frozenLex, word)) {
        setTag([t], frozenLex[word]!, world, false, '1-freeze-lexicon');
        t.frozen = true;
        continue;
      }
    }
  }
}

/** Tag `text` like `nlp(text)` does, without the phrase chunks. */
export function tagText(text: string): NlpView {
  installFastSweep();
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** Add compromise's phrase chunks to a view made by tagText (once). */
export function withChunks(view: NlpView): NlpView {
  view.compute('chunks');
  return view;
}

/**
 * Actors: people, organizations, groups and countries acting as
 * governments. The steps, in order:
 *   1. tokens      words of the shared compromise parse, with offsets (tokens.ts)
 *   2. chunks      runs of capitalised words (candidates.ts)
 *   3. candidates  what each chunk is, with roles (candidates.ts, roles.ts)
 *   4. groups      "Kurdish-led forces" (candidates.ts)
 *   5. entities    candidates merged into one entity per actor (resolve/aliases.ts):
 *                  persons, organizations (acronyms, ministries, suffixes),
 *                  countries and governments, surnames and unknown names,
 *                  back-references ("the ministry")
 *   6. output      names, aliases, roles, mentions, ids in order of first mention
 */
import type { ExtractContext } from '../context.js';
import { mention } from '../context.js';
import type { Actor } from '../../schema.js';
import { buildTokens, breakAfter, type Token } from './tokens.js';
import { analyzeChunk, buildLookups, findChunks, findGroups, isCommonWord, isGivenName, nameShaped, type Candidate, type ChunkContext } from './candidates.js';
import { countryByDemonym } from './lexicon/countries.js';
import { sameGivenName } from './lexicon/names.js';
import { gazetteer } from '../../resolve/gazetteer.js';
import { isDictionaryWord } from '../../resolve/words.js';
import {
  PARTY_MEMBERS,
  FACILITY_HEADS,
  LOCATIVE_PREPOSITIONS,
  ORG_BACKREFS,
  ORG_HEAD_SYNONYMS,
  PARTY_OBJECT_VERBS,
  PARTY_PREP_VERBS,
  PERSON_BACKREFS,
  PERSON_SPEECH_VERBS,
  SPEECH_VERBS,
  STANCE_NOUNS,
  TITLE_HEADS,
  UTILITY_WORDS,
  ORG_DESCRIPTORS,
  ORG_AFTER_NOUNS,
  NON_ACTOR_HEADS,
} from './actors.rules.js';

import { COUNTRIES } from './lexicon/countries.js';
import { sportsContext } from '../../resolve/sports.js';
import { knownOrg, ACRONYM_EXPANSIONS } from './lexicon/organizations.js';
import {
  abbreviates,
  addMention,
  addRole,
  chooseName,
  editDistance,
  mergeInto,
  nameWords,
  newEntity,
  normName,
  surnameForms,
  type Entity,
  type EntityMention,
} from '../../resolve/aliases.js';

const CREDIT_LINE = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed reporting\b|^\(?(?:AP|Reuters|AFP|Getty) Photo\b/i;

const TITLE_ABBREVIATIONS: Record<string, string> = { 'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'gen.': 'general', 'lt.': 'lieutenant', 'col.': 'colonel', 'amb.': 'ambassador', 'pres.': 'president', 'supt.': 'superintendent' };

const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
const demonymOf = (code: string) => COUNTRY_BY_CODE.get(code)?.demonyms[0];

export function extractActors(ctx: ExtractContext): Actor[] {
  const src = ctx.doc.text;
  if (!src.trim()) return [];
  const tokens = buildTokens(ctx);
  const look = buildLookups(tokens);
  const cx: ChunkContext = { src, tokens, look, sports: sportsContext(ctx.doc) };

  // steps 2-4
  const cands: Candidate[] = [];
  for (const [a, b] of findChunks(tokens)) cands.push(...analyzeChunk(cx, a, b));
  cands.push(...nicknamesInQuotes(cx));
  const groups = findGroups(cx);
  // a group phrase covers the chunks inside it (a proper name in parentheses is re-found as a chunk)
  const covered = new Set(groups.map((g) => g.start));
  cands.push(...groups);
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
  // credit lines ("Associated Press writers ... contributed to this report") name no actors
  const credits = ctx.doc.sentences.filter((s) => CREDIT_LINE.test(src.slice(s.start, s.end)));
  const inCredit = (c: Candidate) => credits.some((s) => c.start >= s.start && c.end <= s.end);
  const seen = new Set<string>();
  const unique = cands.filter((c) => {
    if (inCredit(c)) return false;
    const k = `${c.start}:${c.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return !(covered.has(c.start) && c.kind === 'unknown');
  });
  for (const c of unique) {
    if (c.kind !== 'country' && c.kind !== 'capital') continue;
    c.acting = isActing(tokens, c);
    if (c.acting) c.rule += ':acting';
  }

  const entities = resolve(cx, unique);
  backReferences(cx, entities);
  return output(ctx, entities);
}

const OPEN_QUOTE = /["\u201c\u2018'`]\s*$/;
const CLOSE_QUOTE = /^['\u2019\u201d"]/;

/** 'Ernesto "Che" Guevara', 'Joaquin "El Chapo" Guzman': a person with a nickname in quotes between given name and surname. */
function nicknamesInQuotes(cx: ChunkContext): Candidate[] {
  const { tokens, src } = cx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    if (!a.cap || !OPEN_QUOTE.test(a.post)) continue;
    // the nickname: one to three words, the last followed by a closing quote
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && tokens[k]!.cap && !CLOSE_QUOTE.test(tokens[k]!.post) && !breakAfter(tokens[k]!)) k++;
    const nick = tokens[k];
    const c = tokens[k + 1];
    if (!nick || !c || !nick.cap || !CLOSE_QUOTE.test(nick.post) || !c.cap || c.sent !== a.sent || !isGivenName(a) || isCommonWord(c.lower)) continue;
    const nickname = src.slice(tokens[i + 1]!.start, nick.start + nick.base.length);
    out.push({ kind: 'person', name: `${a.base} ${c.base}`, alias: nickname, first: i, last: k + 1, start: a.start, end: c.start + c.base.length, rule: 'nickname-in-quotes', roles: [], evidence: 'given-name' });
    i = k + 1;
  }
  return out;
}

/** Does the mention show a country or capital acting: a subject, a stance's owner, a party addressed? */
export function isActing(tokens: Token[], c: Candidate): boolean {
  const last = tokens[c.last]!;
  const prev = tokens[c.first - 1];
  const prev2 = tokens[c.first - 2];
  // possessor or modifier of a stance: "the UK's position", "Washington's move", "the US decision"
  let k = c.last + 1;
  while (k < tokens.length && tokens[k]!.tags.has('Adjective') && !tokens[k]!.tags.has('Noun') && k - c.last < 3) k++;
  const n = tokens[k];
  if (n && n.sent === last.sent && STANCE_NOUNS.has(n.lower) && !breakAfter(last) || n && last.poss && STANCE_NOUNS.has(n.lower)) return true;
  if (last.poss) return false;
  // "the US to act", "for Ukraine to launch"
  const after = tokens[c.last + 1];
  if (after && !breakAfter(last) && after.lower === 'to' && tokens[c.last + 2]?.tags.has('Verb') && tokens[c.last + 2]!.tags.has('Infinitive')) return true;
  // party addressed: "accused the UK", "talking to Ukraine"
  const p = prev?.lower === 'the' ? prev2 : prev;
  const pp = p ? tokens[p.i - 1] : undefined;
  if (p && !breakAfter(p) && PARTY_OBJECT_VERBS.has(p.lower)) return true;
  if (p && pp && !breakAfter(pp) && ['to', 'with'].includes(p.lower) && PARTY_PREP_VERBS.has(pp.lower)) return true;
  // coordinated with an earlier party: "accused the UK and the US"
  if (p && p.lower === 'and') {
    let j = p.i - 1;
    while (j >= 0 && j > p.i - 5 && tokens[j]!.cap) j--;
    if (tokens[j]?.lower === 'the') j--;
    const v = tokens[j];
    if (v && PARTY_OBJECT_VERBS.has(v.lower)) return true;
  }
  // passive agent: "was criticised by Israel"
  if (p && p.lower === 'by' && pp && pp.tags.has('Verb')) return true;
  // "stores in the United States, Canada and Mexico, also cut": a place in a list after a locative preposition is no subject
  {
    let j = c.first - 1;
    while (j >= 0 && j > c.first - 12 && (tokens[j]!.cap || tokens[j]!.lower === 'and' || tokens[j]!.lower === 'the' || tokens[j]!.lower === 'or') && !/[.;:!?]/.test(tokens[j]!.post)) j--;
    const pj = tokens[j];
    if (pj && LOCATIVE_PREPOSITIONS.has(pj.lower) && !breakAfter(pj) && pj.sent === last.sent) return false;
  }
  // subject: the next verb, past auxiliaries, adverbs, "and <name>", a dash
  k = c.last + 1;
  let prevTok = last;
  for (let steps = 0; k < tokens.length && steps < 8; steps++, k++) {
    const t = tokens[k]!;
    const brk = prevTok.post.trim();
    if (brk && brk !== '-' && brk !== '\u2013' && brk !== '\u2014' && brk !== ',') return false;
    if (t.sent !== last.sent) return false;
    if (t.lower === 'and' || t.cap && !t.tags.has('Verb')) {
      prevTok = t;
      continue;
    }
    if (t.tags.has('Adverb') || t.lower === 'the' || t.lower === 'however' || t.lower === 'also' || t.lower === 'has' || t.lower === 'have' || t.lower === 'had') {
      prevTok = t;
      continue;
    }
    if (t.tags.has('Verb')) {
      if (brk === ',' && !t.tags.has('Gerund')) return false;
      // "the US military", "US troops" are nouns; a copula with a noun after is not acting ("is a member")
      if (t.tags.has('Copula') && tokens[k + 1]?.tags.has('Determiner')) return false;
      if (t.tags.has('PastTense') && prev?.lower !== 'the' && tokens[c.first - 1]?.tags.has('Preposition') && prev?.lower !== 'with') return false;
      return true;
    }
    return false;
  }
  return false;
}

interface Work {
  persons: Entity[];
  orgs: Entity[];
  groups: Entity[];
  countries: Map<string, { entity: Entity; acting: boolean }>;
  governments: Map<string, Entity>;
  capitals: Map<string, EntityMention[]>;
}

function em(c: Candidate, surface = c.name): EntityMention {
  return { start: c.start, end: c.end, rule: c.rule, surface };
}

function resolve(cx: ChunkContext, cands: Candidate[]): Entity[] {
  const { tokens } = cx;
  const w: Work = { persons: [], orgs: [], groups: [], countries: new Map(), governments: new Map(), capitals: new Map() };
  const pending: Candidate[] = [];
  const acronyms: Candidate[] = [];

  // persons with a full name, organizations, countries, governments, groups
  for (const c of cands) {
    switch (c.kind) {
      case 'person': {
        if (c.name.split(/\s+/).length >= 2) {
          const key = normName(c.name);
          let e = w.persons.find((p) => normName(p.name) === key || [...p.names.keys()].some((n) => normName(n) === key));
          // "Bin Laden" after "Osama Bin Laden"; "Chuck Schumer" after "Charles Schumer"
          e ??= findPersonBySurname(w.persons, key, true) ?? findPersonByNickname(w.persons, c.name);
          // "Sierra Nevada" after "Sierra Nevada Corporation": the organization, not a person
          const orgNamed = e ? undefined : w.orgs.find((o) => [...o.names.keys()].some((n) => stripCorporate(normName(n)) === key && normName(n) !== key));
          if (orgNamed) {
            addMention(orgNamed, em(c));
            break;
          }
          if (!e) w.persons.push((e = newEntity('person', em(c))));
          else addMention(e, em(c));
          // 'Ernesto "Che" Guevara' is also "Che Guevara" and "Che"
          if (c.alias) {
            for (const n of [c.alias, `${c.alias} ${nameWords(c.name).pop()}`]) if (!e.names.has(n)) e.names.set(n, 0);
            e.canonical ??= c.name;
          }
          for (const r of c.roles) addRole(e, r);
        } else pending.push(c);
        break;
      }
      case 'org': {
        const known = knownOrg(c.name);
        const e = newEntity('organization', em(c), { head: c.head, country: c.country, subject: c.subject });
        if (known) {
          e.knownAs = known.name;
          e.knownKind = known.kind;
        }
        if (c.team) e.knownAs = c.team;
        if (c.ofForm) e.ofForms.push(c.name.replace(/^(?:\S+\s+)(?=Ministry|Department)/, ''));
        if (c.descriptive) {
          e.canonical = c.name;
          addMention(e, { start: c.start, end: c.end, rule: c.rule, surface: c.descriptive });
          e.mentions = e.mentions.filter((m) => m.surface !== c.descriptive || m.start !== c.start);
          e.names.set(c.descriptive, 1);
        }
        if (c.alias) e.canonical = c.alias;
        addOrg(w, e);
        break;
      }
      case 'group': {
        const key = normName(c.name);
        const e = w.groups.find((g) => normName(g.name) === key);
        if (e) addMention(e, em(c));
        else w.groups.push(newEntity('group', em(c)));
        break;
      }
      case 'government': {
        const code = c.country!;
        const g = w.governments.get(code);
        const m = em(c);
        if (g) addMention(g, m);
        else w.governments.set(code, newEntity('organization', m, { country: code, head: 'government' }));
        break;
      }
      case 'country': {
        const code = c.country!;
        const cur = w.countries.get(code);
        const country = COUNTRY_BY_CODE.get(code)!;
        if (cur) {
          addMention(cur.entity, em(c));
          cur.acting ||= c.acting === true;
        } else w.countries.set(code, { entity: newEntity('country', em(c), { country: code, canonical: country.name }), acting: c.acting === true });
        break;
      }
      case 'capital': {
        const list = w.capitals.get(c.country!) ?? [];
        list.push(em(c));
        w.capitals.set(c.country!, list);
        break;
      }
      case 'acronym':
        acronyms.push(c);
        break;
      case 'unknown':
        pending.push(c);
        break;
    }
  }

  mergeOrganizations(w);

  // acronyms and single names, in text order: an acronym's expansion, an organization's
  // name, a person's surname; otherwise an organization or a person by the cues around it
  const rest = [...acronyms, ...pending].sort((x, y) => x.start - y.start);
  // tokens of names that are surely organizations, for lists ("AT&T, Comcast/Xfinity, T-Mobile")
  const orgTokens = new Set<number>();
  for (const c of cands) if (c.kind === 'org' || (c.company && !c.weakCompany)) for (let k = c.first; k <= c.last; k++) orgTokens.add(k);
  // a page naming dozens of names written with inner capitals is a list of user names or products
  const weakCompanies = new Set(cands.filter((c) => c.weakCompany).map((c) => c.name)).size;
  // a name written so that is used once like a product is a product everywhere ("Apple AirPods", "the HomeKit app", "AirPods 2")
  const productNames = new Set(cands.filter((c) => c.weakCompany && productCue(tokens, c, orgTokens)).map((c) => c.name));
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const p = tokens[k - 1]!;
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.base) && p.cap && !breakAfter(p) && knownOrg(p.base) !== undefined) productNames.add(t.base);
  }
  const late: Candidate[] = [];
  const unexplained: Candidate[] = [];
  for (const c of rest) {
    const target = resolveName(w, tokens, c);
    if (target) {
      addMention(target, em(c));
      for (const r of c.roles) addRole(target, r);
    } else late.push(c);
  }
  for (const c of late) {
    // an earlier fallback may have created the actor this one names
    const target = resolveName(w, tokens, c);
    if (target) {
      addMention(target, em(c));
      for (const r of c.roles) addRole(target, r);
      continue;
    }
    const next = tokens[c.last + 1];
    const last = tokens[c.last]!;
    const verbNext = next !== undefined && !breakAfter(last) && SPEECH_VERBS.has(next.lower) && next.tags.has('Verb');
    if (c.kind === 'acronym') {
      // an unexplained acronym that acts or heads a role ("SDF Commander", "CPUC President")
      const roleNext = next !== undefined && !breakAfter(last) && TITLE_HEADS.has(next.lower);
      if (verbNext || roleNext || c.rule.startsWith('title-prefix') || acronyms.filter((a) => a.name === c.name).length >= 2) addOrg(w, newEntity('organization', em(c), { head: '' }));
      continue;
    }
    const orgCue = next !== undefined && !breakAfter(last) && !next.cap && ORG_AFFILIATION.test(next.lower);
    const possCue = last.poss && next !== undefined && !next.cap && ORG_AFFILIATION.test(next.lower);
    if (c.company) {
      // "AirPods", "FaceTime" are products: inner capitals alone need a cue that an organization is meant
      if (!c.weakCompany || verbNext || orgCue || possCue || isEmployer(tokens, c) || listedWithOrg(tokens, c, orgTokens) || (!productNames.has(c.name) && weakCompanies <= MAX_WEAK_COMPANIES)) addOrg(w, newEntity('organization', em(c), { head: '' }));
      // "Atlanta-based BellSouth would have ...": a cue in the sentence makes it a company though it is used like a product elsewhere
      else if (actorCue(cx, c, orgTokens) !== null) addOrg(w, newEntity('organization', em(c), { head: '' }));
      else unexplained.push(c);
      continue;
    }
    if (c.kind === 'person' || c.evidence === 'title' || c.evidence === 'honorific' || (c.evidence === 'person-tags' && !orgCue && !possCue)) {
      const e = newEntity('person', em(c));
      for (const r of c.roles) addRole(e, r);
      w.persons.push(e);
      continue;
    }
    const employer = isEmployer(tokens, c);
    // "Schiff asked", "Noem tweeted", '"...," says Ward', a given name: a person named once in full elsewhere or not at all
    const single = c.name.split(/\s+/).length === 1;
    const personVerb = next !== undefined && !breakAfter(last) && PERSON_SPEECH_VERBS.has(next.lower);
    const prevTok = tokens[c.first - 1];
    const inverted = prevTok !== undefined && !breakAfter(prevTok) && /^(says|said)$/.test(prevTok.lower) && /["\u201d]/.test(tokens[c.first - 2]?.post ?? '');
    const endsName = !(next?.cap && !breakAfter(last)) && !c.rule.startsWith('title-prefix');
    if (single && endsName && !orgCue && !possCue && !employer && !c.company && (personVerb || inverted || (isGivenName(tokens[c.first]!) && verbNext))) {
      w.persons.push(newEntity('person', em(c)));
      continue;
    }
    if (c.name.split(/\s+/).length === 1 && (orgCue || possCue || verbNext || employer)) {
      addOrg(w, newEntity('organization', em(c), { head: '' }));
      continue;
    }
    // a name nothing explained that the sentence shows to be an actor: an organization by its company,
    // a subject of a verb, a source ("told Ruptly", "obtained by Variety"), a descriptor ("the website Full Fact")
    const cue = actorCue(cx, c, orgTokens);
    if (cue === 'org') addOrg(w, newEntity('organization', em(c), { head: '' }));
    else if (cue === 'person') w.persons.push(newEntity('person', em(c)));
    else unexplained.push(c);
  }
  // earlier mentions of a name a later cue made an actor ("Nashua ... Nashua strengthened its plan")
  for (const c of unexplained) {
    const target = resolveName(w, tokens, c);
    if (target) addMention(target, em(c));
  }
  // a single name a cue made an organization that elsewhere "tweeted", "asked", '"...," says X': a person
  for (const o of [...w.orgs]) {
    if (o.head !== '' || o.knownAs || [...o.names.keys()].some((n) => /\s/.test(n))) continue;
    if (!o.mentions.some((m) => personSpeech(tokens, m))) continue;
    o.type = 'person';
    w.orgs = w.orgs.filter((x) => x !== o);
    w.persons.push(o);
  }

  // countries, capitals and governments
  const entities: Entity[] = [...w.persons, ...w.orgs, ...w.groups];
  const codes = new Set([...w.countries.keys(), ...w.governments.keys(), ...w.capitals.keys()]);
  for (const code of codes) {
    const country = w.countries.get(code);
    const gov = w.governments.get(code);
    const caps = w.capitals.get(code) ?? [];
    const capActing = caps.some((m) => m.rule.endsWith(':acting'));
    const countryActs = (country?.acting ?? false) || (capActing && !gov);
    // a government named only by "<country> state forces" is a group when no government is named
    if (countryActs) {
      const e = country?.entity ?? newEntity('country', caps[0]!, { country: code, canonical: COUNTRY_BY_CODE.get(code)!.name });
      if (country) e.canonical = COUNTRY_BY_CODE.get(code)!.name;
      for (const m of caps) addMention(e, m);
      if (gov) mergeInto(e, gov);
      e.type = 'country';
      e.canonical = COUNTRY_BY_CODE.get(code)!.name;
      entities.push(e);
    } else if (gov) {
      const govForms = [...gov.names.keys()].filter((n) => /government|regime/i.test(n));
      if (govForms.length === 0) {
        gov.type = 'group';
      } else {
        // prefer "Syrian government" to "Damascus government"
        const dem = demonymOf(code);
        gov.canonical = govForms.find((f) => dem && f.toLowerCase().startsWith(dem.toLowerCase())) ?? govForms.sort((a, b) => b.length - a.length)[0];
      }
      for (const m of caps) if (!isLocative(tokens, m.start)) addMention(gov, m);
      entities.push(gov);
    }
  }

  // facilities that only appear as places ("teacher at Richmond High School")
  return entities.filter((e) => {
    if (e.type !== 'organization' || !e.head || !FACILITY_HEADS.has(e.head)) return true;
    return e.mentions.some((m) => !isLocative(tokens, m.start));
  });
}

const MAX_WEAK_COMPANIES = 15;

/** "Apple's AirPods", "Sony DualShock", "the HomeKit app": a product name, not a company. */
function productCue(tokens: Token[], c: Candidate, orgTokens: Set<number>): boolean {
  const prev = tokens[c.first - 1];
  const last = tokens[c.last]!;
  const next = tokens[c.last + 1];
  if (prev && !breakAfter(prev) && prev.cap && (orgTokens.has(prev.i) || knownOrg(prev.base) !== undefined)) return true;
  if (prev && !breakAfter(prev) && /^(the|a|an|your|my|his|her|their|our|its|new)$/.test(prev.lower) && next && !breakAfter(last) && !next.cap && next.tags.has('Noun') && !next.tags.has('Verb')) return true;
  if (next && !breakAfter(last) && !last.poss && !next.cap && next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun') && !ORG_AFFILIATION.test(next.lower)) return true;
  // a model number: "AirPods 2", "GreenPak4"
  if ((next && !breakAfter(last) && /^\d/.test(next.base)) || /\d$/.test(c.name)) return true;
  if (prev && last.poss === false && prev.poss && prev.cap && !breakAfter(prev, tokens[c.first]) && (orgTokens.has(prev.i) || knownOrg(prev.base) !== undefined)) return true;
  return false;
}

/** Is the mention followed by a verb only people use ("tweeted", "asked"), or does it end '"...," says X'? */
function personSpeech(tokens: Token[], m: EntityMention): boolean {
  let k = tokenIndexAt(tokens, m.start);
  if (k < 0) return false;
  const first = k;
  while (k + 1 < tokens.length && tokens[k]!.end < m.end) k++;
  const next = tokens[k + 1];
  if (next && !breakAfter(tokens[k]!) && PERSON_SPEECH_VERBS.has(next.lower)) return true;
  const prev = tokens[first - 1];
  return prev !== undefined && !breakAfter(prev) && /^(says|said)$/.test(prev.lower) && /["\u201d]/.test(tokens[first - 2]?.post ?? '');
}

/** Is the name an item of a list with "and"/"or" ("X, Y and Z", "X and Y"), not just a name before a comma? */
function inList(tokens: Token[], c: Candidate): boolean {
  const sent = tokens[c.first]!.sent;
  for (let k = c.first - 1; k >= 0 && c.first - k <= 12 && tokens[k]!.sent === sent; k--) {
    if (/^(and|or)$/.test(tokens[k]!.lower)) return true;
    if (!tokens[k]!.cap && !/,\s*$/.test(tokens[k]!.post)) break;
  }
  for (let k = c.last + 1; k < tokens.length && k - c.last <= 12 && tokens[k]!.sent === sent; k++) {
    if (/^(and|or)$/.test(tokens[k]!.lower)) return true;
    if (!tokens[k]!.cap) break;
  }
  return false;
}

/** A name in a list ("X, Y and Z") next to a name that is surely an organization. */
function listedWithOrg(tokens: Token[], c: Candidate, orgTokens: Set<number>): boolean {
  const prev = tokens[c.first - 1];
  if (prev && /^,\s*$/.test(prev.post) && orgTokens.has(prev.i)) return true;
  if (prev && (prev.lower === 'and' || prev.lower === 'or') && !breakAfter(prev) && orgTokens.has(prev.i - 1)) return true;
  const last = tokens[c.last]!;
  const next = tokens[c.last + 1];
  if (next && /^,\s*$/.test(last.post) && orgTokens.has(next.i)) return true;
  if (next && !breakAfter(last) && (next.lower === 'and' || next.lower === 'or') && orgTokens.has(next.i + 1)) return true;
  return false;
}

/** Verbs after which a name is the source of what follows ("told Ruptly", "according to Refinitiv"), and past participles before "by" ("obtained by Variety"). */
const SOURCE_BEFORE = /^(told|tells|telling|via)$/;
const SOURCE_PHRASE_BEFORE = /^(?:according to|statement to|interview with|spoke to|spoke with|speaking to|speaking with|said to|reported by|quoted by|obtained by|published by|led by|surveyed by|run by|owned by|founded by|acquired by|bought by|sacked by|signed by|sued by|released by|issued by|compiled by|conducted by|commissioned by|backed by|funded by)$/;
const BUSINESS_OBJECT = /^(?:stake|stakes|shares|investment|investments|investigation|investigations|probe|probes|inquiry|merger|takeover|acquisition|bid|lawsuit|suit|stock|subsidiary|unit|owner|owners|shareholders|ceo|chairman)$/;
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'also', 'still', 'then', 'now', 'later', 'immediately', 'quickly', 'recently', 'already', 'never', 'not', 'previously', 'last', 'said', 'says']);

/**
 * Is an unexplained name an actor by what surrounds it? 'org' or 'person' when
 * so, null when not: a list with an organization, a descriptor noun before it,
 * a company noun after it, an employer of a title, a source, or the subject of
 * a finite verb. Names of events, laws, storms, works and gazetteer places are not.
 */
function actorCue(cx: ChunkContext, c: Candidate, orgTokens: Set<number>): 'org' | 'person' | null {
  const { tokens } = cx;
  const first = tokens[c.first]!;
  const last = tokens[c.last]!;
  const prev = tokens[c.first - 1];
  const next = tokens[c.last + 1];
  const words = c.last - c.first + 1;
  if (NON_ACTOR_HEADS.has(last.lower) || NON_ACTOR_HEADS.has(first.lower) || words > 5) return null;
  if (/^\p{Lu}+$/u.test(c.name.replace(/[\s.&-]/g, '')) && c.name.length > 5) return null; // a heading in capitals
  if (gazetteer().lookup(c.name).length > 0) return null;
  // a capitalised word ("Regime", "Health") or a people ("Libyans", "Iraqis") is no actor by itself
  if (words === 1 && (isCommonWord(first.lower) || isCommonWord(first.lower.replace(/e?s$/, '')) || isDictionaryWord(first.lower) || isDictionaryWord(first.lower.replace(/e?s$/, '')) || countryByDemonym(first.base.replace(/s$/, '')) !== undefined || first.tags.has('Demonym'))) return null;
  const personLike = !PARTY_MEMBERS.has(last.base) && (c.evidence === 'person-tags' || (words >= 2 && nameShaped(tokens, c.first, c.last)));
  // lists, descriptors, company nouns, employers: organizations
  if (listedWithOrg(tokens, c, orgTokens) && inList(tokens, c)) return 'org';
  if (prev && !breakAfter(prev) && !prev.cap && ORG_DESCRIPTORS.has(prev.lower)) return 'org';
  if (next && !breakAfter(last) && !next.cap && ORG_AFTER_NOUNS.has(next.lower) && words >= 2) return 'org';
  if (isEmployer(tokens, c)) return 'org';
  const app = tokens[c.last + 2];
  if (next && /^,\s*$/.test(last.post) && /^(a|an|the)$/.test(next.lower) && app) {
    for (let k = c.last + 2; k < tokens.length && k <= c.last + 5; k++) {
      const t = tokens[k]!;
      if (ORG_DESCRIPTORS.has(t.lower) && !t.cap) return 'org';
      if (breakAfter(t) || t.cap || t.tags.has('Verb')) break;
    }
  }
  // a source: "told Ruptly", "according to Refinitiv", "obtained by Variety"
  const p1 = prev?.lower ?? '';
  const p2 = tokens[c.first - 2]?.lower ?? '';
  const before = prev && !breakAfter(prev) && (SOURCE_BEFORE.test(p1) || (tokens[c.first - 2] && !breakAfter(tokens[c.first - 2]!) && SOURCE_PHRASE_BEFORE.test(`${p2} ${p1}`)));
  if (before) return personLike ? 'person' : 'org';
  // "investigations into Burisma", "a stake in Unicorp", "shares of Nashua": a company
  // ("investigations into the Bidens and Burisma", "investigations, including into Burisma")
  if (!personLike) {
    let k = c.first - 1;
    while (k >= 0 && c.first - k <= 8 && tokens[k]!.sent === first.sent && (tokens[k]!.cap || /^(and|the|including|or)$/.test(tokens[k]!.lower))) k--;
    if (k >= 0 && /^(into|in|of)$/.test(tokens[k]!.lower) && !breakAfter(tokens[k]!)) {
      let j = k - 1;
      if (j >= 0 && tokens[j]!.lower === 'including') j--;
      if (j >= 0 && tokens[j]!.sent === first.sent && BUSINESS_OBJECT.test(tokens[j]!.lower)) return 'org';
    }
  }
  // the subject of a finite verb: "Unisys posted", "Valley Federal also added", "Mobil is cutting"; not "the Dream Chaser flew"
  // ("Atlanta-based BellSouth would": a hyphenated modifier does not stop a subject)
  const modifier = prev !== undefined && /^\p{Lu}[\p{L}.]*-(based|owned|led|run|backed|controlled)$/u.test(prev.base);
  if (prev && !breakAfter(prev) && !modifier && (prev.tags.has('Preposition') || prev.tags.has('Determiner') || prev.tags.has('Adjective'))) return null;
  if (last.poss || !next || breakAfter(last)) return null;
  let k = c.last + 1;
  let aux = '';
  while (k < tokens.length && k - c.last <= 3 && (AUX.has(tokens[k]!.lower) || (tokens[k]!.tags.has('Adverb') && /ly$/.test(tokens[k]!.lower))) && !breakAfter(tokens[k - 1]!)) {
    if (AUX.has(tokens[k]!.lower)) aux = tokens[k]!.lower;
    k++;
  }
  const v = tokens[k];
  // "BellSouth would have a 50% interest", "Nashua has a plan": "have" is the verb
  if (v && !v.tags.has('Verb') && /^(has|have|had)$/.test(tokens[k - 1]!.lower) && k - 1 > c.last && v.sent === last.sent) return personLike ? 'person' : 'org';
  if (!v || v.sent !== last.sent || breakAfter(tokens[k - 1]!) || v.cap) return null;
  // a plural noun compromise read as a verb ("Ulster flags", "Convention delegates") is no verb
  const finite = v.tags.has('PastTense') || (v.tags.has('PresentTense') && /s$/.test(v.lower) && !v.tags.has('Noun') && !v.tags.has('Plural') && !breakAfter(v)) || (aux !== '' && v.tags.has('Verb') && !v.tags.has('Copula'));
  // "British and Ulster flags": a name coordinated with a nationality or an adjective modifies a noun
  const pp = tokens[c.first - 2];
  if (prev && /^(and|or)$/.test(prev.lower) && pp && (countryByDemonym(pp.base) !== undefined || (pp.tags.has('Adjective') && !pp.cap))) return null;
  if (!finite || !v.tags.has('Verb') || v.tags.has('Noun') && !v.tags.has('PastTense') && aux === '') return null;
  if (/^(is|are|was|were)$/.test(aux) && !v.tags.has('Gerund')) return null;
  return personLike ? 'person' : 'org';
}

/** "a spokesman for Greenpeace", "a professor at Harvard": the employer of a title. */
function isEmployer(tokens: Token[], c: Candidate): boolean {
  const p1 = tokens[c.first - 1];
  const p2 = tokens[c.first - 2];
  return p1 !== undefined && p2 !== undefined && /^(for|at|of|with)$/.test(p1.lower) && !breakAfter(p2) && !breakAfter(p1) && TITLE_HEADS.has(p2.lower) && !tokens[c.last]!.tags.has('Place');
}

function isLocative(tokens: Token[], start: number): boolean {
  const i = tokenIndexAt(tokens, start);
  if (i <= 0) return false;
  let p = tokens[i - 1]!;
  if (p.lower === 'the' && i >= 2) p = tokens[i - 2]!;
  // "a senior fellow at the Center for Global Development", "professors at the American University": an employer, not a place
  const before = tokens[p.i - 1];
  if (p.lower === 'at' && before && !breakAfter(before) && (TITLE_HEADS.has(before.lower) || TITLE_HEADS.has(before.lower.replace(/s$/, '')) || /^(works|worked|working|work|employed|studies|studied|teaches|taught|researchers|scientists|experts)$/.test(before.lower))) return false;
  if (/^(eastern|western|northern|southern|central)$/.test(p.lower) && tokens[p.i - 1]) p = tokens[p.i - 1]!;
  return LOCATIVE_PREPOSITIONS.has(p.lower) && !breakAfter(p);
}

function tokenIndexAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else if (tokens[mid]!.start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const ORG_AFFILIATION = /^(spokesman|spokeswoman|spokesperson|co-founder|founder|editor|editor-in-chief|ceo|chairman|chief|officials|official|executives|executive|members|fighters|leader|leaders|commander|employees|board|shareholders|principal|senior|president|lawyers)$/;

/** The entity an acronym or a single name refers to, if any was found. */
function resolveName(w: Work, tokens: Token[], c: Candidate): Entity | undefined {
  const key = normName(c.name);
  const prevTok = tokens[c.first - 1];
  const isAcronymLike = c.kind === 'acronym' || /^\p{Lu}[\p{Lu}&.]+$/u.test(c.name);
  // "Syrian Democratic Forces (SDF)"
  if (isAcronymLike && prevTok && (/\(\s*$/.test(prevTok.post) || /\($/.test(tokens[c.first]!.pre))) {
    const t = w.orgs.find((o) => o.mentions.some((m) => m.end === prevTok.end || m.end === prevTok.start + prevTok.base.length));
    if (t) return t;
  }
  if (isAcronymLike) {
    const expansion = ACRONYM_EXPANSIONS.get(c.name.replace(/\./g, ''));
    if (expansion) {
      const t = w.orgs.find((o) => [...o.names.keys()].some((n) => normName(n) === normName(expansion)));
      if (t) return t;
    }
    const t = w.orgs.find((o) => [...o.names.keys()].some((n) => n.length > c.name.length && abbreviates(c.name, n)));
    if (t) return t;
  }
  const org = w.orgs.find((o) => [...o.names.keys()].some((n) => normName(n) === key) || (o.canonical !== undefined && normName(o.canonical) === key));
  if (org) return org;
  const t0 = tokens[c.first]!;
  if (c.kind !== 'acronym') {
    const person = findPersonBySurname(w.persons, key) ?? w.persons.find((p) => [...p.names.keys()].some((n) => normName(n) === key));
    if (person) return person;
  }
  // "Nashua" for "Nashua Corp.", "Sierra Nevada" for "Sierra Nevada Corporation", "LIN" for "LIN Broadcasting":
  // the opening words of exactly one organization's name, when they are no common word or given name
  if (!(c.first === c.last && !/^\p{Lu}+$/u.test(t0.base) && (isCommonWord(t0.lower) || isGivenName(t0))) && c.evidence !== 'title') {
    const bare = stripCorporate(key);
    const n0 = key.split(' ').length;
    // "a Fort Worth girl" is no part of "Fort Worth Police Department"
    const isPlace = gazetteer().lookup(c.name).length > 0;
    const byPrefix = w.orgs.filter((o) =>
      [...o.names.keys()].some((n) => {
        const k = normName(n);
        const rest = n.replace(/^the\s+/i, '').split(/\s+/)[n0] ?? '';
        return stripCorporate(k) === bare || (k.startsWith(`${key} `) && /^\p{Lu}/u.test(rest) && !isPlace);
      }),
    );
    if (byPrefix.length === 1) return byPrefix[0];
  }
  if (c.kind === 'acronym') return undefined;

  // a family name written first ("Liu Xiaming" ... "Liu")
  if (c.first === c.last && !t0.tags.has('FirstName')) {
    const firsts = w.persons.filter((p) => [...p.names.keys()].some((n) => n.split(/\s+/).length === 2 && n.split(/\s+/)[0]!.toLowerCase() === key));
    if (firsts.length === 1) return firsts[0];
  }
  // a given name alone for the only person who bears it ("Guido" after "Guido Pella", in quotes and sports reports)
  if (c.first === c.last && isGivenName(t0)) {
    const firsts = w.persons.filter((p) => [...p.names.keys()].some((n) => nameWords(n).length >= 2 && nameWords(n)[0]!.toLowerCase() === key));
    if (firsts.length === 1) return firsts[0];
  }
  return undefined;
}

/** A person named with another form of the same given name and the same family name ("Chuck Schumer" for "Charles Schumer"). */
function findPersonByNickname(persons: Entity[], name: string): Entity | undefined {
  const words = nameWords(name);
  if (words.length !== 2) return undefined;
  const hits = persons.filter((p) =>
    [...p.names.keys()].some((n) => {
      const w2 = nameWords(n);
      return w2.length >= 2 && w2[w2.length - 1]!.toLowerCase() === words[1]!.toLowerCase() && w2[0]!.toLowerCase() !== words[0]!.toLowerCase() && sameGivenName(w2[0]!, words[0]!);
    }),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

function findPersonBySurname(persons: Entity[], single: string, multiWordOnly = false): Entity | undefined {
  const s = single.toLowerCase();
  if (multiWordOnly) {
    // a family name of several words ("bin laden", "de klerk") written alone
    if (!s.includes(' ')) return undefined;
    const hits = persons.filter((p) => [...p.names.keys()].some((n) => nameWords(n).length > s.split(' ').length && surnameForms(n).includes(s)));
    return hits.length === 1 ? hits[0] : undefined;
  }
  const hits = persons.filter((p) => [...p.names.keys()].some((n) => surnameForms(n).includes(s)));
  if (hits.length) return hits.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start)[0];
  if (s.length >= 6) {
    const fuzzy = persons.filter((p) => [...p.names.keys()].some((n) => surnameForms(n).some((f) => f.length >= 6 && editDistance(f, s, 1) <= 1)));
    if (fuzzy.length === 1) return fuzzy[0];
  }
  return undefined;
}

/** Put an organization with the same name, or the same national body, into one entity. */
function addOrg(w: Work, e: Entity): void {
  const key = normName(e.name);
  const known = e.knownAs ?? knownOrg(e.name)?.name;
  const same = w.orgs.find(
    (o) =>
      [...o.names.keys()].some((n) => normName(n) === key || (known !== undefined && normName(n) === normName(known))) ||
      (o.canonical && normName(o.canonical) === key) ||
      (known !== undefined && (o.knownAs ?? knownOrg(o.name)?.name) === known),
  );
  if (same) {
    mergeInto(same, e);
    return;
  }
  w.orgs.push(e);
}

function headClass(h: string | undefined): string {
  return h ? (ORG_HEAD_SYNONYMS[h] ?? h) : '';
}

function normSubject(s: string | undefined): string {
  return (s ?? '').replace(/\bdefence\b/, 'defense').replace(/\baffairs\b/, '').replace(/\s+/g, ' ').trim();
}

const CORPORATE_SUFFIX = /\s+(?:corp\.?|corporation|inc\.?|incorporated|co\.?|company|ltd\.?|limited|llc|plc|ag|sa|s\.a\.|gmbh|nv|n\.v\.|b\.v\.|group|holdings|holding)$/;

/** An organization's name without its legal form ("nashua corp." -> "nashua"). */
function stripCorporate(n: string): string {
  const x = n.replace(CORPORATE_SUFFIX, '');
  return x.length >= 2 ? x : n;
}

/** Ministries and armed forces by (country, head, subject); names that end another's name; expanded acronyms. */
function mergeOrganizations(w: Work): void {
  const orgs = w.orgs;
  const removed = new Set<Entity>();
  const expand = (n: string) => stripCorporate(normName(n).replace(/^([a-z.]+)\s/, (m, a: string) => {
    const x = ACRONYM_EXPANSIONS.get(a.replace(/\./g, '').toUpperCase());
    return x ? `${x.toLowerCase()} ` : m;
  }));
  for (let i = 0; i < orgs.length; i++) {
    const a = orgs[i]!;
    if (removed.has(a)) continue;
    for (let j = 0; j < orgs.length; j++) {
      const b = orgs[j]!;
      if (i === j || removed.has(b) || removed.has(a)) continue;
      // same national body: "Syrian defense ministry" / "Ministry of Defense"; "Syrian army" / "Syrian military"
      const hc = headClass(a.head);
      if (hc && hc === headClass(b.head) && ['ministry', 'department', 'military', 'office'].includes(hc) && normSubject(a.subject) === normSubject(b.subject) && (normSubject(a.subject) !== '' || hc === 'military')) {
        if (a.country && b.country && a.country !== b.country) continue;
        if (!a.country && !b.country && hc === 'military') continue;
        if (hc === 'military' && (!a.country || !b.country)) continue;
        const keep = a.country ? a : b;
        const drop = keep === a ? b : a;
        // several national ministries with this subject: an unmarked one stays apart
        if (!drop.country && orgs.filter((o) => !removed.has(o) && o !== drop && headClass(o.head) === hc && normSubject(o.subject) === normSubject(drop.subject) && o.country).length > 1) continue;
        mergeInto(keep, drop);
        removed.add(drop);
        continue;
      }
      // "Security Council" ends "UN Security Council"; "UN High Commissioner" = "United Nations High Commissioner"
      // "CDC" (known) and "Centers for Disease Control": an acronym of the other's name, when only one name fits
      if (a.names.size === 1 && /^[A-Z][A-Z&.]+$/.test(a.name) && [...b.names.keys()].some((n) => n.split(/\s+/).length >= 2 && abbreviates(a.name, n))) {
        const fits = orgs.filter((o) => o !== a && !removed.has(o) && [...o.names.keys()].some((n) => n.split(/\s+/).length >= 2 && abbreviates(a.name, n)));
        if (fits.length === 1) {
          mergeInto(b, a);
          removed.add(a);
          continue;
        }
      }
      const an = [...a.names.keys()].map(expand);
      const bn = [...b.names.keys()].map(expand);
      const aEndsB = an.some((x) => bn.some((y) => x !== y && y.endsWith(` ${x}`) && x.split(' ').length >= 2));
      const equal = an.some((x) => bn.includes(x));
      if (equal || aEndsB) {
        // a unique longer name only
        const others = orgs.filter((o) => o !== a && !removed.has(o) && [...o.names.keys()].map(expand).some((y) => an.some((x) => y.endsWith(` ${x}`) || y === x)));
        if (!equal && others.length > 1) continue;
        mergeInto(b, a);
        removed.add(a);
      }
    }
  }
  w.orgs = orgs.filter((o) => !removed.has(o));
}

/** The categories "the <noun>" can point to for an entity: "org:ministry", "utility", "person:envoy". */
function backrefCategories(e: Entity): string[] {
  const cats: string[] = [];
  if (e.type === 'person') {
    for (const r of e.roles) for (const w of r.toLowerCase().split(/[\s-]+/)) cats.push(`person:${TITLE_ABBREVIATIONS[w] ?? w}`);
    return cats;
  }
  if (e.type !== 'organization' && e.type !== 'group') return cats;
  if (e.head !== undefined) cats.push(`org:${e.head}`, `org:${headClass(e.head)}`);
  const isUtility = [...e.names.keys()].some((n) => n.split(/[\s&]+/).some((x) => UTILITY_WORDS.has(x.toLowerCase())));
  if (isUtility) cats.push('org:utility');
  if (e.type === 'group') cats.push('org:group');
  // a bare name ("Alibaba", "SpaceX") may be "the company"; teams, agencies, parties and the like are not
  if (e.knownKind === 'media') cats.push('org:media');
  if (e.head === '' || e.knownKind === 'company' || isUtility) cats.push('company');
  return cats;
}

/** Is the mention followed by a lower-case noun it modifies ("a Netflix documentary")? */
function modifiesNoun(tokens: Token[], m: EntityMention): boolean {
  let k = tokenIndexAt(tokens, m.start);
  if (k < 0) return false;
  while (k + 1 < tokens.length && tokens[k]!.end < m.end) k++;
  const last = tokens[k]!;
  const next = tokens[k + 1];
  return next !== undefined && !last.poss && !breakAfter(last) && !next.cap && next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun');
}

/** "the ministry", "the agency", "the utility", "the envoy": the nearest preceding fitting actor. One sweep in text order. */
function backReferences(cx: ChunkContext, entities: Entity[]): void {
  const { tokens, src } = cx;
  const events: Array<{ start: number; entity: Entity; cats: string[] }> = [];
  for (const e of entities) {
    const cats = backrefCategories(e);
    // a name before a noun modifies it ("a Netflix documentary"): no antecedent
    if (cats.length) for (const m of e.mentions) if (!modifiesNoun(tokens, m)) events.push({ start: m.start, entity: e, cats });
  }
  events.sort((x, y) => x.start - y.start);
  const latest = new Map<string, { entity: Entity; pos: number }>();
  let ev = 0;
  const found: Array<{ entity: Entity; m: EntityMention; role?: string }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const the = tokens[i]!;
    const noun = tokens[i + 1]!;
    while (ev < events.length && events[ev]!.start < noun.start) {
      const x = events[ev++]!;
      for (const c of x.cats) latest.set(c, { entity: x.entity, pos: x.start });
    }
    if (the.lower !== 'the' || breakAfter(the) || noun.cap) continue;
    const after = tokens[i + 2];
    if (after && !breakAfter(noun) && (after.cap || after.lower === 'of' || (after.tags.has('Noun') && !after.tags.has('Verb')))) continue;
    const orgHeads = ORG_BACKREFS[noun.lower];
    let best: { entity: Entity; pos: number } | undefined;
    const consider = (cat: string) => {
      const x = latest.get(cat);
      if (x && (!best || x.pos > best.pos)) best = x;
    };
    if (orgHeads) {
      for (const h of orgHeads) consider(`org:${h}`);
      if (noun.lower === 'company') consider('company');
      if (noun.lower === 'group') consider('org:group');
    } else if (PERSON_BACKREFS.has(noun.lower)) consider(`person:${noun.lower}`);
    if (!best) continue;
    const m = { start: the.start, end: noun.start + noun.base.length, rule: `backref:the-${noun.lower}`, surface: src.slice(the.start, noun.start + noun.base.length) };
    found.push({ entity: (best as { entity: Entity }).entity, m, role: PERSON_BACKREFS.has(noun.lower) && !orgHeads ? noun.lower : undefined });
  }
  for (const f of found) {
    addMention(f.entity, f.m);
    if (f.role) addRole(f.entity, f.role);
  }
}

function output(ctx: ExtractContext, entities: Entity[]): Actor[] {
  const list = entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => {
      e.mentions.sort((a, b) => a.start - b.start);
      const name = chooseName(e, demonymOf);
      const aliases: string[] = [];
      const seen = new Set([normName(name)]);
      for (const m of e.mentions) {
        const k = normName(m.surface);
        if (seen.has(k)) continue;
        seen.add(k);
        aliases.push(m.surface.replace(/^the\s+(?=\p{Lu})/u, ''));
      }
      for (const n of e.names.keys()) {
        const k = normName(n);
        if (!seen.has(k)) {
          seen.add(k);
          aliases.push(n);
        }
      }
      return {
        first: e.mentions[0]!.start,
        actor: {
          id: '',
          name,
          type: e.type,
          aliases,
          roles: e.roles,
          mentions: e.mentions.map((m) => mention(ctx.doc, m.start, m.end, m.rule)),
        } satisfies Actor,
      };
    })
    .sort((a, b) => a.first - b.first);
  return list.map((x, i) => ({ ...x.actor, id: `a${i + 1}` }));
}

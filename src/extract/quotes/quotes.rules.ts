/**
 * Word lists for the quotes extractor: speech cues, the words that may stand
 * between a cue and its speaker or content, pronouns, and the furniture of
 * noun phrases. Everything lower-cased. True of English news prose in general;
 * nothing here is taken from a particular article.
 */

/**
 * How a cue behaves.
 * - `say`: reporting verb; introduces quotes, and indirect speech either as a
 *   bare or `that` clause after it ("said the talks failed") or before it
 *   ("The talks failed, she said").
 * - `tell`: like `say`, with an addressee to skip first ("told reporters that ...").
 * - `np`: reporting verb whose object is the reported content even without a
 *   clause ("accused X of Y", "claimed responsibility for Y").
 * - `that`: counts as speech only with a `that` clause ("maintained that ...",
 *   "ruled that ..."): a bare object is a stance or an act.
 * - `trail`: introduces indirect speech only from after the content
 *   ("..., the ministry continued.") and quotes.
 * - `eval`: verbs of evaluation or naming; they govern quoted fragments
 *   ("termed it 'eminently achievable'", "slammed the hearings as a 'disgrace'")
 *   but never introduce indirect speech.
 */
export type CueClass = 'say' | 'tell' | 'np' | 'that' | 'trail' | 'eval';

export interface CueInfo {
  lemma: string;
  cls: CueClass;
}

/** Lemma -> [class, inflected forms]. Forms list every spelling that occurs in news. */
const CUE_TABLE: Array<[string, CueClass, string[]]> = [
  ['say', 'say', ['say', 'says', 'said', 'saying']],
  ['tell', 'tell', ['tell', 'tells', 'told', 'telling']],
  ['add', 'say', ['adds', 'added', 'adding']],
  ['state', 'say', ['stated', 'stating']],
  ['note', 'say', ['noted', 'noting']],
  ['explain', 'say', ['explain', 'explains', 'explained', 'explaining']],
  ['insist', 'say', ['insist', 'insists', 'insisted', 'insisting']],
  ['assert', 'say', ['assert', 'asserts', 'asserted', 'asserting']],
  ['announce', 'say', ['announce', 'announces', 'announced', 'announcing']],
  ['write', 'say', ['write', 'writes', 'wrote', 'writing']],
  ['warn', 'say', ['warn', 'warns', 'warned', 'warning']],
  ['stress', 'say', ['stresses', 'stressed', 'stressing']],
  ['reiterate', 'say', ['reiterate', 'reiterates', 'reiterated', 'reiterating']],
  ['argue', 'say', ['argue', 'argues', 'argued', 'arguing']],
  ['acknowledge', 'say', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']],
  ['admit', 'say', ['admit', 'admits', 'admitted', 'admitting']],
  ['confirm', 'say', ['confirm', 'confirms', 'confirmed', 'confirming']],
  ['declare', 'say', ['declare', 'declares', 'declared', 'declaring']],
  ['testify', 'say', ['testify', 'testifies', 'testified', 'testifying']],
  ['report', 'say', ['reported']],
  ['reply', 'say', ['replied', 'replying']],
  ['respond', 'say', ['responds', 'responded', 'responding']],
  ['tweet', 'say', ['tweeted', 'tweeting']],
  ['post', 'say', ['posted']],
  ['predict', 'say', ['predict', 'predicts', 'predicted', 'predicting']],
  ['promise', 'say', ['promised', 'promising']],
  ['pledge', 'say', ['pledged', 'pledging']],
  ['vow', 'say', ['vowed', 'vowing']],
  ['suggest', 'say', ['suggests', 'suggested', 'suggesting']],
  ['reveal', 'say', ['reveals', 'revealed', 'revealing']],
  ['disclose', 'say', ['discloses', 'disclosed', 'disclosing']],
  ['allege', 'say', ['allege', 'alleges', 'alleged', 'alleging']],
  ['complain', 'say', ['complain', 'complains', 'complained', 'complaining']],
  ['contend', 'say', ['contend', 'contends', 'contended', 'contending']],
  ['emphasise', 'say', ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing']],
  ['concede', 'say', ['concede', 'concedes', 'conceded', 'conceding']],
  ['observe', 'say', ['observed']],
  ['remark', 'say', ['remarked']],
  ['comment', 'say', ['commented']],
  ['caution', 'say', ['cautioned']],
  ['urge', 'say', ['urges', 'urged', 'urging']],
  ['repeat', 'say', ['repeated']],
  ['recall', 'say', ['recalled']],
  ['point out', 'say', ['pointed', 'points', 'pointing']],
  ['inform', 'tell', ['informed']],
  ['assure', 'tell', ['assured', 'assures']],
  ['remind', 'tell', ['reminded']],
  ['accuse', 'np', ['accuse', 'accuses', 'accused', 'accusing']],
  ['claim', 'np', ['claimed', 'claiming']],
  ['deny', 'that', ['deny', 'denies', 'denied', 'denying']],
  ['maintain', 'that', ['maintain', 'maintains', 'maintained', 'maintaining']],
  ['rule', 'that', ['ruled']],
  ['agree', 'that', ['agreed']],
  ['conclude', 'that', ['concluded']],
  ['continue', 'trail', ['continued']],
  ['ask', 'trail', ['asked']],
  ['quip', 'trail', ['quipped']],
  ['joke', 'trail', ['joked']],
  ['shout', 'trail', ['shouted']],
  ['read', 'trail', ['read', 'reads']],
  ['thank', 'eval', ['thanked', 'thanking']],
  ['hail', 'eval', ['hailed', 'hailing']],
  ['praise', 'eval', ['praised', 'praising']],
  ['slam', 'eval', ['slammed', 'slamming']],
  ['assail', 'eval', ['assailed', 'assailing']],
  ['blast', 'eval', ['blasted']],
  ['criticise', 'eval', ['criticised', 'criticized', 'criticising', 'criticizing']],
  ['condemn', 'eval', ['condemned', 'condemning']],
  ['denounce', 'eval', ['denounced', 'denouncing']],
  ['decry', 'eval', ['decried', 'decrying']],
  ['cheer', 'eval', ['cheered']],
  ['dismiss', 'eval', ['dismissed', 'dismissing']],
  ['proclaim', 'eval', ['proclaims', 'proclaimed', 'proclaiming']],
  ['welcome', 'eval', ['welcomed', 'welcoming']],
  ['call', 'eval', ['called', 'calling']],
  ['term', 'eval', ['termed', 'terming']],
  ['describe', 'eval', ['describes', 'described', 'describing']],
  ['dub', 'eval', ['dubbed', 'dubbing']],
  ['brand', 'eval', ['branded', 'branding']],
  ['label', 'eval', ['labelled', 'labeled', 'labelling', 'labeling']],
];

export const CUES: ReadonlyMap<string, CueInfo> = new Map(
  CUE_TABLE.flatMap(([lemma, cls, forms]) => forms.map((f) => [f, { lemma, cls }] as [string, CueInfo])),
);

/**
 * Cues whose bare object is usually a thing, not a clause ("wrote a book", "announced a ceasefire",
 * "recalled the day"): their reported content must be a "that" clause; as attributions of quotes
 * and after their content they work as any cue.
 */
export const CONTENT_NEEDS_THAT: ReadonlySet<string> = new Set([
  'write', 'post', 'tweet', 'reveal', 'recall', 'announce', 'declare', 'acknowledge', 'admit', 'pledge', 'promise',
  'disclose', 'repeat', 'remark',
]);

/** Particles a cue cannot do without ("pointed out"): without it the verb is no cue. */
export const REQUIRED_PARTICLES: Readonly<Record<string, readonly string[]>> = { 'point out': ['out'] };

/** A particle that makes another cue of a verb: "called on X to" urges, "called X a Y" names. */
export const PARTICLE_CUES: Readonly<Record<string, Readonly<Record<string, CueInfo>>>> = {
  call: { on: { lemma: 'call on', cls: 'say' }, upon: { lemma: 'call on', cls: 'say' } },
};

/** Media named after a cue: "said in a statement", "wrote in a post". Kept in the cue. */
export const MEDIA: ReadonlySet<string> = new Set([
  'statement', 'statements', 'interview', 'email', 'e-mail', 'tweet', 'post', 'letter', 'speech', 'message', 'video',
  'briefing', 'conference', 'release', 'note', 'filing', 'memo', 'blog', 'op-ed', 'column', 'broadcast', 'address',
  'testimony', 'declaration', 'communique', 'communiqué', 'report', 'text', 'call', 'podcast', 'radio', 'televised',
]);

/** Addressees of "told" kept in the cue ("told reporters"). */
export const TOLD_AUDIENCES: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'the press', 'media', 'press', 'lawmakers', 'investigators', 'parliament', 'congress',
]);

/** Words that are never the source named by "according to". */
export const NON_SOURCES: ReadonlySet<string> = new Set([
  'statement', 'report', 'reports', 'data', 'figures', 'document', 'documents', 'study', 'survey', 'poll', 'records',
  'estimates', 'count', 'tally', 'analysis', 'filing', 'filings', 'plan', 'law', 'rules', 'agreement', 'deal', 'terms',
  'footage', 'images', 'video', 'photos', 'reporting',
]);

/** Auxiliaries, modals and copulas: mark a verb phrase, never inside a noun phrase. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "didn't", "doesn't", "don't",
  'not', "'s", "'re", "'ll", "'d",
]);

/** Adverbs that stand between a subject and its verb ("X also said", "X has repeatedly said"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'already', 'again', 'later', 'earlier', 'then', 'now', 'reportedly', 'previously', 'repeatedly', 'once',
  'first', 'further', 'separately', 'publicly', 'privately', 'recently', 'initially', 'subsequently', 'often', 'always',
  'never', 'still', 'just', 'even', 'only', 'too', 'however', 'meanwhile', 'additionally', 'similarly', 'likewise',
  'openly', 'angrily', 'bluntly', 'flatly', 'firmly', 'strongly', 'sharply', 'emphatically', 'simply', 'quickly',
  'immediately', 'officially', 'formally', 'explicitly', 'clearly', 'personally', 'directly', 'specifically', 'had',
  'has', 'have', 'would', 'will', 'could', 'may', 'might', 'should', 'must', 'can', 'reiterated', 'not', 'never',
  'routinely', 'frequently', 'consistently', 'long', 'almost', 'nearly', 'hardly', 'barely', 'merely', 'mostly',
  'largely', 'partly', 'quietly', 'loudly', 'sometimes', 'soon', 'instead', 'ever', 'yet',
]);

/** Verbs taking an infinitive of their subject's ("continue to warn", "declined to say"). */
export const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'refuse', 'refuses',
  'refused', 'decline', 'declines', 'declined', 'try', 'tries', 'tried', 'seem', 'seems', 'seemed', 'appear',
  'appears', 'appeared', 'hope', 'hopes', 'hoped', 'need', 'needs', 'needed', 'begin', 'begins', 'began', 'start',
  'starts', 'started', 'seek', 'seeks', 'sought', 'agree', 'agrees', 'agreed', 'vow', 'vows', 'vowed', 'promise',
  'promises', 'promised', 'went', 'go', 'goes', 'rushed', 'moved', 'was', 'were', 'is', 'are', 'would', 'will',
  'used', 'had', 'has', 'have', 'chose', 'chooses', 'choose', 'expect', 'expects', 'expected', 'is', 'hastened',
]);

/** Time words that may stand between a subject and its verb ("X on Thursday said", "X early Friday announced"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'on', 'early', 'late', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'weekend', 'earlier', 'later', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
  'in', 'at', 'the', 'same', 'day', 'time', 'point', 'overnight', 'a', 'an', 'during',
]);

/** Words that end a noun phrase scanned backwards from a verb (clause boundaries). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'as', 'because', 'if', 'but', 'or',
  'so', 'than', 'after', 'before', 'since', 'although', 'though', 'until', 'unless', 'once', 'whether', 'and', 'nor',
  'yet', 'also', 'with', 'without', 'despite', 'by', 'via', 'about', 'into', 'over', 'under', 'through', 'during',
  'against', 'between', 'among', 'amid', 'like', 'not', 'to', 'then', 'thus', 'there', 'here',
]);

/** Conjunctions that start a new clause after a comma and end indirect content ("..., while X ..."). */
export const CONTENT_BREAKS: ReadonlySet<string> = new Set([
  'while', 'whereas', 'but', 'although', 'though', 'even', 'yet', 'however', 'meanwhile', 'as', 'which',
]);

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'it', 'them', 'us', 'me', 'you']);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Words that start a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some',
  'many', 'several', 'both', 'all', 'each', 'every', 'another', 'other', 'few', 'most', 'no', 'one', 'two', 'three',
  'four', 'five', 'more', 'any', 'such',
]);

/** Prepositions allowed inside a speaker's noun phrase ("a spokesman for the ministry"). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'in', 'from', 'on']);

/** Prepositions after which an -ing cue is a gerund, not a clause ("known for telling others"). */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for', 'of', 'by', 'after', 'before', 'without', 'in', 'on', 'about', 'from', 'while', 'when', 'besides',
]);

/** Leading words of a sentence that are not its subject ("Last week X said"). */
export const LEADING_ADVERBIALS: ReadonlySet<string> = new Set([
  'last', 'this', 'next', 'earlier', 'later', 'on', 'early', 'late', 'week', 'month', 'year', 'yesterday', 'today',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon', 'evening',
  'night', 'weekend', 'meanwhile', 'however', 'yet', 'and', 'but', 'so', 'also', 'afterward', 'afterwards', 'then',
  'now', 'separately', 'still',
]);

/** Titles and ranks that precede a name ("President Joe Biden", "Gov. Eric Holcomb"). */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'ambassador', 'envoy', 'commander', 'director', 'deputy',
  'speaker', 'superintendent', 'chairman', 'chairwoman', 'chair', 'ceo', 'chief', 'executive', 'governor', 'gov.',
  'sen.', 'senator', 'rep.', 'representative', 'mayor', 'judge', 'justice', 'attorney', 'general', 'gen.', 'lt.',
  'col.', 'colonel', 'lieutenant', 'major', 'maj.', 'capt.', 'captain', 'sgt.', 'sergeant', 'adm.', 'admiral',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.', 'professor', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser',
  'advisor', 'negotiator', 'officer', 'official', 'editor', 'founder', 'co-founder', 'leader', 'head', 'counsel',
  'lawyer', 'chancellor', 'premier', 'emir', 'crown', 'sultan', 'president-elect', 'foreign', 'defense', 'defence',
  'interior', 'finance', 'state', 'special', 'former', 'acting', 'senior', 'top', 'assistant', 'associate',
  'press', 'white', 'house', 'national', 'security', 'council', 'u.s.', 'us', 'un', 'u.n.', 'eu', 'supreme',
]);

/** Short forms of titles, so "the governor" finds the actor called "Gov. X". */
export const TITLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  governor: ['gov.', 'gov'],
  senator: ['sen.', 'sen'],
  representative: ['rep.', 'rep'],
  general: ['gen.', 'gen'],
  colonel: ['col.', 'col'],
  president: ['pres.'],
  professor: ['prof.'],
  premier: ['prime minister'],
};

/** Nouns that name a person by role; "the spokesman" is a person, "the ministry" is not. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer', 'minister', 'president', 'governor', 'senator',
  'ambassador', 'envoy', 'leader', 'chief', 'director', 'secretary', 'commander', 'general', 'source', 'witness',
  'lawyer', 'attorney', 'judge', 'prosecutor', 'representative', 'negotiator', 'adviser', 'advisor', 'founder',
  'analyst', 'expert', 'resident', 'man', 'woman', 'mother', 'father', 'teacher', 'doctor', 'mayor', 'premier',
  'chairman', 'chairwoman', 'ceo', 'head', 'aide', 'diplomat', 'counselor', 'councillor', 'lawmaker', 'speaker',
  'meteorologist', 'economist', 'researcher', 'professor', 'activist', 'member', 'candidate', 'king', 'queen',
]);

/** Irregular past forms: a content clause holding one has a verb. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'told', 'made', 'took', 'gave', 'went', 'came', 'saw', 'got', 'began', 'won', 'lost', 'left', 'met', 'held',
  'kept', 'sent', 'spent', 'built', 'brought', 'bought', 'thought', 'fought', 'caught', 'taught', 'found', 'ran', 'led',
  'fled', 'fell', 'rose', 'grew', 'knew', 'drew', 'threw', 'shot', 'hit', 'set', 'put', 'cut', 'hurt', 'paid', 'laid',
  'sold', 'stood', 'understood', 'wrote', 'broke', 'spoke', 'chose', 'froze', 'stole', 'became', 'struck', 'stuck',
  'swept', 'felt', 'dealt', 'meant', 'fed', 'quit', 'shut', 'let', 'spread', 'cost', 'sought', 'sank', 'hid', 'bore',
  'beat', 'bit', 'blew', 'dug', 'drove', 'ate', 'flew', 'forgot', 'forgave', 'hung', 'heard', 'lay', 'lit', 'read',
  'rode', 'rang', 'shook', 'shone', 'sang', 'sat', 'slid', 'swore', 'swam', 'tore', 'wore', 'wove', 'wept', 'withdrew',
  'overtook', 'undertook', 'arose', 'awoke', 'forbade', 'mistook', 'oversaw', 'upheld', 'withheld',
]);

/** Forms of "be": a past participle after one is passive ("was told", "is accused"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Determiners that make the next word a noun ("a say", "the reported death"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'another', 'every', 'no',
]);

/** Core time nouns: a run of TIME_WORDS counts as a time adverbial only when it holds one. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'overnight',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'day', 'time',
]);

/** Words opening a sentence-initial adverbial that ends at the first comma ("At the White House, X said"). */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'at', 'in', 'on', 'when', 'while', 'after', 'before', 'during', 'over', 'since', 'despite', 'as', 'although',
  'though', 'if', 'under', 'afterward', 'afterwards', 'however', 'meanwhile', 'following', 'amid', 'with', 'without',
  'by', 'for', 'from', 'last', 'earlier', 'later', 'yesterday', 'today', 'separately', 'instead', 'still', 'now',
  'then', 'speaking', 'asked', 'according', 'later', 'also', 'because', 'once', 'until', 'unlike', 'like', 'besides',
  'moreover', 'furthermore', 'indeed', 'nonetheless', 'nevertheless', 'thus', 'hence', 'otherwise', 'anyway',
  'regardless', 'altogether', 'overall', 'finally', 'first', 'second', 'third', 'lastly', 'ultimately', 'eventually',
]);

/** Naming verbs: directly before a quotation they name it ("a group called “X”"), not quote it. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'dub', 'brand', 'label', 'term']);

/** Words that make a capitalised phrase the name of an organization, not a person ("Indiana State Police"). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'office', 'council', 'police', 'department', 'authority', 'commission', 'association', 'forces',
  'force', 'army', 'military', 'party', 'court', 'agency', 'service', 'services', 'union', 'league', 'group',
  'company', 'co.', 'inc.', 'corp.', 'ltd', 'ltd.', 'university', 'committee', 'government', 'bank', 'fund',
  'organization', 'organisation', 'institute', 'center', 'centre', 'board', 'foundation', 'network', 'forum',
  'times', 'news', 'press', 'administration', 'embassy', 'parliament', 'congress', 'senate', 'assembly', 'cabinet',
  'coalition', 'movement', 'front', 'brigade', 'brigades', 'guard', 'federation', 'corporation', 'authorities',
  'prosecutors', 'prosecution', 'campaign', 'society', 'alliance', 'secretariat', 'directorate', 'bureau',
  'nations', 'states', 'house', 'command', 'navy', 'post', 'journal', 'tribunal', 'mission', 'management',
  'leadership', 'presidency', 'opposition', 'regime', 'team', 'club', 'firm', 'lab', 'laboratory', 'school',
  'hospital', 'church', 'city', 'state', 'country', 'county', 'province', 'town', 'village', 'family', 'staff',
  'office', 'panel', 'jury', 'crew', 'delegation', 'union', 'unions', 'media', 'outlet', 'newspaper', 'paper',
  'magazine', 'channel', 'station', 'broadcaster', 'website', 'utility', 'operator', 'airline', 'carrier', 'maker',
  'manufacturer', 'producer', 'retailer', 'bank', 'lender', 'insurer', 'giant', 'side', 'sides', 'camp', 'body',
  // company nouns news uses for a company named before ("the automaker said")
  'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'planemaker', 'conglomerate', 'startup', 'supplier', 'distributor',
  'publisher', 'studio', 'chain', 'platform', 'provider', 'regulator', 'watchdog', 'miner', 'refiner', 'exporter',
]);

/**
 * Heads that cannot speak: a phrase ending in one ("the situation said", "the borrowing continued") is no
 * speaker. Suffixes of abstract nouns, checked after ORG_WORDS and PERSON_NOUNS.
 */
export const MUTE_SUFFIXES = ['tion', 'sion', 'ment', 'ness', 'ity', 'ance', 'ence', 'ing', 'acy', 'ism', 'ure'] as const;
export const MUTE_HEADS: ReadonlySet<string> = new Set([
  'this', 'that', 'these', 'those', 'which', 'what', 'plan', 'move', 'deal', 'idea', 'case', 'issue', 'problem',
  'question', 'process', 'program', 'programme', 'policy', 'law', 'bill', 'measure', 'effort', 'step', 'change',
  'growth', 'economy', 'market', 'figures', 'numbers', 'study', 'survey', 'poll', 'data', 'result', 'results', 'event',
  'candidacy', 'campaign', 'story', 'article', 'book', 'film', 'show', 'song', 'none', 'nothing', 'something',
  'time', 'day', 'week', 'month', 'year', 'moment', 'point', 'hour', 'night', 'morning', 'evening', 'than',
]);

/** Adjectives and participles of "people familiar with the matter", "officials briefed on the talks". */
export const INFORMED_WORDS: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'aware', 'privy']);

/** Nouns ending in -ly (not adverbs). */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'family', 'ally', 'rally', 'supply', 'assembly', 'anomaly', 'monopoly', 'reply', 'tally', 'bully', 'italy', 'july',
  'fly', 'belly', 'jelly', 'folly', 'melancholy', 'homily', 'butterfly', 'oligopoly', 'panoply', 'apply', 'comply',
]);

/** Documents that "say" on behalf of whoever issued them ("the statement said"): the speaker is the issuer. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'letter', 'communique', 'communiqué', 'release', 'message', 'post', 'tweet', 'note', 'memo',
  'filing', 'document', 'notice', 'announcement', 'bulletin', 'declaration',
]);

/** Honorifics that tell a person's gender ("Mr. Rubel", "Ms. Macer"). */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'sister']);

/** Role words that tell a person's gender ("spokeswoman", "his wife"). */
export const FEMALE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'woman', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'wife', 'mother', 'daughter',
  'sister', 'widow', 'queen', 'princess', 'actress', 'girl', 'grandmother', 'aunt', 'niece', 'first lady',
]);
export const MALE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'man', 'spokesman', 'congressman', 'businessman', 'councilman', 'husband', 'father', 'son', 'brother', 'widower',
  'king', 'prince', 'actor', 'boy', 'grandfather', 'uncle', 'nephew',
]);

/** Cues that only a written thing can be the subject of ("the statement read", "the sign reads"). */
export const WRITTEN_ONLY_CUES: ReadonlySet<string> = new Set(['read']);
/** Written things that "read" their text, besides DOCUMENT_NOUNS. */
export const WRITTEN_NOUNS: ReadonlySet<string> = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'caption', 'headline', 'text', 'inscription', 'card', 'label', 'ad', 'advertisement', 'slogan', 'email', 'e-mail', 'statements', 'letters', 'messages', 'posts', 'tweets']);

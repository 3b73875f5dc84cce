/**
 * Rules for deadlines, as data. The extractor (deadlines.ts) tokenizes each
 * sentence that holds a trigger word, finds the time expressions in it and
 * asks, for each time, whether one of these cue patterns binds it as a due
 * time. Every word list here is a fact about English, not about an article.
 *
 * Rule ids (the `rule` of each mention, in the order they are tried):
 *   noun-after     "the Oct. 11 deadline", "set an April 15 deadline for",
 *                  "before the Sunday deadline", "March 1 is the deadline to"
 *   have-until     "X have until Friday at noon to", "gave X until T to"
 *   extended-to    "extend its bid ... to Nov. 6", "pushed the deadline back to March 1"
 *   due            "is due by next week", "payments due on Tuesday"
 *   expiry         "expires at the end of the year", "lapses on", "runs out on",
 *                  "is valid until", "an ultimatum ending at midnight"
 *   no-later-than  "no later than T", "not later than T"
 *   obligation-by  "X must Y by T", "ordered X to Y by T", "is required to Y by T",
 *                  "were due to Y by T", "is supposed to be Y by T"
 *   noun-before    "the deadline for X to Y expires at T", "deadline ..., T"
 *   anaphoric      "... at midnight Sunday. That's the deadline for X to Y"
 */
/** Nouns that name a deadline. */
export const DEADLINE_NOUNS = new Set([
    'deadline', 'deadlines', 'ultimatum', 'ultimatums', 'ultimata', 'cutoff', 'cutoffs',
]);
/**
 * Words that make a sentence worth the heavier passes. A sentence without
 * any of these is skipped after tokenizing.
 */
export const TRIGGERS = new Set([
    ...DEADLINE_NOUNS,
    'until', 'till', 'through', 'by', 'before', 'due', 'later', 'valid',
    'expires', 'expire', 'expiring', 'lapses', 'lapse', 'lapsing', 'runs', 'run', 'ending', 'ends',
]);
/**
 * Single-word obligation cues: a "by T" or "before T" in the same clause
 * after one of these is a due time ("must withdraw by", "ordered ... to
 * release ... by", "were due to file ... by").
 */
export const OBLIGATION_WORDS = new Set([
    'must', 'required', 'requires', 'require', 'requiring', 'requirement',
    'ordered', 'orders', 'ordering', 'order',
    'supposed', 'obliged', 'obligated', 'obligation', 'mandated', 'mandates', 'mandate',
    'directed', 'directs', 'instructed', 'instructs', 'urged', 'urges', 'urging',
    'demanded', 'demands', 'demanding', 'compelled', 'forced',
    'due', ...DEADLINE_NOUNS,
]);
/** Two-word obligation cues: first word, then "to" ("has to", "need to"). */
export const OBLIGATION_BEFORE_TO = new Set([
    'has', 'have', 'had', 'having', 'need', 'needs', 'needed',
]);
/**
 * Verbs by which someone sets a deadline for someone else: the subject of
 * the verb is `setBy`, its object (before "to") is the subject of the deadline.
 */
export const DIRECTIVE_VERBS = new Set([
    'ordered', 'orders', 'order', 'ordering', 'urged', 'urges', 'urge', 'urging',
    'directed', 'directs', 'direct', 'instructed', 'instructs', 'instruct',
    'required', 'requires', 'require', 'demanded', 'demands', 'demand',
    'told', 'tells', 'tell', 'asked', 'asks', 'ask', 'compelled', 'forced',
]);
/** Verbs whose subject set the deadline ("Sullivan set an April 15 deadline"). */
export const SETTER_VERBS = new Set([
    ...DIRECTIVE_VERBS,
    'set', 'sets', 'setting', 'gave', 'given', 'gives', 'give', 'giving', 'granted', 'grants', 'grant',
    'imposed', 'imposes', 'impose', 'issued', 'issues', 'issue', 'extended', 'extends', 'extend',
    'established', 'establishes', 'fixed', 'announced', 'announces',
]);
/** "X have until T": the words that hold the time. */
export const HOLD_UNTIL = new Set(['have', 'has', 'had', 'having']);
/** "gave X until T": verbs that grant time, up to a few words before "until". */
export const GRANT_UNTIL = new Set([
    'gave', 'given', 'give', 'gives', 'giving', 'granted', 'grant', 'grants', 'granting', 'allowed', 'allows', 'allow',
]);
/** Words allowed between HOLD_UNTIL and "until" ("has only until"). */
export const UNTIL_ADVERBS = new Set(['only', 'still', 'just', 'now', 'officially', 'technically']);
/** Verbs of lapsing: "expires at T", "lapses on T". Past forms are left out on purpose. */
export const EXPIRY_VERBS = new Set(['expires', 'expire', 'expiring', 'lapses', 'lapse', 'lapsing']);
/** "runs out on T": first word, then "out". */
export const RUN_OUT = new Set(['runs', 'run', 'running']);
/** "an ultimatum ending at T": verbs of ending, only with a deadline noun before them. */
export const ENDING_VERBS = new Set(['ends', 'end', 'ending', 'expires', 'expire', 'expiring', 'runs', 'passes', 'falls']);
/** Prepositions between a lapsing verb or "due" and the time. */
export const TIME_PREPS = new Set(['at', 'on', 'in', 'by', 'before']);
/**
 * The word right before a time that a deadline noun earlier in the clause
 * may bind: "deadline ... expires at T", "deadline is T", "deadline, T".
 */
export const NOUN_LINKS = new Set([
    'at', 'on', 'by', 'of', 'is', 'was', 'be', 'expires', 'expire', 'falls', 'fall', 'ends', 'comes', 'for', 'until', 'as',
    ',', '\u2014', '\u2013', ':', '(',
]);
/** Copulas between a time and a deadline noun: "March 1 is the deadline". */
export const COPULAS = new Set(['is', 'was', 'will', 'be', 'marks', 'remains', 'became', 'becomes']);
/** Pronouns that refer back to a time: "That's the deadline for ...". */
export const ANAPHORS = new Set(['that', 'this', 'which', 'it', "that's", "it's", "that\u2019s", "it\u2019s"]);
/** Words that end a clause when walking away from a cue. */
export const CLAUSE_BREAKS = new Set([';', 'but', 'although', 'though', 'whereas', 'while', 'because']);
/** Words that end a noun phrase when walking left from its verb. */
export const NP_BREAKS = new Set([
    'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'when', 'while', 'because', 'if', 'although', 'as',
    'after', 'before', 'since', 'where', 'said', 'says', 'say', 'than', 'then', 'so', 'despite', 'though', 'until', 'unless',
]);
/** Auxiliaries and adverbs skipped between a subject and its verb ("will have", "were also due"). */
export const AUXILIARIES = new Set([
    'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
    'has', 'have', 'had', 'also', 'still', 'now', 'only', 'just', 'already', 'likely', 'then', 'not', "n't", 'do', 'does',
    'did', 'first', 'each', 'all', 'both', 'reportedly', 'originally', 'previously', 'again', 'legally', 'now',
]);
/** Pronouns: a subject that is one of these is left unnamed. */
export const PRONOUNS = new Set([
    'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'them', 'him', 'her', 'us', 'me',
    'there', 'which', 'who', 'one', 'everyone', 'anyone', 'someone',
]);
/** Speech and statement verbs, for the speaker who set a deadline ("..., the ministry continued"). */
export const SPEECH_VERBS = new Set([
    'said', 'says', 'say', 'continued', 'added', 'adds', 'announced', 'announces', 'stated', 'states', 'wrote', 'writes',
    'told', 'tells', 'warned', 'warns', 'noted', 'notes', 'explained', 'declared', 'insisted', 'stressed', 'reported',
    'reports', 'confirmed', 'confirms', 'tweeted', 'posted', 'argued', 'claimed', 'demanded', 'ordered', 'ruled',
]);
/** Times that name no point: "until now", "by then". */
export const VAGUE_TIMES = new Set([
    'now', 'then', 'recently', 'currently', 'present', 'soon', 'later', 'earlier', 'eventually', 'the moment',
    'the time being', 'right now', 'just now',
]);
/** Month names and abbreviations, for the fallback's quick look-ahead and the year policy. */
export const MONTHS = new Map([
    ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
    ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
    ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Weekday names and abbreviations -> 0 (Sunday) .. 6. */
export const WEEKDAYS = new Map([
    ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
    ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5],
    ['saturday', 6], ['sat', 6],
]);
/** Words that can open or belong to a time expression, for the fallback's look-around. */
export const TIME_WORDS = new Set([
    ...MONTHS.keys(), ...WEEKDAYS.keys(),
    'today', 'tonight', 'tomorrow', 'yesterday', 'midnight', 'noon', 'midday', 'end', 'next', 'week', 'month', 'year',
    'weekend', 'morning', 'afternoon', 'evening', 'night', 'close',
]);
/** Parts of a day that give no clock time: "Saturday afternoon" is a date for a deadline. */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'tonight', 'overnight', 'dawn', 'dusk']);
/** Clock markers: a time with one of these (or "9:30") names a clock time. */
export const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'o\u2019clock', 'noon', 'midday', 'midnight', 'gmt', 'utc', 'hours', 'hrs']);
/** Leading words chrono keeps in a result's text that are not part of the time ("at 9 am"). */
export const LEADING_PREPS = new Set(['at', 'on', 'in', 'by', 'from', 'until', 'till', 'before', 'after', 'of']);
/** Words allowed between two adjacent time fragments that form one time ("9 am local time on Friday"). */
export const TIME_GLUE = new Set([
    'local', 'time', 'on', 'at', 'of', 'the', ',', '(', ')', "'s", '\u2019s', 'gmt', 'utc', 'et', 'est', 'edt',
]);
/** Determiners and quantifiers stripped from the front of a subject name. */
export const LEADING_DETERMINERS = new Set(['all', 'each', 'every', 'any', 'both']);
/**
 * Words that put a deadline's own clause in the past ("the deadline passed
 * on Friday", "were due to file by March 15", "had until"). Verbs that set a
 * deadline ("ordered", "set", "gave") do not: the due may still be ahead.
 */
export const PAST_MARKERS = new Set([
    'had', 'was', 'were', 'did', 'expired', 'passed', 'lapsed', 'ended', 'missed', 'came', 'went', 'fell', 'closed',
    'elapsed', 'ran',
]);
/** Be-forms before a participle that is not a past tense ("is required", "are supposed"). */
export const BE_FORMS = new Set(['is', 'are', 'am', 'be', 'being', "'s", 'not']);
/** Irregular past tenses of verbs that set deadlines ("gave", "set" is ambiguous and left out). */
export const IRREGULAR_PAST = new Set(['gave', 'told', 'made', 'sent', 'wrote', 'said', 'got', 'took', 'put']);
/** "extended the offer to T": always a new due time. */
export const EXTEND_VERBS = new Set(['extend', 'extends', 'extended', 'extending']);
/** "moved the deadline to T": a new due time only with a deadline noun after the verb. */
export const MOVE_VERBS = new Set([
    'postpone', 'postponed', 'postpones', 'delay', 'delayed', 'delays', 'push', 'pushed', 'pushes', 'move', 'moved', 'moves',
    'shift', 'shifted', 'brought', 'bring', 'advanced',
]);
/**
 * Financial instruments whose "due <date>" is a maturity printed as part of
 * their name ("$100 million of senior notes due Nov. 1, 2009"), not a deadline.
 */
export const MATURING_INSTRUMENTS = new Set([
    'notes', 'note', 'bonds', 'debentures', 'debenture', 'securities', 'certificates', 'paper', 'issues', 'treasuries',
    'mortgages', 'obligations', 'warrants', 'eurobonds', 'loans', 'debt', 'preferred', 'shares',
]);
/**
 * Events that are "due" at a time without being deadlines: "the election due
 * this September" is scheduled. With "due by" they still count.
 */
export const SCHEDULED_EVENTS = new Set([
    'election', 'elections', 'vote', 'votes', 'poll', 'polls', 'referendum', 'hearing', 'hearings', 'trial', 'sentencing',
    'meeting', 'meetings', 'summit', 'talks', 'visit', 'arrival', 'launch', 'debut', 'opening', 'ceremony', 'match',
    'game', 'games', 'flight', 'concert', 'premiere', 'wedding', 'birth', 'baby', 'speech', 'address', 'session',
]);
//# sourceMappingURL=deadlines.rules.js.map
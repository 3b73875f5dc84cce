/**
 * Word lists and patterns for the times extractor, as data. The parsers in
 * `parsers/` and refiners in `refiners/` apply them; nothing here is specific
 * to any one article.
 */
export const MONTHS = {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
    july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** Full month names that are also common English words or names: need a licensing context when alone. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august', 'june', 'april', 'january']);
export const WEEKDAYS = {
    sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
/** Number words, for counts ("two days ago") and spelled-out years. */
export const NUMBER_WORDS = {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, 'a couple of': 2, couple: 2,
};
export const TENS_WORDS = {
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const UNITS_WORDS = {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
export const TEENS_WORDS = {
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19,
};
/** Seasons: the month they start in (northern hemisphere, meteorological). */
export const SEASONS = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
export const HOLIDAYS = {
    'christmas': { month: 12, day: 25 },
    'christmas day': { month: 12, day: 25 },
    'christmas eve': { month: 12, day: 24 },
    "new year's day": { month: 1, day: 1 },
    "new year's eve": { month: 12, day: 31 },
    "valentine's day": { month: 2, day: 14 },
    'halloween': { month: 10, day: 31 },
    'boxing day': { month: 12, day: 26 },
    'thanksgiving': { nth: 4, weekday: 4, month: 11 },
    'thanksgiving day': { nth: 4, weekday: 4, month: 11 },
    'memorial day': { nth: -1, weekday: 1, month: 5 },
    'labor day': { nth: 1, weekday: 1, month: 9 },
    'easter': { easter: 0 },
    'easter sunday': { easter: 0 },
    'easter monday': { easter: 1 },
    'good friday': { easter: -2 },
    'election day': { election: true },
};
/** Words before a time expression that belong to the sentence, not the expression. */
export const LEADING_PREPOSITIONS = new Set([
    'on', 'at', 'in', 'from', 'by', 'since', 'until', 'till', 'til', 'to', 'of', 'during', 'before', 'after', 'as', 'for', 'through', 'throughout',
]);
/**
 * Modifiers that annotators include in the span ("early Friday", "late
 * November", "earlier this month", "the end of 2020"). Matched backwards from
 * the expression's start; the value keeps the expression's precision.
 */
export const SPAN_MODIFIERS = /(?:\b(?:early|late|earlier|later|mid|mid-|the\s+(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|last\s+half|first\s+days?|last\s+days?)\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of)(?:\s*-)?\s*)$/i;
/** A bare month or year is a time when one of these words comes right before it. */
export const LICENSING_BEFORE = new Set([
    'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'thru', 'last', 'next', 'this', 'early', 'late', 'mid',
    'of', 'before', 'after', 'during', 'between', 'and', 'or', 'around', 'throughout', 'circa', 'that', 'each', 'every',
    'earlier', 'later', 'fiscal', 'on', 'for', 'past', 'about', 'the', 'as', 'nor', 'than', 'into',
]);
/** Words after a 4-digit number that show it is a count or a code, not a year. */
export const NOT_YEAR_AFTER = /^\s*(?:%|percent\b|per\s?cent\b|people\b|persons\b|troops\b|soldiers\b|fighters\b|civilians\b|men\b|women\b|children\b|residents\b|families\b|refugees\b|dollars\b|euros\b|pounds\b|shares\b|points\b|units\b|km\b|kilomet|miles?\b|meters?\b|metres?\b|feet\b|tons?\b|tonnes?\b|votes\b|cases\b|deaths\b|hours\b|minutes\b|calories\b|mg\b|kg\b|lbs?\b|barrels\b|acres\b|hectares\b|homes\b|houses\b|jobs\b|workers\b|employees\b|members\b|students\b|vehicles\b|cars\b|rounds\b|rockets\b|missiles\b|sq\b|square\b|ft\b|m\b|yards\b|times\b|rpm\b|cc\b|mw\b|gw\b|yen\b|marks\b|francs\b|guilders\b|pence\b|cents\b|rupees\b|rubles\b|lira\b|billion\b|million\b|thousand\b|bpd\b|mph\b|pages\b|words\b|steps\b|seats\b|beds\b|doses\b|tests\b|samples\b|sites\b|companies\b|firms\b|banks\b|schools\b|villages\b|buildings\b|prisoners\b|detainees\b|protesters\b|demonstrators\b|police\b|officers\b|staff\b|patients\b|victims\b|migrants\b|voters\b|delegates\b|athletes\b|fans\b|users\b|customers\b|visitors\b|tourists\b|passengers\b|a\s+share\b)/i;
/** Words before a 4-digit number that show it is not a year. */
export const NOT_YEAR_BEFORE = /(?:[$€£¥#№]\s*|\b(?:no|nos|number|route|highway|flight|room|suite|apt|page|pages|p|pp|chapter|article|resolution|law|code|model|version|rule|box|unit|area|zone|bus|line|platform|gate|exit|interstate|i|us|about|nearly|almost|some|over|roughly|approximately|around|than|top|just|only|at\s+least|up\s+to|total\s+of|of\s+about|dow|index|rated|scored?|with|by\s+about)\.?\s+|[\d.,:/-])$/i;
/** Tense cues: words that put the clause in the future. */
export const FUTURE_CUES = new Set([
    'will', "'ll", 'shall', 'wo', "won't", 'won’t', 'upcoming', 'next', 'coming', 'would',
    'postponed', 'should', 'must', 'tentatively', 'begins', 'starts', 'opens',
]);
/** Words that put the clause in the future when "to" or "for" follows ("scheduled for", "expected to", "plans to"). */
export const FUTURE_BEFORE_TO_FOR = new Set([
    'scheduled', 'slated', 'expected', 'expects', 'expect', 'planned', 'plans', 'plan', 'planning', 'set', 'due', 'intends',
    'intend', 'hopes', 'hope', 'aims', 'aim', 'poised', 'likely', 'going', 'ready', 'prepared', 'preparing', 'promised', 'vowed', 'pledged',
]);
/**
 * Reporting verbs: they date the saying, not what is said, so they count only
 * right next to the expression ("said Tuesday", "announced on Monday").
 */
export const REPORTING_VERBS = new Set([
    'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'added', 'adds', 'noted', 'reported', 'stated', 'declared',
    'wrote', 'writes', 'confirmed', 'insisted', 'warned', 'explained', 'according',
]);
/** Cues that the clause reports the past. */
export const PAST_CUES = new Set([
    'was', 'were', 'had', 'did', 'said', 'told', 'announced', 'went', 'came', 'took', 'met', 'made', 'gave', 'saw', 'began',
    'held', 'left', 'fell', 'rose', 'won', 'lost', 'struck', 'hit', 'killed', 'led', 'sent', 'spoke', 'wrote', 'broke', 'ran',
    'brought', 'bought', 'sold', 'paid', 'found', 'became', 'thought', 'felt', 'kept', 'got', 'put', 'stood', 'heard',
    'began', 'knew', 'shot', 'quit', 'ago', 'last', 'earlier', 'previously', 'since', 'been', 'agreed', 'signed', 'reported',
    'yesterday', 'drew', 'grew', 'threw', 'flew', 'fought', 'caught', 'taught', 'sought', 'meant', 'built', 'spent', 'lent',
    'dealt', 'swept', 'slept', 'wept', 'lay', 'laid', 'paid', 'rang', 'sang', 'sank', 'shrank', 'wore', 'tore', 'swore', 'bore',
]);
/** "-ed" words that are not past-tense verbs. */
export const NOT_PAST_ED = new Set([
    'red', 'bed', 'fed', 'need', 'seed', 'speed', 'feed', 'bleed', 'breed', 'creed', 'greed', 'weed', 'shed', 'sled', 'wed', 'led',
    'indeed', 'hundred', 'kindred', 'naked', 'sacred', 'wicked', 'rugged', 'ragged', 'beloved', 'aged', 'learned', 'blessed',
    'dogged', 'crooked', 'united', 'limited', 'unlimited', 'armed', 'unarmed', 'so-called', 'based', 'related', 'detailed',
    'advanced', 'experienced', 'skilled', 'unemployed', 'concerned', 'interested', 'supposed', 'used', 'alleged', 'embattled',
    'proposed', 'expected', 'scheduled', 'planned', 'postponed', 'delayed', 'due', 'set', 'slated',
]);
/** Vague or durational words chrono reads as times that annotators leave out or mark optional. */
export const VAGUE_TEXTS = new Set(['now', 'right now', 'currently', 'recently']);
/**
 * Time-zone abbreviations printed after clock times: a fixed offset in
 * minutes, or an IANA zone when the abbreviation follows daylight saving
 * ("ET" is EST or EDT by date). Upper case only in text.
 */
export const ZONE_ABBREVIATIONS = {
    GMT: 0, UTC: 0, UT: 0, Z: 0, BST: 60, IST: 330, CET: 60, CEST: 120, WET: 0, WEST: 60, EET: 120, EEST: 180,
    MSK: 180, TRT: 180, AST: 180, GST: 240, PKT: 300, ICT: 420, WIB: 420, HKT: 480, SGT: 480, PHT: 480,
    AWST: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780, SAST: 120, WAT: 60, EAT: 180,
    EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, HST: -600,
    ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
};
/** Words that make a following weekday part of a name ("Bloody Sunday", "Black Friday", "Super Tuesday"). */
export const WEEKDAY_NAME_PREFIXES = new Set([
    'bloody', 'black', 'blue', 'cyber', 'super', 'giving', 'freaky', 'joe', 'man', 'girl', 'mad', 'manic', 'fat', 'holy',
    'good', 'maundy', 'shrove', 'ash', 'palm', 'whit', 'low', 'easter', 'orange', 'red', 'white', 'green', 'casual', 'throwback',
]);
/** "today's" before these words means "of our time", not the publication day. */
export const GENERIC_TODAY_NOUNS = /^['’]s\s+(?:world|youth|young|society|generation|standards|children|kids|technology|computers|economy|culture|climate|politics|media|students|families|workplace|america|global|modern|environment|age|era|market|markets|consumers?|teens|teenagers|parents|women|men|people|life|lifestyles?|businesses|companies|workforce|classrooms?|schools?|military|army|warfare|church|music|films?|television|internet|digital|personal|standard|fast-paced|competitive|political|economic|increasingly)\b/i;
/** A capitalized "Today" after one of these is a name ("USA Today", "VOA Today"). */
export const TODAY_NAME_BEFORE = /\b(?:USA|VOA|Psychology|China|Russia|India|Africa|Europe|Australia|Britain|Marketing|Christianity)\s+$/;
//# sourceMappingURL=times.rules.js.map
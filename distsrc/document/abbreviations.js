/**
 * Words that end in a period without ending a sentence. Lower-cased, without
 * the final period. Titles, months, places, corporate and Latin abbreviations.
 */
export const ABBREVIATIONS = new Set([
    // titles and ranks
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'hon', 'pres', 'gov', 'sen', 'rep', 'reps', 'sens',
    'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'supt', 'insp', 'det', 'amb',
    'atty', 'fr', 'msgr', 'sec', 'rt', 'mme', 'mlle', 'messrs',
    // months and weekdays
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    // organizations and addresses
    'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft', 'hwy',
    // US states as printed by news agencies
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
    'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash',
    'wis', 'wyo',
    // misc
    'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'p', 'ed', 'eds', 'cf', 'al', 'viz',
    'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'e.u', 'n.y', 'l.a', 'ph.d',
]);
/** Abbreviations that often do end a sentence ("... in the U.S. The ..."): split there when a capital follows. */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set([
    'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'e.u', 'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'a.m', 'p.m',
]);
/** Words that begin sentences far more often than names do; used after ambiguous abbreviations. */
export const SENTENCE_STARTERS = new Set([
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
    'and', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'his', 'her', 'its', 'their', 'our',
    'officials', 'some', 'many', 'most', 'for', 'since', 'however', 'meanwhile', 'yet', 'so', 'still', 'last', 'now',
]);
//# sourceMappingURL=abbreviations.js.map
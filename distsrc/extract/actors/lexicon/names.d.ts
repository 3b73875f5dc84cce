/**
 * Given names common in international news that compromise's lexicon does
 * not tag as first names. Lower case. compromise's FirstName tag covers most
 * English names; this list adds frequent Arabic, Persian, Turkish, South and
 * East Asian, African and Slavic ones.
 */
export declare const GIVEN_NAMES: Set<string>;
/** Lower-case short form or full name -> the full names it may stand for (itself included). */
export declare const GIVEN_NAME_FORMS: Map<string, Set<string>>;
/** May two given names name one person ("Chuck" and "Charles", "Bill" and "William")? */
export declare function sameGivenName(a: string, b: string): boolean;

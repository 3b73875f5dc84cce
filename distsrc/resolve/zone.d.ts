/**
 * The story's time zone: the zone of the place the story is about, and its
 * UTC offset at a given instant computed from Intl's time-zone data.
 *
 * The place the story is about: the zone whose cities, regions and
 * neighborhoods the body mentions most (a dateline place counts as a mention
 * and a half, a landmark as half); else the dateline's place; else the most
 * mentioned country (a country's zone is its capital's).
 */
import type { Place } from '../schema.js';
export declare function storyTimezone(places: Place[], dateline: {
    text: string;
} | null): string | null;
/**
 * "+03:00": the UTC offset of an IANA zone at an instant, from Intl's zone
 * data (one formatter per zone, reused: building one costs more than a parse).
 */
export declare function utcOffset(timezone: string, at: Date): string;

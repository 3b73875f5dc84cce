export type GazKind = 'country' | 'region' | 'city' | 'neighborhood';
export interface GazEntry {
    id: number;
    kind: GazKind;
    name: string;
    /** ISO 3166-1 alpha-2, null for regions spanning countries. */
    country: string | null;
    /** GeoNames admin1 code (US: the state's postal code). */
    admin: string;
    /** GeoNames feature code (PPLC capital, PPLA admin1 seat, PPLX neighbourhood...), ADM1 or RGN for regions. */
    feature: string;
    population: number;
    lat: number | null;
    lon: number | null;
    timezone: string | null;
    aliases: string[];
    /** Also a common English word ("Reading", "Split"). */
    commonWord: boolean;
    /** Also a person's name ("Jackson", "Sydney"). */
    personName: boolean;
    /** From the small tier. */
    small: boolean;
}
/** Folded form for lookups: no accents, apostrophes, dots or commas; hyphens as spaces; lower case. */
export declare function placeKey(s: string): string;
export declare class Gazetteer {
    private readonly smallLoader;
    private main;
    private smallTier;
    private countries;
    private countryZone;
    readonly size: number;
    constructor(text: string, smallLoader: () => string);
    /**
     * Index a tier without parsing its rows: only names and aliases are read
     * now, a row becomes an entry when a lookup returns it.
     */
    private load;
    private entry;
    private find;
    /** Entries of the main tier named (or also called) `surface`. */
    lookup(surface: string): GazEntry[];
    /** Entries of the small tier (loaded on first call). */
    lookupSmall(surface: string): GazEntry[];
    get smallLoaded(): boolean;
    country(code: string): GazEntry | null;
    /** The zone of a country: its capital's. */
    zoneOfCountry(code: string): string | null;
}
/** The shipped gazetteer, loaded on first use. */
export declare function gazetteer(): Gazetteer;

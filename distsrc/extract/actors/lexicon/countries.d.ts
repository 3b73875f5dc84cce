export interface CountryEntry {
    code: string;
    name: string;
    names: string[];
    demonyms: string[];
    capitals: string[];
}
export declare const COUNTRIES: CountryEntry[];
/** Country by any of its names or short forms ("US", "U.S.", "Britain"). */
export declare const COUNTRY_BY_NAME: Map<string, CountryEntry>;
/** Country by demonym ("Syrian" -> Syria). */
export declare const COUNTRY_BY_DEMONYM: Map<string, CountryEntry>;
/** Country by capital ("Damascus" -> Syria). */
export declare const COUNTRY_BY_CAPITAL: Map<string, CountryEntry>;
export declare function countryByName(s: string): CountryEntry | undefined;
export declare function countryByDemonym(s: string): CountryEntry | undefined;
export declare function countryByCapital(s: string): CountryEntry | undefined;

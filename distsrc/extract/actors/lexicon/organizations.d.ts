export type OrgKind = 'body' | 'media' | 'company' | 'education' | 'sports';
export interface OrgEntry {
    name: string;
    names: string[];
    /** what the organization is, from the table's section: a company may be "the company", a newspaper "the newspaper" */
    kind: OrgKind;
}
export declare const KNOWN_ORGS: OrgEntry[];
/** The known organization named `s`, if any (case-insensitive; acronyms must match case). */
export declare function knownOrg(s: string): OrgEntry | undefined;
/** Known acronyms of organizations -> expansion, for merging "UN" with "United Nations". */
export declare const ACRONYM_EXPANSIONS: Map<string, string>;

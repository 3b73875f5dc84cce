/** The leagues and bodies whose naming makes an article one about that sport. */
export declare const LEAGUE_NAMES: Record<string, string[]>;
export interface TeamEntry {
    name: string;
    league: string;
    /** short names that need the sport's context */
    short: string[];
}
export declare const TEAMS: TeamEntry[];
/** Full team names -> entry (a full name needs no context: "Pittsburgh Steelers"). City-named clubs ("Chelsea", "Liverpool") are short names of themselves. */
export declare const TEAM_BY_FULL: Map<string, TeamEntry>;
/** Short names -> the teams they may name. */
export declare const TEAM_BY_SHORT: Map<string, TeamEntry[]>;
/** League name -> league key. */
export declare const LEAGUE_BY_NAME: Map<string, string>;

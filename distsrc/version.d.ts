/** The package version, read once from package.json. */
export declare const VERSION: string;

/**
 * Default safety limits, in a module without dependencies so the CLI can
 * show them in --help without loading the pipeline.
 */
/** Milliseconds a URL fetch may take, body included (CLI: --timeout, in seconds). */
export declare const DEFAULT_TIMEOUT_MS = 20000;
/** Largest input accepted, in bytes, also after decompression (CLI: --max-bytes). */
export declare const DEFAULT_MAX_BYTES: number;
/**
 * Most body text (characters) given to the extractors; longer text is cut
 * with a warning in meta.warnings (CLI: --max-chars). Several times the
 * longest real news article (long reads are 30-100k characters); tagging this
 * much with compromise and the extractors takes one to three seconds here.
 */
export declare const DEFAULT_MAX_CHARS = 200000;

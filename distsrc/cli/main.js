/**
 * The command-line adapter: flags -> library call -> renderer -> exit code.
 * Exit codes: 0 ok, 1 the input could not be read or extracted, 2 usage or fatal error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describeError, NewsxError } from '../errors.js';
import { FORMATS, render } from '../output/render.js';
import { VERSION } from '../version.js';
import { parsePublishedOption } from '../page/dates.js';
import { colorLevel } from '../output/color.js';
import { registerSchema } from './schema.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT_MS } from '../limits.js';
import { registerBatch } from './batch.js';
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
function positiveNumber(name) {
    return (v) => {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0)
            throw new InvalidArgumentError(`${name} must be a positive number`);
        return n;
    };
}
/** A positive whole number, with an optional k/M/G suffix (powers of 1024 for bytes, of 1000 for characters). */
function positiveSize(name, base) {
    return (v) => {
        const m = /^(\d+(?:\.\d+)?) ?([kmg]?)i?b?$/i.exec(v.trim());
        const unit = m ? { '': 1, k: base, m: base ** 2, g: base ** 3 }[m[2].toLowerCase()] : NaN;
        const n = m ? Math.floor(Number(m[1]) * unit) : NaN;
        if (!Number.isSafeInteger(n) || n <= 0)
            throw new InvalidArgumentError(`${name} must be a positive whole number (e.g. 500000, 10M)`);
        return n;
    };
}
/** Write to stdout and wait until it is flushed; a closed pipe (EPIPE) ends the wait quietly. */
function writeOut(s) {
    return new Promise((resolve) => {
        const done = () => {
            process.stdout.off('error', done);
            resolve();
        };
        process.stdout.once('error', done);
        if (process.stdout.write(s))
            done();
        else
            process.stdout.once('drain', done);
    });
}
export function errorLine(err) {
    const { message } = describeError(err);
    return `newsx: ${message}\n`;
}
export async function main(argv) {
    let exitCode = EXIT_OK;
    const program = new Command();
    program
        .name('newsx')
        .description('Turn a news article into structured JSON: actors, places, quotes, times and deadlines.')
        .version(VERSION, '-V, --version')
        .exitOverride()
        .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
        .showHelpAfterError('(run newsx --help for usage)');
    program
        .argument('<source>', 'a file (HTML or text), an http(s) URL, or - for stdin')
        .option('--published <date>', 'publication date used to resolve relative times (overrides the page)', (v) => {
        if (!parsePublishedOption(v))
            throw new InvalidArgumentError(`cannot read "${v}" as a date`);
        return v;
    })
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
        .option('--pretty', 'pretty-print JSON (default on a terminal)')
        .option('--compact', 'one-line JSON (default when piped)')
        .option('--no-color', 'no colour in the terminal view (also NO_COLOR=1)')
        .addOption(new Option('--input <type>', 'treat the input as html or text instead of detecting it').choices(['html', 'text']))
        .option('--timeout <seconds>', 'URL fetch timeout in seconds, body included', positiveNumber('--timeout'), DEFAULT_TIMEOUT_MS / 1000)
        .option('--max-bytes <n>', 'largest input accepted, in bytes, also after decompression (e.g. 10M)', positiveSize('--max-bytes', 1024), DEFAULT_MAX_BYTES)
        .option('--max-chars <n>', 'longest body text given to the extractors; longer text is cut with a warning', positiveSize('--max-chars', 1000), DEFAULT_MAX_CHARS)
        .action(async (source, flags) => {
        exitCode = await runExtract(source, flags);
    });
    // subcommands register here (each adds its own command and sets the exit code through the callback)
    const setExit = (code) => {
        exitCode = code;
    };
    void setExit;
    registerSchema(program);
    registerBatch(program, setExit);
    try {
        await program.parseAsync(argv);
    }
    catch (err) {
        if (err instanceof CommanderError) {
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
                return EXIT_OK;
            return EXIT_USAGE;
        }
        process.stderr.write(errorLine(err));
        return EXIT_USAGE;
    }
    return exitCode;
}
async function runExtract(source, flags) {
    try {
        // loaded on demand so --help and --version start fast (compromise alone takes ~200 ms to load)
        const [{ readSource }, { extract }] = await Promise.all([import('../source/read.js'), import('../pipeline.js')]);
        const src = await readSource(source, { timeoutMs: flags.timeout * 1000, maxBytes: flags.maxBytes });
        const result = extract(src.content, {
            format: flags.input,
            maxChars: flags.maxChars,
            published: flags.published ?? null,
            source: src.name,
            url: src.url,
        });
        const pretty = flags.compact ? false : flags.pretty ? true : Boolean(process.stdout.isTTY);
        const width = process.stdout.isTTY ? Math.max(60, Math.min(process.stdout.columns || 80, 120)) : 80;
        await writeOut(render(result, flags.format, { pretty, colorLevel: colorLevel(process.stdout, flags.color), width }));
        return EXIT_OK;
    }
    catch (err) {
        process.stderr.write(errorLine(err));
        return err instanceof NewsxError && err.code === 'EUSAGE' ? EXIT_USAGE : EXIT_FAILED;
    }
}
//# sourceMappingURL=main.js.map
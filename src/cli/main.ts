/**
 * The command-line adapter: flags -> library call -> renderer -> exit code.
 * Exit codes: 0 ok, 1 the input could not be read or extracted, 2 usage or fatal error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { describeError, NewsxError } from '../errors.js';
import { FORMATS, render, type Format } from '../output/render.js';
import { VERSION } from '../version.js';
import { parsePublishedOption } from '../page/dates.js';
import { colorLevel } from '../output/color.js';
import { registerSchema } from './schema.js';
import { registerBatch } from './batch.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

interface ExtractFlags {
  published?: string;
  format: Format;
  pretty?: boolean;
  compact?: boolean;
  input?: 'html' | 'text';
  color?: boolean;
  timeout: number;
  maxBytes: number;
}

function positiveNumber(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
    return n;
  };
}

function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export function errorLine(err: unknown): string {
  const { message } = describeError(err);
  return `newsx: ${message}\n`;
}

export async function main(argv: string[]): Promise<number> {
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
      if (!parsePublishedOption(v)) throw new InvalidArgumentError(`cannot read "${v}" as a date`);
      return v;
    })
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS as string[]).default('json'))
    .option('--pretty', 'pretty-print JSON (default on a terminal)')
    .option('--compact', 'one-line JSON (default when piped)')
    .option('--no-color', 'no colour in the terminal view (also NO_COLOR=1)')
    .addOption(new Option('--input <type>', 'treat the input as html or text instead of detecting it').choices(['html', 'text']))
    .option('--timeout <seconds>', 'URL fetch timeout in seconds', positiveNumber('--timeout'), 20)
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveNumber('--max-bytes'), 10 * 1024 * 1024)
    .action(async (source: string, flags: ExtractFlags) => {
      exitCode = await runExtract(source, flags);
    });
  // subcommands register here (each adds its own command and sets the exit code through the callback)
  const setExit = (code: number) => {
    exitCode = code;
  };
  void setExit;
  registerSchema(program);
  registerBatch(program, setExit);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    process.stderr.write(errorLine(err));
    return EXIT_USAGE;
  }
  return exitCode;
}

async function runExtract(source: string, flags: ExtractFlags): Promise<number> {
  try {
    // loaded on demand so --help and --version start fast (compromise alone takes ~200 ms to load)
    const [{ readSource }, { extract }] = await Promise.all([import('../source/read.js'), import('../pipeline.js')]);
    const src = await readSource(source, { timeoutMs: flags.timeout * 1000, maxBytes: flags.maxBytes });
    const result = extract(src.content, {
      format: flags.input,
      published: flags.published ?? null,
      source: src.name,
      url: src.url,
    });
    const pretty = flags.compact ? false : flags.pretty ? true : Boolean(process.stdout.isTTY);
    const width = process.stdout.isTTY ? Math.max(60, Math.min(process.stdout.columns || 80, 120)) : 80;
    await writeOut(render(result, flags.format, { pretty, colorLevel: colorLevel(process.stdout, flags.color), width }));
    return EXIT_OK;
  } catch (err) {
    process.stderr.write(errorLine(err));
    return err instanceof NewsxError && err.code === 'EUSAGE' ? EXIT_USAGE : EXIT_FAILED;
  }
}

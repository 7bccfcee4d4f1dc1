import { parseCommandLine } from './args.js';
import { runCheck } from './check.js';
import { formatters } from './formatters/index.js';
import { hasProblems } from '../core/report.js';
import { USAGE } from './usage.js';

declare const CORROBORATE_VERSION: string | undefined;
const VERSION = typeof CORROBORATE_VERSION === 'string' ? CORROBORATE_VERSION : '0.0.0-dev';

/** Runs the command line and returns its exit code: 0 clean, 1 findings, 2 bad usage or input. */
export function main(argv: readonly string[], cwd = process.cwd()): number {
  const parsed = parseCommandLine(argv);
  switch (parsed.command) {
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    case 'version':
      process.stdout.write(VERSION + '\n');
      return 0;
    case 'error':
      process.stderr.write(`corroborate: ${parsed.message}\n\n${USAGE}\n`);
      return 2;
    case 'check': {
      const warn = (message: string) => process.stderr.write(`corroborate: ${message}\n`);
      const { report, unreadable } = runCheck(parsed.options, cwd, warn);
      for (const problem of unreadable) warn(problem);
      const color = parsed.options.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
      writeInPieces(formatters[parsed.options.format](report, { color, showBoilerplate: parsed.options.showBoilerplate, version: VERSION }));
      if (unreadable.length > 0) return 2;
      return hasProblems(report) ? 1 : 0;
    }
  }
}

/** Writes the pieces to stdout in writes of about a megabyte (not one per JSON element, not one for all). */
function writeInPieces(pieces: Iterable<string>): void {
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size < WRITE_SIZE) continue;
    process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  }
  if (pending.length) process.stdout.write(pending.join(''));
}

const WRITE_SIZE = 1 << 20;

process.exitCode = main(process.argv.slice(2));

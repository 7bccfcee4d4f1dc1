import { parseArgs } from 'node:util';
import { isIsoDate } from '../core/config.js';
import { FORMATS, type FormatName } from './formatters/index.js';

export interface CheckOptions {
  format: FormatName;
  published: string | null;
  configPath: string | null;
  showBoilerplate: boolean;
  inputs: string[];
}

export type ParsedCommand =
  | { command: 'check'; options: CheckOptions }
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'error'; message: string };

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        published: { type: 'string' },
        config: { type: 'string' },
        boilerplate: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    return { command: 'error', message: (err as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { command: 'error', message: 'missing command: expected "check"' };
  if (command !== 'check') return { command: 'error', message: `unknown command "${command}": expected "check"` };
  if (inputs.length === 0) return { command: 'error', message: 'no files given: name files, folders or globs to check' };
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { command: 'error', message: `unknown format "${format}": expected one of ${FORMATS.join(', ')}` };
  }
  const published = values.published ?? null;
  if (published !== null && !isIsoDate(published)) {
    return { command: 'error', message: `--published must be a date YYYY-MM-DD, not "${published}"` };
  }
  return {
    command: 'check',
    options: {
      format: format as FormatName,
      published,
      configPath: values.config ?? null,
      showBoilerplate: values.boilerplate ?? false,
      inputs,
    },
  };
}

import type { Report } from '../../core/report.js';
import { jsonChunks } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  /** Use ANSI colours (text format, only when writing to a terminal). */
  color: boolean;
  /** Text format: also list facts that lie in site chrome. */
  showBoilerplate: boolean;
  version: string;
}

/**
 * Formatters are chosen by name, like ESLint's: each turns one report into text, given
 * in pieces to write one after another (a whole folder's JSON can be too long for one string).
 */
export const formatters: Record<FormatName, (report: Report, options: FormatOptions) => Iterable<string>> = {
  text: (report, options) => [formatText(report, options)],
  json: (report) => jsonChunks(report),
  sarif: (report, options) => [formatSarif(report, options)],
};

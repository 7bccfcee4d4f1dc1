import type { Report } from '../../core/report.js';
import { formatJson } from './json.js';
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

/** Formatters are chosen by name, like ESLint's: each turns one report into one string. */
export const formatters: Record<FormatName, (report: Report, options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { Report } from '../../src/core/report.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliPath = join(projectRoot, 'dist', 'cli.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a subprocess, the way a user does. */
export function runCli(args: string[], cwd = projectRoot): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const schema = JSON.parse(readFileSync(join(projectRoot, 'test', 'fixtures', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Parses a JSON report and checks it against the version-1 contract. */
export function parseReport(stdout: string): Report {
  const report = JSON.parse(stdout) as Report;
  if (!validate(report)) throw new Error(`report breaks the contract: ${JSON.stringify(validate.errors, null, 1)}`);
  return report;
}

/** Text at an LSP range of a file's text (UTF-16 characters, any line ending). */
export function textAtRange(text: string, range: Report['facts'][number]['range']): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return text.slice(starts[range.start.line]! + range.start.character, starts[range.end.line]! + range.end.character);
}

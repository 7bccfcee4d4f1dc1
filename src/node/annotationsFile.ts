import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  parseAnnotationFile,
  serializeAnnotationFile,
  type Decision,
  type ParsedAnnotationFile,
} from '../core/annotations/index.js';

/** Where people's decisions live, relative to the workspace root. */
export const ANNOTATIONS_PATH = '.corroborate/annotations.jsonld';

/** Problems name the file so a person can find it. */
function annotationsFilePath(root: string): string {
  return join(root, ...ANNOTATIONS_PATH.split('/'));
}

type ReadResult = { kind: 'missing' } | { kind: 'unreadable'; problem: string } | { kind: 'read'; parsed: ParsedAnnotationFile };

function readParsed(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', problem: `${file}: cannot read (${code ?? (err as Error).message})` };
  }
  let text: string;
  try {
    // Strict: replacing bad bytes with U+FFFD and writing back would lose them.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'unreadable', problem: `${file}: not valid UTF-8 text` };
  }
  return { kind: 'read', parsed: parseAnnotationFile(text) };
}

/**
 * The decisions recorded under `root`. A missing file is no decision and no problem; a
 * file that cannot be read or is not JSON is `malformed` (and is never overwritten).
 */
export function readAnnotationsFile(root: string): { decisions: Decision[]; problems: string[]; malformed: boolean } {
  const file = annotationsFilePath(root);
  const read = readParsed(file);
  if (read.kind === 'missing') return { decisions: [], problems: [], malformed: false };
  if (read.kind === 'unreadable') return { decisions: [], problems: [read.problem], malformed: true };
  const { decisions, problems, malformed } = read.parsed;
  return { decisions, problems: problems.map((p) => `${file}: ${p}`), malformed };
}

/**
 * Reads the file again, applies `update` and writes the result atomically (a temporary
 * file in the same folder, flushed to disk, renamed over the old one), so a crash or a
 * failing update leaves the old file whole. Entries this version cannot read and
 * properties it does not know are written back unchanged. Refuses to touch a file it
 * cannot read as an annotation collection: a person's data is never overwritten.
 */
export function updateAnnotationsFile(
  root: string,
  update: (decisions: Decision[]) => Decision[],
): { ok: true; decisions: Decision[] } | { ok: false; message: string } {
  const file = annotationsFilePath(root);
  const read = readParsed(file);
  if (read.kind === 'unreadable') return { ok: false, message: `${read.problem}; nothing was recorded` };
  const parsed = read.kind === 'read' ? read.parsed : parseAnnotationFile('');
  if (parsed.malformed) {
    return {
      ok: false,
      message: `${file}: ${parsed.problems.join('; ')}; nothing was recorded (fix or move the file, Corroborate will not overwrite it)`,
    };
  }

  let decisions: Decision[];
  let content: string;
  try {
    decisions = update([...parsed.decisions]);
    content = serializeAnnotationFile(decisions, parsed.preserved);
  } catch (err) {
    return { ok: false, message: `${file}: the decision could not be recorded (${(err as Error).message}); the file is unchanged` };
  }

  try {
    writeAtomically(file, content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: cannot write (${code ?? (err as Error).message}); the file is unchanged` };
  }
  return { ok: true, decisions };
}

function writeAtomically(file: string, content: string): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.annotations.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
  syncFolder(folder);
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the data is already flushed and renamed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * `.corroborate.json`: which files to read, limits, and per-file metadata. Read by the
 * CLI and the language server alike. Parsing never throws: a malformed file yields the
 * defaults plus messages that say what was wrong and where.
 */

export interface FileMetadata {
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  outlet?: string;
}

export interface CorroborateConfig {
  /** Globs (relative to the config's folder) of files to read when a folder is given. */
  include: string[];
  exclude: string[];
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize: number;
  /** Per-file metadata keyed by path relative to the config's folder, with `/`. */
  files: Record<string, FileMetadata>;
}

export const DEFAULT_CONFIG: CorroborateConfig = Object.freeze({
  include: ['**/*.txt', '**/*.text', '**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.corroborate/**'],
  maxFileSize: 2 * 1024 * 1024,
  files: {},
}) as CorroborateConfig;

export interface ConfigResult {
  config: CorroborateConfig;
  /** Human-readable problems; the config falls back to defaults for each bad field. */
  problems: string[];
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function stringList(value: unknown, field: string, problems: string[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push(`"${field}" must be a list of glob strings; using the default`);
  return undefined;
}

function fileMetadata(value: unknown, problems: string[]): Record<string, FileMetadata> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push('"files" must be an object mapping paths to metadata; ignoring it');
    return {};
  }
  const files: Record<string, FileMetadata> = {};
  for (const [path, raw] of Object.entries(value)) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`"files.${path}" must be an object; ignoring it`);
      continue;
    }
    const entry: FileMetadata = {};
    const { published, outlet } = raw as Record<string, unknown>;
    if (published !== undefined) {
      if (typeof published === 'string' && isIsoDate(published)) entry.published = published;
      else problems.push(`"files.${path}.published" must be a date YYYY-MM-DD; ignoring ${JSON.stringify(published)}`);
    }
    if (outlet !== undefined) {
      if (typeof outlet === 'string') entry.outlet = outlet;
      else problems.push(`"files.${path}.outlet" must be a string; ignoring it`);
    }
    files[path.replace(/\\/g, '/').replace(/^\.\//, '')] = entry;
  }
  return files;
}

/** Parses the text of a `.corroborate.json`. */
export function parseConfig(text: string): ConfigResult {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { config: { ...DEFAULT_CONFIG }, problems: [`not valid JSON (${(err as Error).message}); using defaults`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: { ...DEFAULT_CONFIG }, problems: ['must be a JSON object; using defaults'] };
  }
  const obj = raw as Record<string, unknown>;
  let maxFileSize = DEFAULT_CONFIG.maxFileSize;
  if (obj.maxFileSize !== undefined) {
    if (typeof obj.maxFileSize === 'number' && Number.isFinite(obj.maxFileSize) && obj.maxFileSize > 0) maxFileSize = obj.maxFileSize;
    else problems.push('"maxFileSize" must be a positive number of bytes; using the default');
  }
  return {
    config: {
      include: stringList(obj.include, 'include', problems) ?? DEFAULT_CONFIG.include,
      exclude: stringList(obj.exclude, 'exclude', problems) ?? DEFAULT_CONFIG.exclude,
      maxFileSize,
      files: fileMetadata(obj.files, problems),
    },
    problems,
  };
}

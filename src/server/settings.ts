/**
 * The `corroborate.*` settings the server reads (through `workspace/configuration`, per
 * workspace folder). Anything missing or of the wrong type falls back to its default, so
 * a hand-edited settings.json never breaks the server.
 */
import type { FactKindName } from './protocol.js';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export interface Settings {
  include: string[];
  exclude: string[];
  /** Bytes; larger files are skipped. */
  maxFileSize: number;
  /** Per finding code. */
  severity: Record<string, SeveritySetting>;
  kinds: Record<FactKindName, boolean>;
  codeLens: { enabled: boolean };
  /** One shared index for every workspace folder instead of one per folder. */
  crossRoots: boolean;
}

/** Left out whatever the settings say: dependencies, git's store, Corroborate's own files. */
export const ALWAYS_EXCLUDED: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/.corroborate/**'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  include: ['**/*.txt', '**/*.md'],
  exclude: [...ALWAYS_EXCLUDED],
  maxFileSize: 2 * 1024 * 1024,
  severity: {},
  kinds: { date: true, figure: true, quote: true },
  codeLens: { enabled: true },
  crossRoots: false,
});

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function globs(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : [...fallback];
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Reads the object VS Code returns for the section `corroborate`. */
export function parseSettings(raw: unknown): Settings {
  const obj = isRecord(raw) ? raw : {};
  const kinds = isRecord(obj.kinds) ? obj.kinds : {};
  const codeLens = isRecord(obj.codeLens) ? obj.codeLens : {};
  const severity: Record<string, SeveritySetting> = {};
  if (isRecord(obj.severity)) {
    for (const [code, level] of Object.entries(obj.severity)) {
      if (typeof level === 'string' && SEVERITIES.includes(level)) severity[code] = level as SeveritySetting;
    }
  }
  const size = obj.maxFileSize;
  return {
    include: globs(obj.include, DEFAULT_SETTINGS.include),
    exclude: [...new Set([...ALWAYS_EXCLUDED, ...globs(obj.exclude, [])])],
    maxFileSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxFileSize,
    severity,
    kinds: {
      date: flag(kinds.date, true),
      figure: flag(kinds.figure, true),
      quote: flag(kinds.quote, true),
    },
    codeLens: { enabled: flag(codeLens.enabled, true) },
    crossRoots: flag(obj.crossRoots, false),
  };
}

/** Whether going from `a` to `b` changes which files are indexed (so a re-index is needed). */
export function changesSelection(a: Settings, b: Settings): boolean {
  return JSON.stringify([a.include, a.exclude, a.maxFileSize, a.crossRoots]) !== JSON.stringify([b.include, b.exclude, b.maxFileSize, b.crossRoots]);
}

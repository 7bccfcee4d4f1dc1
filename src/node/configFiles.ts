import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type CorroborateConfig } from '../core/config.js';

export const CONFIG_FILE_NAME = '.corroborate.json';

export interface LoadedConfig {
  config: CorroborateConfig;
  /** Folder the config's relative paths are relative to (null for the built-in defaults). */
  root: string | null;
}

/**
 * Finds and reads `.corroborate.json` files: an explicit `--config` for everything, or
 * else the nearest one in a file's folder or above it. Each file is read once.
 */
export class ConfigLocator {
  private readonly byFolder = new Map<string, LoadedConfig>();
  private readonly explicit: LoadedConfig | null;

  constructor(
    explicitPath: string | null,
    private readonly warn: (message: string) => void,
  ) {
    this.explicit = explicitPath === null ? null : this.load(explicitPath);
  }

  /** The config that governs `folder` (absolute). */
  forFolder(folder: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = join(folder, CONFIG_FILE_NAME);
    let found: LoadedConfig;
    if (existsSync(candidate)) found = this.load(candidate);
    else if (folder === parse(folder).root) found = { config: DEFAULT_CONFIG, root: null };
    else found = this.forFolder(dirname(folder));
    this.byFolder.set(folder, found);
    return found;
  }

  private load(path: string): LoadedConfig {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      this.warn(`${path}: cannot read config (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); using defaults`);
      return { config: DEFAULT_CONFIG, root: dirname(path) };
    }
    const { config, problems } = parseConfig(text);
    for (const problem of problems) this.warn(`${path}: ${problem}`);
    return { config, root: dirname(path) };
  }
}

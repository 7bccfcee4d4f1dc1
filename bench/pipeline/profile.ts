/** The functions with the most self time in a V8 CPU profile (`.cpuprofile`, as `--cpu-prof` or the inspector writes it). */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  /** File (project-relative when inside it) and 1-based line. */
  where: string;
  selfMs: number;
  share: number;
}

function shortPath(url: string, root: string): string {
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (path.includes('/node_modules/')) return path.replace(/^.*\/node_modules\//, '');
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

/** Where a profiled position was in the sources: through the script's `.map` file when it has one. */
function locator(root: string): (frame: ProfileNode['callFrame']) => string {
  const maps = new Map<string, { map: SourceMap; dir: string } | null>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      const path = url.startsWith('file:') ? `${fileURLToPath(url)}.map` : '';
      maps.set(url, path && existsSync(path) ? { map: new SourceMap(JSON.parse(readFileSync(path, 'utf8'))), dir: dirname(path) } : null);
    }
    return maps.get(url)!;
  };
  return (frame) => {
    if (!frame.url) return '';
    const found = mapOf(frame.url);
    const entry = found?.map.findEntry(frame.lineNumber, frame.columnNumber);
    // esbuild writes sources relative to the map's folder.
    if (found && entry && 'originalSource' in entry) return `${shortPath(resolve(found.dir, entry.originalSource.replace(/^file:\/\//, '')), root)}:${entry.originalLine + 1}`;
    return `${shortPath(frame.url, root)}:${frame.lineNumber + 1}`;
  };
}

/** Self time per function (same name, file and line merged across call sites), largest first. */
export function hotFunctions(file: string, root: string, top = 10): { totalMs: number; functions: HotFunction[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample (the last one gets none).
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0));
  const locate = locator(root);
  const merged = new Map<string, HotFunction>();
  let totalUs = 0;
  for (const [id, us] of self) {
    totalUs += us;
    const frame = byId.get(id)!.callFrame;
    const name = frame.functionName || '(anonymous)';
    const where = locate(frame);
    const key = `${name}\u0000${where}`;
    const entry = merged.get(key) ?? { name, where, selfMs: 0, share: 0 };
    entry.selfMs += us / 1000;
    merged.set(key, entry);
  }
  const functions = [...merged.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  for (const f of functions) f.share = totalUs ? (f.selfMs * 1000) / totalUs : 0;
  return { totalMs: totalUs / 1000, functions };
}

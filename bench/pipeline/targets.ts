/**
 * Issue 7's targets (2-core machine) and whether a run meets them. A target that applies
 * to another size, or whose measurement is missing, gets `null` and a reason.
 */
import type { ColdResult } from './cold.js';
import type { LspResult } from './lsp.js';

export interface Verdict {
  what: string;
  target: string;
  measured: string;
  /** null: not measured in this run (the reason is in `measured`). */
  met: boolean | null;
}

export const TARGETS = {
  megabytesPerSecond: 5,
  chronoRatio: 1,
  coldDocuments: 10_000,
  coldSeconds: 10,
  peakRssMb: 1024,
  /** 10x the documents may cost at most 11x the time: 1.1 per unit of size ratio. */
  scalingSlack: 1.1,
  incrementalP95Ms: 30,
} as const;

const verdict = (what: string, target: string, value: number | null | undefined, met: (v: number) => boolean, format: (v: number) => string, missing: string): Verdict =>
  value === null || value === undefined || Number.isNaN(value) ? { what, target, measured: missing, met: null } : { what, target, measured: format(value), met: met(value) };

/** `failed`: sizes whose cold run crashed; a crash at 10,000 documents misses the 10,000 targets. */
export function judge(runs: readonly ColdResult[], lsp: LspResult | null, failed: readonly { documents: number; error: string; seconds: number }[] = []): Verdict[] {
  const out: Verdict[] = [];
  for (const run of runs) {
    const n = run.documents.toLocaleString('en-US');
    out.push(verdict(`pipeline speed, ${n} docs`, `>= ${TARGETS.megabytesPerSecond} MB/s`, run.megabytesPerSecond, (v) => v >= TARGETS.megabytesPerSecond, (v) => `${v.toFixed(2)} MB/s`, 'not run'));
    const ratio = run.baseline ? run.megabytesPerSecond / run.baseline.megabytesPerSecond : null;
    out.push(verdict(`speed vs chrono.parse, ${n} docs`, `>= ${TARGETS.chronoRatio.toFixed(1)}x`, ratio, (v) => v >= TARGETS.chronoRatio, (v) => `${v.toFixed(3)}x`, 'baseline not run'));
  }
  const big = runs.find((r) => r.documents === TARGETS.coldDocuments);
  const missing = `no ${TARGETS.coldDocuments.toLocaleString('en-US')}-document run`;
  const crash = failed.find((f) => f.documents === TARGETS.coldDocuments);
  if (crash) {
    for (const [what, target] of [['cold run, 10,000 docs', `<= ${TARGETS.coldSeconds} s`], ['peak RSS, 10,000 docs', `<= ${TARGETS.peakRssMb} MB`]] as const) {
      const why = /heap out of memory/.test(crash.error) ? 'out of memory' : crash.error.slice(0, 60);
      out.push({ what, target, measured: `crashed after ${crash.seconds.toFixed(0)} s: ${why}`, met: false });
    }
  } else {
    out.push(verdict('cold run, 10,000 docs', `<= ${TARGETS.coldSeconds} s`, big?.seconds, (v) => v <= TARGETS.coldSeconds, (v) => `${v.toFixed(1)} s`, missing));
    out.push(verdict('peak RSS, 10,000 docs', `<= ${TARGETS.peakRssMb} MB`, big?.peakRssMb, (v) => v <= TARGETS.peakRssMb, (v) => `${v.toFixed(0)} MB`, missing));
  }
  if (runs.length >= 2) {
    const small = runs[0]!;
    const large = runs[runs.length - 1]!;
    const sizeRatio = large.documents / small.documents;
    const limit = TARGETS.scalingSlack * sizeRatio;
    out.push(verdict(`time ratio ${large.documents}/${small.documents} docs`, `<= ${limit.toFixed(1)}x`, large.seconds / small.seconds, (v) => v <= limit, (v) => `${v.toFixed(2)}x (linear: ${sizeRatio.toFixed(1)}x)`, 'n/a'));
  } else {
    out.push({ what: 'time ratio of sizes', target: `<= ${TARGETS.scalingSlack}x the size ratio`, measured: 'one size only', met: null });
  }
  const edited = [...runs].reverse().find((r) => r.incremental && r.incremental.edits > 0);
  out.push(
    verdict(
      `incremental edit p95${edited ? `, ${edited.documents} docs` : ''}`,
      `<= ${TARGETS.incrementalP95Ms} ms`,
      edited?.incremental?.latency.p95Ms,
      (v) => v <= TARGETS.incrementalP95Ms,
      (v) => `${v.toFixed(1)} ms`,
      'no edits run',
    ),
  );
  if (edited?.documents !== undefined && edited.documents !== TARGETS.coldDocuments) out[out.length - 1]!.what += ' (target is for 10,000)';
  if (lsp) out.push({ what: `LSP initialize -> first diagnostics, ${lsp.documents} docs`, target: 'none set', measured: lsp.firstDiagnosticsMs === null ? (lsp.error ?? 'none') : `${(lsp.firstDiagnosticsMs / 1000).toFixed(1)} s`, met: null });
  return out;
}

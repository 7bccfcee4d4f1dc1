/**
 * TempEval-3 style scoring of temporal expressions: strict (same offsets) and relaxed
 * (any overlap) span precision/recall/F1, and value accuracy over relaxed matches.
 */
import { precisionRecall, type Counts } from '../shared/report.js';

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface MatchedPair<S extends Timex, G extends Timex> {
  system: S;
  gold: G;
}

export interface DocumentScore<S extends Timex, G extends Timex> {
  strict: Counts;
  relaxed: Counts;
  /** Relaxed one-to-one matches, for value accuracy and error listings. */
  pairs: MatchedPair<S, G>[];
  unmatchedSystem: S[];
  unmatchedGold: G[];
}

function overlap(a: Timex, b: Timex): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs each gold timex with the overlapping system timex that overlaps it most and is
 * not yet paired. Both lists sorted by start, so one sweep suffices.
 */
export function scoreDocument<S extends Timex, G extends Timex>(system: S[], gold: G[]): DocumentScore<S, G> {
  const used = new Set<number>();
  const pairs: MatchedPair<S, G>[] = [];
  const unmatchedGold: G[] = [];
  let strictTp = 0;
  let first = 0;
  for (const g of gold) {
    while (first < system.length && system[first].end <= g.start) first++;
    let best = -1;
    for (let i = first; i < system.length && system[i].start < g.end; i++) {
      if (used.has(i) || overlap(system[i], g) <= 0) continue;
      if (best < 0 || overlap(system[i], g) > overlap(system[best], g)) best = i;
    }
    if (best < 0) {
      unmatchedGold.push(g);
      continue;
    }
    used.add(best);
    pairs.push({ system: system[best], gold: g });
    if (system[best].start === g.start && system[best].end === g.end) strictTp++;
  }
  const unmatchedSystem = system.filter((_, i) => !used.has(i));
  return {
    strict: { truePositives: strictTp, falsePositives: system.length - strictTp, falseNegatives: gold.length - strictTp },
    relaxed: { truePositives: pairs.length, falsePositives: unmatchedSystem.length, falseNegatives: unmatchedGold.length },
    pairs,
    unmatchedSystem,
    unmatchedGold,
  };
}

export interface Totals {
  strict: Counts;
  relaxed: Counts;
  valueCorrect: number;
  systemCount: number;
  goldCount: number;
}

export function emptyTotals(): Totals {
  const zero = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  return { strict: zero(), relaxed: zero(), valueCorrect: 0, systemCount: 0, goldCount: 0 };
}

export function addScore<S extends Timex, G extends Timex>(totals: Totals, score: DocumentScore<S, G>): void {
  for (const k of ['truePositives', 'falsePositives', 'falseNegatives'] as const) {
    totals.strict[k] += score.strict[k];
    totals.relaxed[k] += score.relaxed[k];
  }
  totals.valueCorrect += score.pairs.filter((p) => p.system.value === p.gold.value).length;
  totals.systemCount += score.pairs.length + score.unmatchedSystem.length;
  totals.goldCount += score.pairs.length + score.unmatchedGold.length;
}

export interface Summary {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  /** Correct values / relaxed matches. */
  valueAccuracy: number;
  /** TempEval-3 value F1: correct values against all system and all gold timexes. */
  valueF1: number;
}

export function summarise(t: Totals): Summary {
  const strict = precisionRecall(t.strict);
  const relaxed = precisionRecall(t.relaxed);
  const value = precisionRecall({
    truePositives: t.valueCorrect,
    falsePositives: t.systemCount - t.valueCorrect,
    falseNegatives: t.goldCount - t.valueCorrect,
  });
  return {
    strictP: strict.precision,
    strictR: strict.recall,
    strictF1: strict.f1,
    relaxedP: relaxed.precision,
    relaxedR: relaxed.recall,
    relaxedF1: relaxed.f1,
    valueAccuracy: t.relaxed.truePositives === 0 ? 0 : t.valueCorrect / t.relaxed.truePositives,
    valueF1: value.f1,
  };
}

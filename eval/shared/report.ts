/** One block of the accuracy report: a printed table and the same figures as JSON. */
export interface EvalSection {
  /** Short machine name, the key in the JSON results ("timeml", "recognizers-numbers", ...). */
  name: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Headline figures for tracking over time (flat, numeric where possible). */
  metrics: Record<string, number | string>;
  notes?: string[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function precisionRecall(c: Counts): PrecisionRecall {
  const precision = c.truePositives + c.falsePositives === 0 ? 0 : c.truePositives / (c.truePositives + c.falsePositives);
  const recall = c.truePositives + c.falseNegatives === 0 ? 0 : c.truePositives / (c.truePositives + c.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

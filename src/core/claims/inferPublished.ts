/**
 * A publication date for an article that gives none, from the other articles of its
 * story: the dated documents (of other origins) it shares claims with, each counted by
 * how many claims it shares; the weighted median of their dates. Articles of one story
 * appear within days of each other; the median ignores one outlier. A copy of a dated
 * article takes that article's date.
 */

/** Fewest claims shared with dated articles before a date is inferred. */
const MIN_SHARED_CLAIMS = 2;

export interface InferenceInput {
  /** Path of each fact's document, by fact index. */
  pathOf: (fact: number) => string;
  originOf: (path: string) => string;
  published: (path: string) => string | null;
  claims: readonly number[][];
}

export function inferPublicationDates(input: InferenceInput, paths: readonly string[]): Map<string, string> {
  // Undated path -> dated path -> number of shared claims.
  const shared = new Map<string, Map<string, number>>();
  for (const members of input.claims) {
    const paths = [...new Set(members.map(input.pathOf))];
    const undated = paths.filter((p) => input.published(p) === null);
    const dated = paths.filter((p) => input.published(p) !== null);
    for (const u of undated) {
      for (const d of dated) {
        if (input.originOf(d) === input.originOf(u)) continue;
        if (!shared.has(u)) shared.set(u, new Map());
        shared.get(u)!.set(d, (shared.get(u)!.get(d) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, string>();
  // A copy of a dated article (the clean text of a dated page) has its date.
  for (const path of paths) {
    if (input.published(path) !== null) continue;
    const copy = paths.find((p) => p !== path && input.published(p) !== null && input.originOf(p) === input.originOf(path));
    if (copy) out.set(path, input.published(copy)!);
  }
  for (const [path, neighbours] of shared) {
    if (out.has(path)) continue;
    const total = [...neighbours.values()].reduce((a, b) => a + b, 0);
    if (total < MIN_SHARED_CLAIMS) continue;
    const dates = [...neighbours].map(([p, n]) => ({ date: input.published(p)!, n })).sort((a, b) => a.date.localeCompare(b.date));
    let seen = 0;
    for (const { date, n } of dates) {
      seen += n;
      if (seen * 2 >= total) {
        out.set(path, date);
        break;
      }
    }
  }
  return out;
}

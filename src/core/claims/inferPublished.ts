/**
 * A publication date for an article that gives none, from the other articles of its
 * story: the dated documents (of other origins) it shares claims with, each counted by
 * how many claims it shares; the weighted median of their dates. Articles of one story
 * appear within days of each other; the median ignores one outlier. A copy of a dated
 * article takes that article's date.
 */

/** Fewest claims shared with dated articles before a date is inferred. */
export const MIN_SHARED_CLAIMS = 2;

export interface StoryNeighbours {
  /** The date of a dated copy of the article (same origin), if there is one. */
  copyDate: string | null;
  /** Dates of the dated articles of other origins it shares claims with, and how many claims each. */
  shared: { date: string; claims: number }[];
}

export function inferPublicationDate({ copyDate, shared }: StoryNeighbours): string | null {
  if (copyDate) return copyDate;
  const total = shared.reduce((sum, s) => sum + s.claims, 0);
  if (total < MIN_SHARED_CLAIMS) return null;
  const sorted = [...shared].sort((a, b) => a.date.localeCompare(b.date));
  let seen = 0;
  for (const { date, claims } of sorted) {
    seen += claims;
    if (seen * 2 >= total) return date;
  }
  return null;
}

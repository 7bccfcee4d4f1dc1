/**
 * English cardinal number words, shared by the figure and date extractors.
 *
 * Every table is built with a null prototype: words from the text are looked up in
 * them, and "constructor" or "toString" must not be found.
 */

/** A lookup table without inherited keys. */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** "one" to "nine", and the words for zero. */
export const UNIT_WORDS: Record<string, number> = table({
  zero: 0, nought: 0, naught: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});

export const TEEN_WORDS: Record<string, number> = table({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});

/** The tens, the only words a unit word may follow ("twenty-five"). */
export const TENS_WORDS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** "one" to "nine" without the zero words, as they appear in compounds. */
export const NONZERO_UNIT_WORDS: Record<string, number> = table(
  Object.fromEntries(Object.entries(UNIT_WORDS).filter(([, v]) => v > 0)),
);

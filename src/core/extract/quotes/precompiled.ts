/**
 * V8 compiles a pattern to bytecode on its first run and to machine code on its second,
 * unless the first subject is long (1,000 characters or more): then straight to machine
 * code. For the big speaker patterns, run first on short sentence pieces, the bytecode
 * step costs twice the machine-code one; one run on a long blank string skips it.
 */
const LONG_BLANK = ' '.repeat(1000);

/** `pattern`, run once on a long blank string (what it finds there is dropped), so it is compiled to machine code now. */
export function precompiled(pattern: RegExp): RegExp {
  pattern.exec(LONG_BLANK);
  pattern.lastIndex = 0;
  return pattern;
}

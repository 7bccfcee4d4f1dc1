/**
 * English function words (articles, pronouns, auxiliaries, prepositions, conjunctions)
 * and reporting verbs: the words that say nothing about what a sentence is about. The
 * boilerplate classifier counts them (jusText's stop-word density); claims leave them out.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also although am an and another any are as at ' +
    'be became because become been before being below between both but by can cannot could ' +
    'did do does doing done down during each either even ever every few for from further ' +
    'had has have having he her here hers herself him himself his how however i if in into ' +
    'is it its itself just least less like many may me might more most much must my myself ' +
    'neither never no nor not now of off often on once one only or other others our ours ' +
    'ourselves out over own per rather same shall she should since so some such than that ' +
    'the their theirs them themselves then there these they this those though through thus ' +
    'to too two under until up upon us very via was we were what whatever when where whether ' +
    'which while who whom whose why will with within without would yet you your yours ' +
    'yourself yourselves says said say according told also still already almost around ' +
    'across along among amid later next last new first since toward towards whose '
  )
    .split(/\s+/)
    .filter(Boolean),
);

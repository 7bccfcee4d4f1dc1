/**
 * Words of attribution: speech verbs, pronouns, role nouns and titles, and the noun
 * phrase patterns built from them. Every pattern is compiled once, here.
 */
import { wordAlternation } from './alternation.js';
import { precompiled } from './precompiled.js';

/** Verbs (and fixed phrases) that introduce reported speech, in the forms news uses. */
const SPEECH_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding',
  'insisted', 'insists', 'insisting', 'noted', 'notes', 'noting', 'warned', 'warns', 'warning',
  'wrote', 'writes', 'writing', 'asked', 'asks', 'asking', 'explained', 'explains', 'explaining',
  'stated', 'declared', 'declares', 'declaring', 'argued', 'argues', 'arguing',
  'continued', 'continues', 'replied', 'replies', 'responded', 'responds', 'answered',
  'admitted', 'admits', 'acknowledged', 'acknowledges', 'claimed', 'claiming',
  'announced', 'announces', 'recalled', 'recalls', 'remarked', 'observed', 'commented',
  'cautioned', 'predicted', 'predicts', 'suggested', 'suggests', 'concluded', 'conceded',
  'contended', 'maintained', 'maintains', 'stressed', 'stresses', 'stressing', 'emphasized',
  'emphasised', 'testified', 'tweeted', 'tweets', 'posted', 'confirmed', 'confirms', 'denied',
  'agreed', 'complained', 'complains', 'joked', 'quipped', 'shouted', 'yelled', 'exclaimed',
  'urged', 'urges', 'reported', 'wondered', 'pointed out', 'went on', 'goes on',
  'according to', 'According to', 'told reporters', 'said in a statement', 'chanted', 'pleaded', 'vowed', 'vows',
  'promised', 'promises', 'put it', 'puts it', 'asserted', 'asserts', 'asserting', 'yells', 'yelling', 'shouting', 'chanting', 'sings', 'sang', 'reads', 'read', 'asks', 'tweeted', 'texted', 'emailed', 'shouts', 'cries', 'cried', 'boasted', 'assured', 'mused', 'retorted', 'countered', 'shot back',
  'explained', 'summed up', 'concluded', 'affirmed', 'charged', 'alleged', 'repeated', 'reiterated',
];

export const SPEECH_VERB_SOURCE = wordAlternation([...new Set(SPEECH_VERBS)].sort((a, b) => b.length - a.length));

/** Auxiliaries and adverbs that may stand between a speaker and the verb ("has since said"). */
export const VERB_PREFIX_SOURCE =
  `(?:(?:also|often|usually|always|never|frequently|reportedly|later|then|again|previously|recently|earlier|once|further|repeatedly|simply|flatly|quickly|bluntly|publicly|privately|separately|has|have|had|would|will|was|were|is|once|since|in\\s+a\\s+statement|on\\s+\\w+)\\s+){0,3}`;

export const PRONOUN_SOURCE = `(?:he|she|they|He|She|They)`;

/** Nouns naming someone by what they do: the head of a role phrase ("the spokesperson"). */
const ROLE_NOUNS = [
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'official', 'officials',
  'minister', 'president', 'secretary', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'lawmakers', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'analysts',
  'expert', 'experts', 'source', 'sources', 'lawyer', 'lawyers', 'attorney', 'director', 'chairman',
  'chairwoman', 'chair', 'chief', 'leader', 'leaders', 'diplomat', 'diplomats', 'ambassador',
  'governor', 'mayor', 'candidate', 'nominee', 'economist', 'economists', 'professor', 'researcher',
  'researchers', 'scientist', 'scientists', 'executive', 'executives', 'manager', 'representative',
  'strategist', 'strategists', 'organizer', 'organizers', 'officer', 'officers', 'prosecutor',
  'prosecutors', 'judge', 'member', 'members', 'statement', 'report', 'ruling', 'campaign', 'ministry',
  'businessman', 'businesswoman', 'founder', 'commander', 'general', 'activist', 'activists',
  'voter', 'voters', 'resident', 'residents', 'witness', 'witnesses', 'surrogate', 'pollster',
  'chancellor', 'premier', 'envoy', 'negotiator', 'ceo', 'head', 'counsel', 'consultant', 'author',
  'historian', 'writer', 'journalist', 'reporter', 'editor', 'supporter', 'supporters', 'critic',
  'critics', 'protester', 'protesters', 'mother', 'father', 'woman', 'man', 'student', 'teacher',
  'doctor', 'worker', 'workers', 'owner', 'partner', 'veteran', 'fellow', 'scholar', 'agency',
  'department', 'office', 'government', 'administration', 'police', 'party', 'committee', 'council',
  'group', 'company', 'firm', 'newspaper', 'network', 'website', 'book', 'study', 'poll', 'survey',
  'letter', 'memo', 'document', 'filing', 'complaint', 'lawsuit', 'indictment', 'release', 'post',
];
// One word at most can match, as a letter may not follow.
export const ROLE_NOUN_SOURCE = `${wordAlternation(ROLE_NOUNS)}(?![\\p{L}])`;
/** Role nouns that name people (pronouns resolve to these, not to "the report"). */
export const PERSON_ROLE = precompiled(
  new RegExp(
    `\\b(?:spokes\\w+|official|officials|minister|president|secretary|senator|congress\\w+|lawmakers?|aides?|advis[eo]rs?|analysts?|experts?|sources?|lawyers?|attorney|director|chair\\w*|chief|leaders?|diplomats?|ambassador|governor|mayor|candidate|nominee|economists?|professor|researchers?|scientists?|executives?|manager|representative|strategists?|organizers?|officers?|prosecutors?|judge|members?|business\\w+|founder|commander|general|activists?|voters?|residents?|witness\\w*|surrogate|pollster|chancellor|premier|envoy|negotiator|ceo|head|counsel|consultant|author|historian|writer|journalist|reporter|editor|supporters?|critics?|protesters?|mother|father|woman|man|student|teacher|doctor|workers?|owner|partner|veteran|fellow|scholar)$`,
    'i',
  ),
);

/** Titles and offices that stand before a name ("Foreign Minister Sergei Lavrov"). */
export const TITLE_WORD = precompiled(
  /^(?:President|Vice|Prime|Minister|Foreign|Deputy|Secretary|General|Gen\.|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|Chairman|Chairwoman|Chair|Chief|Director|Ambassador|Judge|Justice|Speaker|Leader|Majority|Minority|Senior|Former|Press|Attorney|Defense|Defence|State|Interior|Finance|Spokesman|Spokeswoman|Spokesperson|Commander|Admiral|Adm\.|Col\.|Lt\.|Capt\.|Sgt\.|Pope|King|Queen|Prince|Princess|Sheikh|Chancellor|Premier|Professor|Prof\.|Rev\.|Reverend|Lord|Lady|Sir|Dame|Nominee|Candidate|Candidates|Republican|Democratic|Democrat|GOP|U\.S\.|US|UN|EU|NATO|White|House|Oversight|CEO|Executive|Officer|Founder|Host|Anchor|Coach|Officials?|Mr\.|Ms\.|Mrs\.|Dr\.|[A-Z]\p{Ll}+(?:ian|ean|ese|ish|an)|Israeli|Iraqi|Saudi|Pakistani|Kuwaiti|Qatari|Yemeni|Thai|Swiss|French|Dutch|Greek)$/u,
);

/** Words that make a capitalised phrase an organisation or a place, not a person. */
export const ORGANISATION_WORD = precompiled(
  /\b(?:Council|Committee|House|Department|Ministry|Party|Agency|Office|Times|Post|News|Journal|University|Institute|Court|Senate|Congress|Administration|Campaign|Foundation|Association|Union|Organization|Organisation|Bank|Fund|Group|Company|Corporation|Inc|Service|Services|Commission|Bureau|Center|Centre|Network|Kremlin|Pentagon|States|Kingdom|Republic|Federation|Nations|Press|Reuters|AFP|AP|CNN|BBC|NBC|ABC|CBS|Fox|Police|Army|Navy|Force|Forces|Street|City|County|State|Convention|Act|Conference|Summit|Forum|Debate|Caucus|Club|Review|Magazine|Daily|Weekly|Tribune|Herald|Guardian|Telegraph|Beast|Post|Institution|Society|Coalition|Alliance|Movement|Project|Program|Initiative|Report|Poll|Survey|Fed|Reserve|Treasury|Capitol|Embassy|Airport|Hospital|School|College|Museum|Park|Church|Mosque|Temple|Square|Relations|Debates|Affairs|Studies|Policy|Research|Rights|Watch|Arabia|Korea|Africa|America|Europe|Asia|Union|Emirates|Islands|Valley|River|Mountains|Coast|Bay|Hills?)\b/,
);

/** Honorifics kept as part of a name as written ("Mr. Obama"). */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Mx)\.?$/;

/** Capitalised words that are not names: months, weekdays, sentence adverbs. */
export const NOT_A_NAME_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|But|And|Or|So|Yet|In|On|At|As|If|When|While|After|Before|Since|Then|Now|Still|However|Also|Meanwhile|It|This|That|These|Those|There|Here|We|I|You|Our|His|Her|Their|Its|My|Your)$/;

/** `\b` after a word character (without the i flag): the next one is not a word character. */
const WORD_END = '(?![A-Za-z0-9_])';
/** Phrases begin at a word's start, never inside "McCaskill" or "and". */
const WORD_START = `(?<![\\p{L}\\p{N}'’.\\-])`;
/** Words of a name stay on one line. */
const NAME_GAP = `[^\\S\\n]+`;
/**
 * A capitalised name word: "Lavrov", "McCaskill", "O’Brien", "al-Assad", an initial "D." or
 * "D.C.", an abbreviated title "Sen."; a full stop ends a word only in those last cases, so
 * a name at the end of a sentence does not take the sentence's full stop.
 */
const NAME_WORD_START = `(?:(?:[A-Z]\\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|St|Prof|Rev|Adm)\\.|[A-Z][\\p{L}\\p{M}'’\\-]*)`;
const NAME_WORD = `(?:${NAME_WORD_START}|al-[A-Z][\\p{L}'’-]*|(?:de|van|von|bin|da|del|der|la|le)(?=${NAME_GAP}[A-Z]))`;
/**
 * Words that open a sentence but never a name; only whether one matches counts (a
 * lookahead). The words end in a letter, so "not a word character next" is `\b` after
 * them, and much cheaper for V8 to compile into every copy of a name pattern.
 */
const NOT_A_NAME_START = wordAlternation('The A An But And Or So Yet In On At As If When While After Before During Since Then Now Still However Also Meanwhile It This That These Those There Here We I You Our His Her Their Its My Your He She They What Why How Who Where According Asked Said Speaking Once Although Though Because Unless Until Despite Like Unlike Under Over Among Across Through Without Within Instead Indeed Even Just Only Perhaps Maybe Today Yesterday Tomorrow Tonight Thus Therefore Besides Moreover Furthermore Nevertheless Nonetheless Otherwise Finally First Second Third Overall Sometimes Ultimately Recently Mostly Already Never Always Earlier Later Last Next For From With By To Of Not No Yes Some Many Most All Both Each Every Such Other Another One Two Three'.split(' '));
/** A name as written, with titles, middle initials and a party tag: "Sen. Claire McCaskill (D-Mo.)". */
export const NAME_SOURCE = `(?:${WORD_START}(?!${NOT_A_NAME_START}${WORD_END})${NAME_WORD_START}(?:${NAME_GAP}${NAME_WORD}){0,6}(?:${NAME_GAP}\\([^()\\n]{1,20}\\))?)`;

/** Lower-case words that may stand in a title before a name ("White House press secretary Josh Earnest"). */
// Always followed by white space, so one word at most can match.
const TITLE_MODIFIER = wordAlternation("panel widow press campaign police state foreign deputy senior former top chief vice executive managing general national security defense party house senate communications policy political campaign's labor union energy health finance justice district county city".split(' '));

/** A word inside a noun phrase: not a preposition, conjunction or auxiliary that would run on into a clause. */
const PHRASE_WORD = `(?!${wordAlternation('to and or but that who whom which of in on at for with from by as is was were are be been has have had not it he she they when while after before if then'.split(' '))}(?![\\p{L}]))[\\p{L}\\p{N}.'’\\-]+`;

/**
 * A role phrase: a determiner, a few words and a head noun ("the National Security Council
 * spokesperson", "a narrator in the Clinton ad"), or a bare plural role ("officials").
 * It is only looked for right next to a speech verb, so the head need not be a known role noun.
 */
export const ROLE_PHRASE_SOURCE =
  `(?:(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\\s+(?:${PHRASE_WORD}\\s+){0,4}?${PHRASE_WORD}|(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\\p{L}.]*['’]s?)\\s+)?(?:${PHRASE_WORD}\\s+){0,2}?${ROLE_NOUN_SOURCE})(?:\\s+(?:for|of|at|to|with|from|in)\\s+(?:the\\s+)?(?:${NAME_SOURCE}|[\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+)?))?)`;

/** A name with the title or role words before it: "Tulsa police Chief Chuck Jordan", "White House press secretary Josh Earnest", "9/11 widow Terry Strada". */
export const TITLED_NAME_SOURCE = `(?:(?:(?:[A-Z][\\p{L}.'’\\-]*|\\p{N}[\\p{N}/\\-]*|${ROLE_NOUN_SOURCE}|${TITLE_MODIFIER})\\s+){1,5}${NAME_SOURCE})`;

/** A name with where the person is from: "Mr. Morgan of the Sierra Club". */
const NAME_OF_SOURCE = `(?:${NAME_SOURCE}(?:\\s+of\\s+(?:the\\s+)?${NAME_SOURCE})?)`;

export const SPEAKER_PHRASE_SOURCE = `(?:${WORD_START}(?:${PRONOUN_SOURCE}|${TITLED_NAME_SOURCE}|${NAME_OF_SOURCE}|${ROLE_PHRASE_SOURCE}))`;

/** An appositive after a speaker: ", the spokesperson," / ", a former Obama administration official who runs X,". */
export const APPOSITIVE_SOURCE = `(?:(?:,\\s+[^,"“”«»\\n]{1,160}){1,3},)`;

export const PRONOUN = /^(?:he|she|they|him|her|them)$/i;

/**
 * Common given names whose bearers are mostly women or mostly men (frequent names in
 * English-language news), so "she said" does not resolve to "Donald Trump". A name that
 * is in neither list agrees with any pronoun.
 */
export const FEMININE_GIVEN_NAMES = new Set(
  ('Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley ' +
    'Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen ' +
    'Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn ' +
    'Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan ' +
    'Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail ' +
    'Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte ' +
    'Rose Alexis Kayla Hillary Melania Ivanka Chelsea Nikki Kamala Nancy Elaine Loretta Condoleezza Sonia Ruth Elena Angela ' +
    'Theresa Marine Ursula Kellyanne Sarah Huma Donna Debbie Tammy Kirsten Dianne Lisa Susana Jill Michele Hope Kate ' +
    'Jane Anne Claire Claudia Carmen Ana Rosa Lucia Sofia Valentina Fatima Aisha Mariam Yulia Olga Natalia Irina Svetlana ' +
    'Lily Heidi Melanie Molly Tina Wendy Kristen Kathy Sue Sally Betsy Holly Gina Eva Ivana Tiffany Kellie')
    .split(' '),
);
export const MASCULINE_GIVEN_NAMES = new Set(
  ('James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald ' +
    'Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric ' +
    'Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry ' +
    'Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry ' +
    'Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie ' +
    'Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Barack Bill Mike Mitch Ted ' +
    'Chris Jim Tim Tom Bernie Rudy Newt Reince Sean Jeb Marco Rand Vladimir Sergei Dmitry Alexei Xi Emmanuel Francois ' +
    'Boris Recep Benjamin Mahmoud Ali Mohammed Muhammad Ahmed Hassan Kim Jens Angelo Antonio Luis Carlos Jorge Pedro ' +
    'Miguel Volodymyr Petro Mitt Chuck Harry Hank Ben Sam Dan Steve Jon Josh Nick Greg Gary Jeff Ron Ed Al ' +
    'Antonin Howard Wolf Tony Rex Reid Rick Rob Bob Kurt Hugh Martin Rudolph Orrin Clarence Rahm Rod Norman')
    .split(' '),
);

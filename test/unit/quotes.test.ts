import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { attributeQuotations, extractQuotes } from '../../src/core/extract/quotes/index.js';
import type { QuoteFact } from '../../src/core/types.js';
import { readSeed } from '../seeds.js';

function quoteStartingWith(facts: QuoteFact[], words: string): QuoteFact {
  const fact = facts.find((f) => f.value.text.startsWith(words));
  assert.ok(fact, `a quotation starting "${words}" among ${JSON.stringify(facts.map((f) => f.value.text))}`);
  return fact;
}

/** Every fact is a marked stretch of the text, and its speaker span (if any) names its speaker. */
function assertWellFormed(text: string, facts: QuoteFact[]): void {
  for (const f of facts) {
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
    assert.equal(f.text, text.slice(f.start, f.end));
    if (f.speakerSpan) {
      assert.ok(f.speakerSpan.start >= 0 && f.speakerSpan.end <= text.length && f.speakerSpan.start < f.speakerSpan.end);
      assert.equal(text.slice(f.speakerSpan.start, f.speakerSpan.end).toLowerCase(), f.value.speaker!.toLowerCase());
    }
  }
}

describe('extractQuotes on the seed articles', () => {
  it('004: the NSC spokesperson looks forward to engaging with Russia (comma left to the sentence)', () => {
    const text = readSeed('004');
    const facts = extractQuotes(text);
    assertWellFormed(text, facts);
    const fact = quoteStartingWith(facts, 'The United States looks forward');
    assert.equal(fact.text, '"The United States looks forward to engaging with Russia,"');
    assert.equal(fact.value.text, 'The United States looks forward to engaging with Russia');
    assert.equal(fact.value.speaker, 'the National Security Council spokesperson');
  });

  it('004: "Ryabkov told ..." resolves the surname to the full name mentioned earlier', () => {
    const text = readSeed('004');
    const fact = quoteStartingWith(extractQuotes(text), 'What should be discussed');
    assert.equal(fact.value.speaker, 'Sergei Ryabkov');
    assert.ok(fact.speakerSpan!.start < text.indexOf('"What should be discussed'), 'points at the earlier full name');
  });

  it('004: a quoted paragraph with no cue continues the speaker of the quotation before it', () => {
    const fact = quoteStartingWith(extractQuotes(readSeed('004')), 'But we are also unified');
    assert.equal(fact.value.speaker, 'the National Security Council spokesperson');
  });

  it('003: a quotation split by its attribution gives two facts, both resolved from "he insisted"', () => {
    const text = readSeed('003');
    const facts = extractQuotes(text);
    assertWellFormed(text, facts);
    const first = quoteStartingWith(facts, 'Nothing that concerns our allies and partners');
    const second = quoteStartingWith(facts, 'without our allies and partners, including Ukraine');
    assert.equal(first.text, '“Nothing that concerns our allies and partners”');
    for (const part of [first, second]) {
      assert.equal(part.value.speaker, 'the spokesperson for the National Security Council');
      assert.ok(part.speakerSpan!.end <= first.start, 'the pronoun resolved to the role mentioned before');
    }
  });

  it('000: Lavrov\'s "major round of talks", and scare quotes without a cue keep no speaker', () => {
    const text = readSeed('000');
    const facts = extractQuotes(text);
    assertWellFormed(text, facts);
    assert.equal(quoteStartingWith(facts, 'major round of talks').value.speaker, 'Sergei Lavrov');
    assert.equal(quoteStartingWith(facts, 'comfort zone').value.speaker, null);
    assert.equal(quoteStartingWith(facts, 'security guarantees').value.speaker, null);
  });
});

describe('extractQuotes: marks', () => {
  it('keeps apostrophes inside a quotation and does not read them as marks', () => {
    const text = 'Mary Smith arrived late. "We won\'t stop, and Russia\'s demands won\'t change that," she said.';
    const [fact, ...rest] = extractQuotes(text);
    assert.equal(rest.length, 0);
    assert.equal(fact.value.text, "We won't stop, and Russia's demands won't change that");
    assert.equal(fact.value.speaker, 'Mary Smith');
  });

  it('tells single quotation marks from apostrophes', () => {
    assert.deepEqual(extractQuotes("They played rock 'n' roll in the ’90s at the Smiths' house and Russia's embassy."), []);
    const facts = extractQuotes("Critics called the plan 'a disaster' and the ‘worst idea’ in years.");
    assert.deepEqual(facts.map((f) => f.value.text), ['a disaster', 'worst idea']);
  });

  it('reads curly, straight, doubled-apostrophe and guillemet quotations', () => {
    const text = '“Curly,” he said. "Straight," she said. \'\'Doubled,\'\' they said. «Guillemets», a-t-il dit.';
    assert.deepEqual(extractQuotes(text).map((f) => f.value.text), ['Curly', 'Straight', 'Doubled', 'Guillemets']);
  });

  it('keeps a nested quotation inside its outer one', () => {
    const text = '"I\'ve always disliked the term \'outreach,\' " he told the group.';
    const facts = extractQuotes(text);
    assert.equal(facts.length, 1);
    assert.equal(facts[0].end, text.indexOf(' he told'));
  });

  it('continues a quotation into a paragraph that opens with a mark', () => {
    const text = 'Jane Doe spoke first.\n\n"The first paragraph ends here.\n\n"The second one closes it," the minister said.\n\nAfter.';
    const [fact, ...rest] = extractQuotes(text);
    assert.equal(rest.length, 0);
    assert.equal(fact.start, text.indexOf('"The first'));
    assert.equal(fact.value.text, 'The first paragraph ends here. The second one closes it');
    assert.equal(fact.value.speaker, 'the minister');
  });
});

describe('extractQuotes: bounds and positions', () => {
  it('does not let an unbalanced mark swallow the following paragraphs', () => {
    const text = 'He said "this never ends.\n\nThe next paragraph has "a quote" in it.\n\nAnd “another one without an end.';
    const facts = extractQuotes(text);
    assert.deepEqual(facts.map((f) => f.value.text), ['a quote']);
  });

  it('finds quotations at the very start and end of the text', () => {
    const text = '"Start here," he said, and then she said "end here"';
    const facts = extractQuotes(text);
    assert.equal(facts[0].start, 0);
    assert.equal(facts[facts.length - 1].end, text.length);
  });

  it('handles CRLF line endings', () => {
    const text = 'Officials met.\r\n\r\n"We agreed on a plan," Anna Berg said.\r\n\r\n"And the rest," she added.\r\n';
    const facts = extractQuotes(text);
    assertWellFormed(text, facts);
    assert.deepEqual(facts.map((f) => [f.value.text, f.value.speaker]), [['We agreed on a plan', 'Anna Berg'], ['And the rest', 'Anna Berg']]);
  });

  it('counts UTF-16 code units after an emoji', () => {
    const text = '\uD83D\uDE80 "Launch now," said Chief Executive Elon Musk.';
    const [fact] = extractQuotes(text);
    assert.equal(fact.start, 3);
    assert.equal(fact.value.speaker, 'Elon Musk');
    assert.equal(text.slice(fact.speakerSpan!.start, fact.speakerSpan!.end), 'Elon Musk');
  });

  it('stays linear on thousands of unbalanced marks', () => {
    const text = ('He said "no ' + '“yes '.repeat(50) + "it's '90s ").repeat(400) + '"';
    const began = Date.now();
    const facts = extractQuotes(text);
    assert.ok(Date.now() - began < 2000, `took ${Date.now() - began} ms`);
    assertWellFormed(text, facts);
  });

  it('never throws and returns well-formed facts for any string', () => {
    const pieces = fc.constantFrom('"', '“', '”', "'", '‘', '’', "''", '«', '»', 'said', ' he said', ', Lavrov told', 'the spokesperson', 'according to Ann Lee', 'Mr. ', 'X', ' ', ', ', '. ', '\n', '\n\n', '\r\n', '\uD83D\uDE80', 'won\'t');
    const newsLike = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(newsLike, fc.string({ unit: 'binary', maxLength: 200 })), (text) => assertWellFormed(text, extractQuotes(text))), { numRuns: 400 });
  });
});

describe('extractQuotes: speakers', () => {
  const cases: [string, string, string | null][] = [
    ['"Talks will resume," according to Foreign Minister Jane Doe.', 'Talks will resume', 'Jane Doe'],
    ['"No comment," Ann Lee, the company\'s spokesperson, said.', 'No comment', 'Ann Lee'],
    ['"We are ready," said Prime Minister John Key.', 'We are ready', 'John Key'],
    ['Foreign Minister Sergei Lavrov spoke on Monday. "We are ready," he said.', 'We are ready', 'Sergei Lavrov'],
    ['Ryabkov told reporters: "The dates are set."', 'The dates are set.', 'Ryabkov'],
    ['A spokesperson for the US National Security Council told AFP the talks were on. "We look forward to it," the spokesperson said.', 'We look forward to it', 'a spokesperson for the US National Security Council'],
    ['The alliance rejected the Russian "sphere of influence" idea.', 'sphere of influence', null],
    ['Tax experts disagree. Said Ellis: “I do not see it.”', 'I do not see it.', 'Ellis'],
    ['Later in the day, Trump attacked Clinton, saying, "She is unstable."', 'She is unstable.', 'Trump'],
    ['Readers wrote in.\n“He cannot lead.” ― Esther Tapia\n', 'He cannot lead.', 'Esther Tapia'],
    ['Donald Trump spoke first. Hillary Clinton answered him. "It is not true," she said.', 'It is not true', 'Hillary Clinton'],
    ['Clinton met Senator John Smith on Monday. "We agreed," she said.', 'We agreed', 'she'],
  ];
  for (const [text, words, speaker] of cases) {
    it(`${JSON.stringify(text.slice(0, 60))} -> ${speaker}`, () => {
      const facts = extractQuotes(text);
      assertWellFormed(text, facts);
      const fact = quoteStartingWith(facts, words);
      assert.equal(fact.value.speaker, speaker);
    });
  }
});

describe('extractQuotes: a role speaker is the person named as holding it', () => {
  const cases: [string, string, string][] = [
    // The role resolves to the name set in apposition to it earlier ...
    ['Petra Alsing, a spokeswoman for the port authority, spoke on Monday. "The offer is fair," the spokeswoman said.', 'The offer is fair', 'Petra Alsing'],
    // ... to the name a title stood before ...
    ['Transport Minister Halvard Remi met the union on Monday. "We will stay out," the minister said.', 'We will stay out', 'Halvard Remi'],
    // ... and to a name in apposition to the role phrase itself.
    ['The authority wants a deal. Its spokeswoman, Petra Alsing, said it wanted the cranes moving "as soon as possible".', 'as soon as possible', 'Petra Alsing'],
    ["Carvania's transport minister, Halvard Remi, said the government would wait \"for now\".", 'for now', 'Halvard Remi'],
    // With no name given for the role, the role stays as written.
    ['The port stayed shut on Monday. "The offer is fair," the spokeswoman said.', 'The offer is fair', 'the spokeswoman'],
    ['The authority wants a deal. Its spokeswoman said it wanted the cranes moving "as soon as possible".', 'as soon as possible', 'its spokeswoman'],
    ["Carvania's transport minister said the government would wait \"for now\".", 'for now', "Carvania's transport minister"],
    // An anonymous source, someone new ("a spokesperson") or a group is not the person named before.
    ['Halvard Remi, an official at the ministry, spoke on Monday. "Talks have failed," the official said on condition of anonymity.', 'Talks have failed', 'the official'],
    ['Petra Alsing, a spokeswoman for the port authority, spoke on Monday. "We are ready," said the spokeswoman, who declined to be named.', 'We are ready', 'the spokeswoman'],
    ['Petra Alsing, a spokeswoman for the port authority, spoke on Monday. "We are ready," a spokeswoman said later.', 'We are ready', 'a spokeswoman'],
    ['Halvard Remi, an official at the ministry, spoke on Monday. "We disagree," officials said.', 'We disagree', 'officials'],
    // Another office with the same head noun is someone else.
    ['Transport Minister Halvard Remi met the union. "We will pay," the finance minister said.', 'We will pay', 'the finance minister'],
    ['Vice President Joseph Biden arrived first. "We are proud," the president said.', 'We are proud', 'the president'],
  ];
  for (const [text, words, speaker] of cases) {
    it(`${JSON.stringify(text.slice(0, 70))} -> ${speaker}`, () => {
      const facts = extractQuotes(text);
      assertWellFormed(text, facts);
      assert.equal(quoteStartingWith(facts, words).value.speaker, speaker);
    });
  }

  it('points the speaker span at the earlier name, not at the role', () => {
    const text = 'Petra Alsing, a spokeswoman for the port authority, spoke on Monday. "The offer is fair," the spokeswoman said.';
    const fact = quoteStartingWith(extractQuotes(text), 'The offer is fair');
    assert.deepEqual(fact.speakerSpan, { start: 0, end: 'Petra Alsing'.length });
  });

  it('takes the nearest of two people named with the same role', () => {
    const two = (first: string, second: string) =>
      `${first}, a spokeswoman for the port authority, spoke first. ${second}, a spokeswoman for the union, replied. "It is not enough," the spokeswoman said.`;
    assert.equal(quoteStartingWith(extractQuotes(two('Petra Alsing', 'Anna Berg')), 'It is not enough').value.speaker, 'Anna Berg');
    assert.equal(quoteStartingWith(extractQuotes(two('Anna Berg', 'Petra Alsing')), 'It is not enough').value.speaker, 'Petra Alsing');
  });

  it('does not reach forward to a person named after the quotation', () => {
    const text = '"The offer is fair," the spokeswoman said. Petra Alsing, a spokeswoman for the port authority, left.';
    assert.equal(quoteStartingWith(extractQuotes(text), 'The offer is fair').value.speaker, 'the spokeswoman');
  });
});

describe('attributeQuotations: direct or partial', () => {
  it('tells a quotation standing as its own clause from words worked into the sentence', () => {
    const text = 'Officials called the plan a "disaster" on Monday. "We will not sign it," the minister said. He said: "Never." Critics cited its "vague terms" and "loopholes".';
    const direct = attributeQuotations(text).quotations.map((q) => [text.slice(q.stretch.start + 1, q.stretch.end - 1), q.direct]);
    assert.deepEqual(direct, [['disaster', false], ['We will not sign it,', true], ['Never.', true], ['vague terms', false], ['loopholes', false]]);
  });
});

describe('extractQuotes: what a pronoun refers to', () => {
  const cases: [string, string, string, string][] = [
    // The subject of the previous sentence outranks a person named there as an object.
    ['the sentence subject over a titled object', 'Gen. Carter Ham retired in 2015. In an interview, Ham made it clear he had misgivings under President Barack Obama.\n\n"It was demoralizing," he told the host.', 'It was demoralizing', 'Carter Ham'],
    // A subject standing before an appositive ("Dean, a medical doctor, then appeared").
    ['a subject followed by an appositive', 'Howard Dean attacked the nominee in an interview with Mr. Blitzer.\n\nDean, a medical doctor, then appeared on television. "It was a joke," he said.', 'It was a joke', 'Howard Dean'],
    // Full stops inside the quotation do not end the writer's sentence: the previous sentence is the one before the quote.
    ['the previous sentence is found across a quotation with full stops inside', 'Robert Lopez spoke first.\n\nThe issue worries Henry Crespo, a local organiser.\n\n"No one is here. Nobody cares. It is sad," he said.', 'No one is here', 'Henry Crespo'],
    // Gender agreement: a she-name in the previous sentence outranks a he-speaker further back.
    ['a nearer name that agrees in gender', 'Lily Batchelder, an analyst, said the plan was weak.\n\nThe issue has become central, with Hillary Clinton attacking the plan.\n\n"It is trickle-down economics," she said in the debate.', 'It is trickle-down economics', 'Hillary Clinton'],
    // The gender of a surname is that of the full name it stands for ...
    ['a surname takes the gender of its full name', 'Jennifer Ortiz, a professor, spoke. Later Donald Trump attacked her. Trump left the stage.\n\nJo Formicola, a professor, described the tactic. "It is a deflection," she said.', 'It is a deflection', 'Jo Formicola'],
    // ... and "he" takes the full name that agrees ("Cruz" after "Heidi Cruz" is still Ted Cruz).
    ['a surname resolved to the full name of the agreeing gender', 'Ted Cruz endorsed the nominee. He praised his wife, Heidi Cruz.\n\n"I will vote for him," Cruz said in July. Delegates questioned how Cruz could do it.\n\n"The day became personal," he said.', 'The day became personal', 'Ted Cruz'],
    // A title before the name gives the gender even when the given name is borne by both sexes.
    ['a gendered title outranks a given name', 'Barack Obama vetoed the bill. "It is wrong," said 9/11 widow Terry Strada.\n\nShe continued, "We want our day in court."', 'We want our day in court.', 'Terry Strada'],
    // "They" refers to a group: an organisation or a plural subject, never a single person.
    ['"they" to an organisation', 'Mr. Kim met the envoy. The Security Council issued a statement on Monday.\n\n"We will act," they said.', 'We will act', 'Security Council'],
    ['"they" to a plural subject', 'Mr. Quiros is awaiting trial. Critics of the program want an overhaul. They sent a letter on Thursday.\n\n"The program is plagued by fraud," they wrote.', 'The program is plagued by fraud', 'Critics of the program'],
  ];
  for (const [name, text, words, speaker] of cases) {
    it(name, () => {
      const facts = extractQuotes(text);
      assertWellFormed(text, facts);
      assert.equal(quoteStartingWith(facts, words).value.speaker, speaker);
    });
  }

  it('"they" is left unresolved rather than given to one person', () => {
    const text = 'Mr. Quiros spoke on Monday.\n\n"We are ready," they said.';
    assert.equal(quoteStartingWith(extractQuotes(text), 'We are ready').value.speaker, 'they');
  });

  it('a plural people ("Americans") is not a she', () => {
    const text = 'Loretta Lynch spoke on Monday. She has called the shootings of African Americans a crisis.\n\n"People do not say that," she said.';
    assert.equal(quoteStartingWith(extractQuotes(text), 'People do not say that').value.speaker, 'Loretta Lynch');
  });

  it('a heading in capitals is not a person', () => {
    const text = 'Sen. Claire McCaskill questioned him on Monday.\n\nCONGRESS HAS INVESTIGATED HIM — his advice earned him attention, with critics saying "it is a scam".\n\n"You are a doctor," she said.';
    assert.equal(quoteStartingWith(extractQuotes(text), 'You are a doctor').value.speaker, 'Claire McCaskill');
  });
});

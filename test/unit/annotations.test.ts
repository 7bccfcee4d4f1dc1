import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  anchorDecision,
  isFindingIgnored,
  makeDecision,
  parseAnnotations,
  publishedDecision,
  serializeAnnotations,
  verifiedAt,
  type Decision,
} from '../../src/core/annotations/index.js';
import { readSeed } from '../seeds.js';

const SEED = readSeed('004');

function spanOf(text: string, words: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(words, at + 1);
    assert.notEqual(at, -1, `"${words}" occurrence ${occurrence} is in the text`);
  }
  return { start: at, end: at + words.length };
}

describe('makeDecision', () => {
  it('quotes the span with up to 32 characters of context and a uuid urn', () => {
    const span = spanOf(SEED, 'January 10');
    const d = makeDecision('ignore', './news\\004.txt', SEED, span, { code: 'date-mismatch', reason: 'typo in wire copy' });
    assert.match(d.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(d.path, 'news/004.txt');
    assert.equal(d.exact, 'January 10');
    assert.equal(d.prefix, SEED.slice(span.start - 32, span.start));
    assert.equal(d.suffix, SEED.slice(span.end, span.end + 32));
    assert.deepEqual([d.start, d.end, d.code, d.reason], [span.start, span.end, 'date-mismatch', 'typo in wire copy']);
    assert.ok(!Number.isNaN(Date.parse(d.created)));
    assert.notEqual(makeDecision('note', 'a.txt', SEED, span).id, d.id);
  });

  it('keeps short context at the edges and never cuts a surrogate pair', () => {
    const text = `${'😀'.repeat(20)}target${'😀'.repeat(20)}`;
    const span = spanOf(text, 'target');
    const d = makeDecision('verified', 'a.txt', text, span);
    assert.equal(d.prefix, '😀'.repeat(16));
    assert.equal(d.suffix, '😀'.repeat(16));
    const edge = makeDecision('verified', 'a.txt', 'ab', { start: 0, end: 2 });
    assert.deepEqual([edge.prefix, edge.exact, edge.suffix], ['', 'ab', '']);
  });
});

describe('serializeAnnotations / parseAnnotations', () => {
  const text = SEED;
  const decisions: Decision[] = [
    makeDecision('ignore', 'seeds/004.txt', text, spanOf(text, 'January 10'), { code: 'date-mismatch', reason: 'wire typo' }),
    makeDecision('verified', 'seeds/004.txt', text, spanOf(text, 'January 12')),
    makeDecision('published', 'seeds/004.txt', text, { start: 0, end: 0 }, { date: '2021-12-28' }),
    makeDecision('note', 'seeds/004.txt', text, spanOf(text, 'Kremlin'), { body: 'check the Russian readout' }),
  ];

  it('round-trips every kind of decision', () => {
    const json = serializeAnnotations(decisions);
    const { decisions: back, problems } = parseAnnotations(json);
    assert.deepEqual(problems, []);
    assert.deepEqual(back, decisions);
    assert.equal(serializeAnnotations(back), json, 'stable: the same text again');
    assert.ok(json.endsWith('}\n'));
  });

  it('writes a W3C AnnotationCollection with motivations, selectors and a TextualBody', () => {
    const doc = JSON.parse(serializeAnnotations(decisions));
    assert.equal(doc['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.ok(doc['@context'].some((c: unknown) => typeof c === 'object' && c !== null && 'corroborate' in c));
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, 4);
    const items = doc.first.items;
    assert.deepEqual(items.map((a: { motivation: string }) => a.motivation), ['moderating', 'assessing', 'editing', 'commenting']);
    assert.deepEqual(Object.keys(items[0]), ['id', 'type', 'motivation', 'corroborate:kind', 'corroborate:code', 'created', 'body', 'target']);
    assert.deepEqual(items[0].body, { type: 'TextualBody', value: 'wire typo', format: 'text/plain' });
    assert.equal(items[2].body.value, '2021-12-28');
    assert.equal(items[1].body, undefined);
    const [quote, position] = items[0].target.selector;
    assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'January 10', prefix: decisions[0]!.prefix, suffix: decisions[0]!.suffix });
    assert.deepEqual(position, { type: 'TextPositionSelector', start: decisions[0]!.start, end: decisions[0]!.end });
    assert.equal(items[0].target.source, 'seeds/004.txt');
  });

  it('keeps the good entries of a file with a bad one and names the problem', () => {
    const doc = JSON.parse(serializeAnnotations(decisions));
    doc.first.items[1].target.selector = [{ type: 'TextPositionSelector', start: 5, end: 2 }];
    doc.first.items[2].body.value = '28/12/2021';
    doc.first.items.push('not an annotation');
    const { decisions: back, problems } = parseAnnotations(JSON.stringify(doc));
    assert.deepEqual(back.map((d) => d.id), [decisions[0]!.id, decisions[3]!.id]);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, new RegExp(`^annotation 2 \\(${decisions[1]!.id}\\): .*TextQuoteSelector`));
    assert.match(problems[1]!, /^annotation 3 .*YYYY-MM-DD/);
    assert.match(problems[2]!, /^annotation 5: not a JSON object/);
  });

  it('never throws: not JSON, not a collection, and duplicate ids are problems', () => {
    const notJson = parseAnnotations('{\n  "type": "AnnotationCollection",\n  "first": x\n}');
    assert.deepEqual(notJson.decisions, []);
    assert.match(notJson.problems[0]!, /not valid JSON at line 3, column 12 \(Unexpected token 'x'\)$/);
    assert.match(parseAnnotations('{ "a": 1 }').problems[0]!, /not an AnnotationCollection/);
    assert.match(parseAnnotations('[1, 2').problems[0]!, /line 1, column 6/);
    assert.deepEqual(parseAnnotations(''), { decisions: [], problems: [] });
    const twice = JSON.parse(serializeAnnotations([decisions[0]!, decisions[0]!]));
    const dup = parseAnnotations(JSON.stringify(twice));
    assert.equal(dup.decisions.length, 1);
    assert.match(dup.problems[0]!, /used twice/);
  });

  it('reads plain Web Annotations from another tool by their motivation', () => {
    const json = JSON.stringify([
      {
        id: 'https://example.org/anno/1',
        type: 'Annotation',
        motivation: 'commenting',
        bodyValue: 'Compare with the Reuters copy',
        target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'talks' } },
      },
      { id: 'https://example.org/anno/2', type: 'Annotation', motivation: 'highlighting', target: { source: 'a.txt' } },
    ]);
    const { decisions: back, problems } = parseAnnotations(json);
    assert.equal(back.length, 1);
    assert.deepEqual([back[0]!.kind, back[0]!.body, back[0]!.exact, back[0]!.start, back[0]!.end], ['note', 'Compare with the Reuters copy', 'talks', 0, 5]);
    assert.match(problems[0]!, /annotation 2 .*motivation/);
  });

  it('keeps properties it does not know on the decisions it parsed, and our changes win', () => {
    const doc = JSON.parse(serializeAnnotations(decisions.slice(0, 2)));
    doc.first.items[0]['x:reviewer'] = 'mk';
    doc.first.items[0].body.language = 'en';
    doc.first.items[0].target.selector.push({ type: 'CssSelector', value: '#p3' });
    doc.first.items[0].target.state = { type: 'TimeState', sourceDate: '2021-12-28T10:00:00Z' };
    doc.first.items[1].motivation = ['assessing', 'bookmarking'];
    const parsed = parseAnnotations(JSON.stringify(doc));
    parsed.decisions[0]!.reason = 'confirmed typo';
    parsed.decisions[0]!.code = 'figure-mismatch';
    const out = JSON.parse(serializeAnnotations(parsed.decisions));
    const [first, second] = out.first.items;
    assert.equal(first['x:reviewer'], 'mk');
    assert.deepEqual(first.body, { type: 'TextualBody', value: 'confirmed typo', format: 'text/plain', language: 'en' });
    assert.equal(first['corroborate:code'], 'figure-mismatch');
    assert.deepEqual(first.target.selector[2], { type: 'CssSelector', value: '#p3' });
    assert.equal(first.target.state.sourceDate, '2021-12-28T10:00:00Z');
    assert.deepEqual(second.motivation, ['assessing', 'bookmarking']);
    delete parsed.decisions[0]!.reason;
    assert.equal(JSON.parse(serializeAnnotations(parsed.decisions)).first.items[0].body, undefined, 'a cleared reason leaves no body');
  });
});

describe('anchorDecision', () => {
  const span = spanOf(SEED, 'Moscow earlier this month');
  const decision = makeDecision('verified', 'seeds/004.txt', SEED, span);

  it('finds the quote where it was when nothing moved', () => {
    assert.deepEqual(anchorDecision(decision, SEED), span);
  });

  it('follows the quote when text is inserted before it', () => {
    const inserted = 'Updated with the Kremlin reaction.\n\n';
    const edited = inserted + SEED;
    assert.deepEqual(anchorDecision(decision, edited), { start: span.start + inserted.length, end: span.end + inserted.length });
  });

  it('is null when the quoted words were changed', () => {
    const edited = SEED.slice(0, span.start) + 'Moscow last week' + SEED.slice(span.end);
    assert.equal(anchorDecision(decision, edited), null);
  });

  it('picks the occurrence whose prefix and suffix match when the words occur twice', () => {
    const headline = 'US, Russia to hold security, Ukraine talks early January';
    const second = spanOf(SEED, headline, 1);
    const onSecond = makeDecision('note', 'seeds/004.txt', SEED, second);
    // The start of the article is rewritten: offsets shift and the old offset holds other text.
    const edited = SEED.replace('World+Biz', 'World and Business news desk');
    const moved = second.start + 'World and Business news desk'.length - 'World+Biz'.length;
    assert.deepEqual(anchorDecision(onSecond, edited), { start: moved, end: moved + headline.length });

    const first = spanOf(SEED, headline, 0);
    const onFirst = makeDecision('note', 'seeds/004.txt', SEED, first);
    assert.deepEqual(anchorDecision({ ...onFirst, start: second.start, end: second.end }, SEED), first, 'context beats the old offset');
  });

  it('takes the occurrence nearest the old offset when the context cannot tell', () => {
    const text = 'x 10 x 10 x 10 x';
    const d: Decision = { ...makeDecision('verified', 'a.txt', text, { start: 7, end: 9 }), prefix: '', suffix: '' };
    // "10" stands at 2, 7 and 12; two characters inserted in front move them to 4, 9 and 14.
    assert.deepEqual(anchorDecision({ ...d, start: 12, end: 14 }, `zz${text}`), { start: 14, end: 16 });
    assert.deepEqual(anchorDecision({ ...d, start: 2, end: 4 }, `zz${text}`), { start: 4, end: 6 });
  });
});

describe('isFindingIgnored, verifiedAt, publishedDecision', () => {
  const span = spanOf(SEED, 'January 10');
  const ignore = makeDecision('ignore', 'seeds/004.txt', SEED, span, { code: 'date-mismatch' });

  it('ignores a finding of the same file and code whose span overlaps the anchor', () => {
    const finding = { path: 'seeds/004.txt', code: 'date-mismatch', start: span.start + 8, end: span.end + 5 };
    assert.ok(isFindingIgnored(finding, [ignore], SEED));
    assert.ok(!isFindingIgnored({ ...finding, code: 'figure-mismatch' }, [ignore], SEED));
    assert.ok(!isFindingIgnored({ ...finding, path: 'seeds/005.txt' }, [ignore], SEED));
    assert.ok(!isFindingIgnored({ ...finding, start: span.end, end: span.end + 4 }, [ignore], SEED), 'touching is not overlapping');
    const edited = `Correction appended at the top.\n${SEED}`;
    const shift = 'Correction appended at the top.\n'.length;
    assert.ok(isFindingIgnored({ ...finding, start: span.start + shift, end: span.end + shift }, [ignore], edited));
    assert.ok(!isFindingIgnored(finding, [ignore], SEED.replace(/January 10/g, 'January 11')));
  });

  it('finds the latest verified decision on a span', () => {
    const older = { ...makeDecision('verified', 'seeds/004.txt', SEED, span), created: '2026-01-01T00:00:00.000Z' };
    const newer = { ...makeDecision('verified', 'seeds/004.txt', SEED, span, { reason: 'called the NSC' }), created: '2026-02-01T00:00:00.000Z' };
    assert.equal(verifiedAt('seeds/004.txt', span, [newer, older, ignore], SEED), newer);
    assert.equal(verifiedAt('seeds/004.txt', { start: 0, end: 5 }, [newer, older], SEED), undefined);
  });

  it('gives the latest published decision for the file', () => {
    const a = { ...makeDecision('published', 'seeds/004.txt', SEED, { start: 0, end: 0 }, { date: '2021-12-27' }), created: '2026-01-02T00:00:00.000Z' };
    const b = { ...makeDecision('published', 'seeds/004.txt', SEED, { start: 0, end: 0 }, { date: '2021-12-28' }), created: '2026-01-03T00:00:00.000Z' };
    const other = makeDecision('published', 'seeds/005.txt', SEED, { start: 0, end: 0 }, { date: '2020-01-01' });
    assert.equal(publishedDecision('seeds/004.txt', [b, a, other])?.date, '2021-12-28');
    assert.equal(publishedDecision('./seeds/004.txt', [a, other])?.date, '2021-12-27');
    assert.equal(publishedDecision('seeds/006.txt', [a, b, other]), undefined);
  });
});

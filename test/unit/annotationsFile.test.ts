import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { makeDecision, serializeAnnotations } from '../../src/core/annotations/index.js';
import { ANNOTATIONS_PATH, readAnnotationsFile, updateAnnotationsFile } from '../../src/node/annotationsFile.js';
import { readSeed } from '../seeds.js';

const SEED = readSeed('004');
const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-annotations-'));
  folders.push(root);
  return root;
}

function annotationsFile(root: string): string {
  return join(root, '.corroborate', 'annotations.jsonld');
}

function writeAnnotations(root: string, content: string): void {
  mkdirSync(join(root, '.corroborate'), { recursive: true });
  writeFileSync(annotationsFile(root), content);
}

function decisionOn(words: string) {
  const start = SEED.indexOf(words);
  return makeDecision('ignore', 'seeds/004.txt', SEED, { start, end: start + words.length }, { code: 'date-mismatch' });
}

describe('readAnnotationsFile', () => {
  it('reads a missing file as no decisions and no problem', () => {
    assert.equal(ANNOTATIONS_PATH, '.corroborate/annotations.jsonld');
    assert.deepEqual(readAnnotationsFile(workspace()), { decisions: [], problems: [], malformed: false });
  });

  it('names the file and where the JSON breaks', () => {
    const root = workspace();
    writeAnnotations(root, '{\n  "type": "AnnotationCollection",\n  "first": { "items": [ }\n}\n');
    const read = readAnnotationsFile(root);
    assert.equal(read.malformed, true);
    assert.equal(read.problems.length, 1);
    assert.ok(read.problems[0]!.startsWith(annotationsFile(root)), read.problems[0]);
    assert.match(read.problems[0]!, /line 3, column 25/);
  });

  it('keeps the good decisions of a file with a bad entry, prefixing the problem with the file', () => {
    const root = workspace();
    const good = decisionOn('January 10');
    const doc = JSON.parse(serializeAnnotations([good]));
    doc.first.items.unshift({ id: 'urn:uuid:bad', type: 'Annotation', 'corroborate:kind': 'shrug', target: { source: 'a.txt' } });
    writeAnnotations(root, JSON.stringify(doc));
    const read = readAnnotationsFile(root);
    assert.equal(read.malformed, false);
    assert.deepEqual(read.decisions, [good]);
    assert.match(read.problems[0]!, /annotations\.jsonld: annotation 1 \(urn:uuid:bad\): unknown "corroborate:kind" "shrug"/);
  });

  it('treats bytes that are not UTF-8 as malformed rather than replacing them', () => {
    const root = workspace();
    mkdirSync(join(root, '.corroborate'));
    writeFileSync(annotationsFile(root), Buffer.from([0x7b, 0xff, 0x7d]));
    const read = readAnnotationsFile(root);
    assert.equal(read.malformed, true);
    assert.match(read.problems[0]!, /UTF-8/);
  });
});

describe('updateAnnotationsFile', () => {
  it('creates the folder and file, and reads back what it wrote', () => {
    const root = workspace();
    const d = decisionOn('January 10');
    const result = updateAnnotationsFile(root, (decisions) => [...decisions, d]);
    assert.deepEqual(result, { ok: true, decisions: [d] });
    assert.deepEqual(readAnnotationsFile(root), { decisions: [d], problems: [], malformed: false });
    const second = decisionOn('January 12');
    updateAnnotationsFile(root, (decisions) => [...decisions, second]);
    assert.deepEqual(readAnnotationsFile(root).decisions, [d, second]);
    assert.deepEqual(readdirSync(join(root, '.corroborate')), ['annotations.jsonld'], 'no temporary file left behind');
  });

  it('keeps unknown properties, unreadable entries and collection fields through a rewrite', () => {
    const root = workspace();
    const kept = decisionOn('January 10');
    const changed = decisionOn('January 12');
    const doc = JSON.parse(serializeAnnotations([kept, changed]));
    doc['@context'].push({ x: 'https://example.org/x#' });
    doc['x:desk'] = 'europe';
    doc.first.items[0]['x:reviewer'] = 'mk';
    doc.first.items[1]['x:reviewer'] = 'jd';
    const future = { id: 'urn:uuid:future', type: 'Annotation', 'corroborate:kind': 'retracted', target: { source: 'a.txt' } };
    doc.first.items.push(future);
    writeAnnotations(root, JSON.stringify(doc, null, 2));

    // The server rebuilds the decision it edits by spreading: the raw object follows by id.
    const result = updateAnnotationsFile(root, (decisions) =>
      decisions.map((d) => (d.id === changed.id ? { ...d, reason: 'wire copy corrected later' } : d)),
    );
    assert.ok(result.ok);
    const out = JSON.parse(readFileSync(annotationsFile(root), 'utf8'));
    assert.equal(out['x:desk'], 'europe');
    assert.deepEqual(out['@context'].at(-1), { x: 'https://example.org/x#' });
    assert.equal(out.total, 3);
    assert.deepEqual(out.first.items.map((a: Record<string, unknown>) => a['x:reviewer']), ['mk', 'jd', undefined]);
    assert.deepEqual(out.first.items[2], future);
    assert.equal(out.first.items[1].body.value, 'wire copy corrected later');
  });

  it('leaves the old file intact when the update function throws', () => {
    const root = workspace();
    updateAnnotationsFile(root, () => [decisionOn('January 10')]);
    const before = readFileSync(annotationsFile(root), 'utf8');
    const result = updateAnnotationsFile(root, () => {
      throw new Error('the person cancelled');
    });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /the person cancelled.*unchanged/);
    assert.equal(readFileSync(annotationsFile(root), 'utf8'), before);
    assert.deepEqual(readdirSync(join(root, '.corroborate')), ['annotations.jsonld']);
  });

  it('refuses to overwrite a malformed file', () => {
    const root = workspace();
    const broken = '{ "type": "AnnotationCollection", "first": { "items": [ {"id": "urn:uuid:1",, } ] } }';
    writeAnnotations(root, broken);
    let called = false;
    const result = updateAnnotationsFile(root, (decisions) => {
      called = true;
      return decisions;
    });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /annotations\.jsonld: not valid JSON at line 1, column \d+.*will not overwrite/);
    assert.equal(called, false);
    assert.equal(readFileSync(annotationsFile(root), 'utf8'), broken);
  });

  it('refuses a file that is JSON but not an annotation collection', () => {
    const root = workspace();
    writeAnnotations(root, '{"notes": ["keep me"]}');
    const result = updateAnnotationsFile(root, (decisions) => decisions);
    assert.equal(result.ok, false);
    assert.equal(readFileSync(annotationsFile(root), 'utf8'), '{"notes": ["keep me"]}');
  });

  it('reports a file it cannot read and replaces nothing', () => {
    const root = workspace();
    mkdirSync(annotationsFile(root), { recursive: true });
    const result = updateAnnotationsFile(root, () => [decisionOn('January 10')]);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /annotations\.jsonld: cannot read \(EISDIR\); nothing was recorded/);
    assert.ok(existsSync(annotationsFile(root)));
    assert.deepEqual(readdirSync(join(root, '.corroborate')), ['annotations.jsonld']);
  });
});

/**
 * Findings in the editor through a real LSP connection, on the examples' planted
 * disagreement (the vote: "March 4" in the Coastal Wire against March 3 elsewhere) and
 * on the real seeds ("Jan. 11" against January 10). Expected ranges come from the text.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, Diagnostic, Hover, Location, Range } from 'vscode-languageserver';
import { SEEDS_DIR } from '../seeds.js';
import { examplesDir, LspClient, removeDir, tempCopy, uriOf } from './lspClient.js';

function lineTexts(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function textAt(text: string, range: Range): string {
  const lines = lineTexts(text);
  if (range.start.line !== range.end.line) return lines.slice(range.start.line, range.end.line + 1).join('\n');
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

function rangeOf(text: string, needle: string, lineHint: string): Range {
  const lines = lineTexts(text);
  const line = lines.findIndex((l) => l.includes(lineHint) && l.includes(needle));
  assert.ok(line >= 0, `no line with ${needle}`);
  const character = lines[line]!.indexOf(needle);
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

const sameRange = (a: Range, b: Range) => JSON.stringify(a) === JSON.stringify(b);

describe('findings on the examples', () => {
  let dir: string;
  let client: LspClient;
  let wireFile: string;
  let wireText: string;
  let vote: Range;

  const wireUri = () => uriOf(wireFile);
  const readAt = (uri: string, range: Range) => textAt(readFileSync(new URL(uri), 'utf8'), range);
  // Either "March 4" of the Wire (headline or body) stands against the others' March 3.
  const voteDiagnostic = () => client.diagnostics.get(wireUri())?.find((d) => d.code === 'date-mismatch' && textAt(wireText, d.range) === 'March 4');

  before(async () => {
    dir = tempCopy(examplesDir);
    wireFile = join(dir, 'coastal-wire.txt');
    wireText = readFileSync(wireFile, 'utf8');
    client = await LspClient.startIndexed({ folders: [dir] });
    vote = (await client.waitFor('a diagnostic on the Wire’s “March 4”', voteDiagnostic).catch(() => undefined))?.range ?? rangeOf(wireText, 'March 4', 'would vote');
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('publishes a diagnostic with related information for a file that was never opened', async () => {
    const diagnostic = await client.waitFor('the vote diagnostic', voteDiagnostic);
    assert.equal(diagnostic.source, 'Corroborate');
    assert.equal(diagnostic.codeDescription?.href.endsWith('#date-mismatch'), true);
    assert.ok((diagnostic.relatedInformation ?? []).length >= 3, 'the other sources are related');
    for (const related of diagnostic.relatedInformation!) {
      assert.notEqual(related.location.uri, wireUri(), 'related locations are in the other sources');
      const wording = readAt(related.location.uri, related.location.range);
      assert.ok(wording.length > 0 && related.message.includes(wording), `"${related.message}" names "${wording}"`);
    }
  });

  it('hovers with the normalised value, the claim and the other sources marked', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: wireUri() }, position: vote.start });
    const value = (hover?.contents as { value: string }).value.replace(/\\(.)/g, '$1');
    assert.match(value, /2026-03-04/);
    assert.match(value, /Wed 4 Mar 2026/);
    assert.match(value, /publication date Mon 2 Mar 2026 \(from \.corroborate\.json\)/);
    assert.match(value, /✗ disagrees: [^\n]*“March 3”/);
  });

  it('goes to the same claim in the other documents, and finds every reference', async () => {
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: wireUri() }, position: vote.start });
    assert.ok(definition.length >= 3);
    for (const location of definition) {
      assert.notEqual(location.uri, wireUri());
      assert.ok(readAt(location.uri, location.range).length > 0);
    }
    const withSelf = await client.request<Location[]>('textDocument/references', { textDocument: { uri: wireUri() }, position: vote.start, context: { includeDeclaration: true } });
    assert.ok(withSelf.some((l) => l.uri === wireUri() && sameRange(l.range, vote)));
    const without = await client.request<Location[]>('textDocument/references', { textDocument: { uri: wireUri() }, position: vote.start, context: { includeDeclaration: false } });
    assert.ok(!without.some((l) => l.uri === wireUri() && sameRange(l.range, vote)));
    assert.equal(without.length, withSelf.length - 1);
  });

  it('offers the majority wording, each source’s wording, and the three decisions', async () => {
    const diagnostic = await client.waitFor('the vote diagnostic', voteDiagnostic);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: wireUri() }, range: vote, context: { diagnostics: [diagnostic] } });
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.title.startsWith('Replace with the majority wording'));
    const edit = preferred!.edit!.changes![wireUri()]![0]!;
    assert.deepEqual(edit.range, vote);
    const disagreeing = diagnostic.relatedInformation!.filter((r) => r.message.startsWith('disagrees'));
    assert.ok(disagreeing.some((r) => readAt(r.location.uri, r.location.range) === edit.newText), 'the majority wording is another source’s');
    // One "source's wording" action per other origin that disagrees (copies of one article are one origin).
    const report = JSON.parse((await client.request<{ content: string }>('corroborate/exportReport', { format: 'json' })).content);
    const groupOf = new Map<string, string>(report.documents.map((d: { path: string; group: string }) => [d.path, d.group]));
    const origins = new Set(disagreeing.map((r) => groupOf.get(r.location.uri.slice(uriOf(dir).length + 1))));
    assert.equal(actions.filter((a) => / wording \(/.test(a.title) && !a.isPreferred).length, origins.size);
    const commands = actions.filter((a) => a.command).map((a) => a.command!);
    assert.ok(commands.every((c) => c.command === 'corroborate.recordDecision'));
    const args = commands.map((c) => c.arguments![0] as { kind: string; ask?: string; code?: string; uri: string });
    assert.deepEqual(args.map((a) => [a.kind, a.ask ?? null]).sort(), [['ignore', 'reason'], ['published', 'date'], ['verified', null]]);
    assert.equal(args.find((a) => a.kind === 'ignore')!.code, 'date-mismatch');
  });

  it('puts a CodeLens on the line with the counts and the peek command', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: wireUri() } });
    const onLine = lenses.filter((l) => l.range.start.line === vote.start.line && l.command!.title.includes('✗'));
    assert.equal(onLine.length, 1);
    assert.equal(onLine[0]!.command!.command, 'corroborate.showClaim');
    const [uri, , locations] = onLine[0]!.command!.arguments as [string, unknown, Location[]];
    assert.equal(uri, wireUri());
    assert.ok(locations.length >= 3 && locations.every((l) => l.uri !== wireUri()));
  });

  it('lists claims disputed first, with the Coastal Wire’s date against the majority', async () => {
    const { claims } = await client.request<{ claims: { status: string; facts: { uri: string; range: Range; agrees: boolean | null }[] }[] }>('corroborate/claims', {});
    const firstOther = claims.findIndex((c) => c.status !== 'disputed');
    assert.ok(firstOther > 0 && claims.slice(firstOther).every((c) => c.status !== 'disputed'));
    const voteClaim = claims.find((c) => c.facts.some((f) => f.uri === wireUri() && sameRange(f.range, vote)));
    assert.equal(voteClaim?.status, 'disputed');
    assert.equal(voteClaim!.facts.find((f) => f.uri === wireUri() && sameRange(f.range, vote))!.agrees, false);
    assert.ok(voteClaim!.facts.filter((f) => f.agrees).length > voteClaim!.facts.filter((f) => f.agrees === false).length);
    const disputedOnly = await client.request<{ claims: { status: string }[] }>('corroborate/claims', { disputedOnly: true });
    assert.ok(disputedOnly.claims.length > 0 && disputedOnly.claims.every((c) => c.status === 'disputed'));
  });

  it('follows corroborate.severity and corroborate.kinds', async () => {
    await client.changeSettings({ severity: { 'date-mismatch': 'error' } });
    assert.equal((await client.waitFor('the vote diagnostic', voteDiagnostic)).severity, 1);
    await client.changeSettings({ severity: { 'date-mismatch': 'off' } });
    assert.equal(client.diagnostics.get(wireUri())!.filter((d) => d.code === 'date-mismatch').length, 0);
    await client.changeSettings({ kinds: { date: false } });
    assert.equal(client.diagnostics.get(wireUri())!.filter((d) => d.code === 'date-mismatch').length, 0);
    assert.ok(client.diagnostics.get(wireUri())!.some((d) => d.code === 'quote-mismatch'), 'other kinds stay');
    await client.changeSettings({});
    await client.waitFor('the vote diagnostic', voteDiagnostic);
  });

  it('updates the other files’ diagnostics when the date is edited', async () => {
    const ledgerUri = uriOf(join(dir, 'vessmark-ledger.txt'));
    const pointsAtWire = () => (client.diagnostics.get(ledgerUri) ?? []).filter((d) => d.code === 'date-mismatch' && d.relatedInformation?.some((r) => r.location.uri === wireUri() && r.message.includes('March 4')));
    assert.ok(pointsAtWire().length > 0, 'before: the Ledger’s vote date is compared with the Wire’s March 4');
    await client.open(wireFile, wireText, 1);
    const fixed = wireText.replaceAll('March 4', 'March 3');
    await client.notify('textDocument/didChange', { textDocument: { uri: wireUri(), version: 2 }, contentChanges: [{ text: fixed }] });
    await client.waitFor('the Ledger’s diagnostics to drop the Wire', () => pointsAtWire().length === 0);
    assert.equal((client.diagnostics.get(wireUri()) ?? []).filter((d) => d.code === 'date-mismatch' && textAt(fixed, d.range) === 'March 3').length, 0);
    await client.notify('textDocument/didChange', { textDocument: { uri: wireUri(), version: 3 }, contentChanges: [{ text: wireText }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: wireUri() } });
    await client.waitFor('the Ledger’s diagnostics to point at the Wire again', () => pointsAtWire().length > 0);
  });
});

describe('decisions on findings', () => {
  let dir: string;
  let client: LspClient;
  /** The Wire's finding the first test ignores. */
  let vote: Range;

  before(async () => {
    dir = tempCopy(examplesDir);
    client = await LspClient.startIndexed({ folders: [dir] });
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('an ignored finding disappears, is stored, and stays ignored after a restart', async () => {
    const wireFile = join(dir, 'coastal-wire.txt');
    const uri = uriOf(wireFile);
    const wireText = readFileSync(wireFile, 'utf8');
    const first = await client.waitFor('a diagnostic on the Wire’s “March 4”', () =>
      client.diagnostics.get(uri)?.find((d) => d.code === 'date-mismatch' && textAt(wireText, d.range) === 'March 4'),
    );
    vote = first.range;
    const isVote = (d: Diagnostic) => d.code === 'date-mismatch' && sameRange(d.range, vote);
    const others = client.diagnostics.get(uri)!.filter((d) => !isVote(d)).length;
    const result = await client.request('corroborate/recordDecision', { kind: 'ignore', uri, range: vote, code: 'date-mismatch', reason: 'checked with the union' });
    assert.deepEqual(result, { ok: true });
    await client.waitFor('the diagnostic to go', () => !client.diagnostics.get(uri)!.some(isVote));
    assert.equal(client.diagnostics.get(uri)!.length, others, 'only that finding is hidden');
    const stored = readFileSync(join(dir, '.corroborate', 'annotations.jsonld'), 'utf8');
    assert.match(stored, /date-mismatch/);
    assert.match(stored, /checked with the union/);
    const exported = JSON.parse((await client.request<{ content: string }>('corroborate/exportReport', { format: 'json' })).content);
    assert.ok(!exported.findings.some((f: { path: string; range: Range }) => f.path === 'coastal-wire.txt' && sameRange(f.range, vote)));

    await client.stop();
    client = await LspClient.startIndexed({ folders: [dir] });
    await client.waitFor('the Wire’s other diagnostics', () => (client.diagnostics.get(uri)?.length ?? 0) === others);
    assert.ok(!client.diagnostics.get(uri)!.some(isVote));
  });

  it('a verified claim says so in the hover and the claims view', async () => {
    const file = join(dir, 'northgate-post.txt');
    const uri = uriOf(file);
    const diagnostic = await client.waitFor('a Northgate diagnostic', () => client.diagnostics.get(uri)?.[0]);
    const result = await client.request('corroborate/recordDecision', { kind: 'verified', uri, range: diagnostic.range });
    assert.deepEqual(result, { ok: true });
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
    assert.match((hover.contents as { value: string }).value, /verified/);
    const { claims } = await client.request<{ claims: { label: string; facts: { uri: string; range: Range }[] }[] }>('corroborate/claims', {});
    const claim = claims.find((c) => c.facts.some((f) => f.uri === uri && sameRange(f.range, diagnostic.range)));
    assert.match(claim!.label, /verified/);
  });
  it('re-reads the annotations file when it changes on disk', async () => {
    const uri = uriOf(join(dir, 'coastal-wire.txt'));
    const ignored = () => client.diagnostics.get(uri)?.find((d) => d.code === 'date-mismatch' && sameRange(d.range, vote));
    assert.equal(ignored(), undefined, 'still ignored from the first test');
    const file = join(dir, '.corroborate', 'annotations.jsonld');
    rmSync(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    await client.waitFor('the ignored finding to come back', ignored);
  });
});

describe('findings on the real seeds', () => {
  let dir: string;
  let client: LspClient;

  before(async () => {
    dir = tempCopy(SEEDS_DIR);
    client = await LspClient.startIndexed({ folders: [dir] });
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('flags "Jan. 11" in the raw page with the other outlets as related locations', async () => {
    const raw = readFileSync(join(dir, '000_934a40c725afa8ca.txt'), 'utf8');
    const uri = uriOf(join(dir, '000_934a40c725afa8ca.txt'));
    const diagnostic = await client.waitFor('the Jan. 11 diagnostic', () =>
      client.diagnostics.get(uri)?.find((d) => d.code === 'date-mismatch' && textAt(raw, d.range) === 'Jan. 11'),
    );
    const relatedFiles = new Set(diagnostic.relatedInformation!.map((r) => r.location.uri.split('/').pop()!.slice(0, 3)));
    for (const prefix of ['002', '003', '004']) assert.ok(relatedFiles.has(prefix), `related location in ${prefix}`);
  });

  it('marks "Jan. 11" against the majority in the claims view, "early January" settling nothing', async () => {
    const { claims } = await client.request<{ claims: { status: string; facts: { text: string; agrees: boolean | null }[] }[] }>('corroborate/claims', {});
    const talks = claims.find((c) => c.facts.some((f) => f.text === 'Jan. 11'))!;
    assert.equal(talks.status, 'disputed');
    assert.ok(talks.facts.filter((f) => f.text === 'Jan. 11').every((f) => f.agrees === false));
    assert.ok(talks.facts.filter((f) => /January 10|10th of January|early January/.test(f.text)).every((f) => f.agrees === true));
  });
});

/**
 * Start-up indexing through a real LSP connection: progress, what is indexed and what
 * is skipped (size limit, binary, excluded), watched files, re-index and export.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentStatusResult } from '../../src/server/protocol.js';
import { examplesDir, LspClient, removeDir, tempCopy, uriOf } from './lspClient.js';

type Status = DocumentStatusResult;

const MESSAGE_INFO = 3;

describe('indexing the examples folder', () => {
  let dir: string;
  let client: LspClient;
  const limit = 64 * 1024;

  before(async () => {
    dir = tempCopy(examplesDir);
    // One file over the limit and one binary file, beside the articles.
    writeFileSync(join(dir, 'huge.txt'), 'The port reopened on March 9. '.repeat(Math.ceil((limit * 2) / 30)));
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x10]));
    // node_modules stays out even when the settings' exclude list is empty.
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'notes.txt'), 'The vote is on March 3.\n');
    client = await LspClient.startIndexed({ folders: [dir], settings: { maxFileSize: limit, exclude: [] } });
  });

  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  const status = (name: string) => client.request<Status>('corroborate/documentStatus', { uri: uriOf(join(dir, name)) });

  it('reports progress up to every selected file (the config limits the folder to *.txt)', () => {
    const expected = readdirSync(dir).filter((n) => n.endsWith('.txt')).length;
    const last = client.indexing[client.indexing.length - 1]!;
    assert.deepEqual(last, { done: expected, total: expected });
    assert.ok(client.indexing.every((p, i) => i === 0 || p.done >= client.indexing[i - 1]!.done), 'progress only grows');
  });

  it('analyses files that were never opened, with their publication date and where it came from', async () => {
    const wire = await status('coastal-wire.txt');
    assert.equal(wire.skipped, null);
    assert.deepEqual([wire.published, wire.publishedFrom], ['2026-03-02', 'config']);
    assert.ok(wire.counts.date > 0 && wire.counts.figure > 0 && wire.counts.quote > 0);
    const ledger = await status('vessmark-ledger.txt');
    assert.deepEqual([ledger.published, ledger.publishedFrom], ['2026-03-02', 'header']);
    const readme = await status('README.md');
    assert.match(readme.skipped ?? '', /exclude/);
    assert.match((await status('node_modules/pkg/notes.txt')).skipped ?? '', /exclude/);
  });

  it('skips a file over the size limit with one information message, and never analyses it', async () => {
    const about = client.messages.filter((m) => m.message.includes('huge.txt'));
    assert.equal(about.length, 1);
    assert.equal(about[0]!.type, MESSAGE_INFO);
    assert.match((await status('huge.txt')).skipped ?? '', /limit/);
    // Opening and editing it does not tell the person again.
    const file = join(dir, 'huge.txt');
    await client.open(file);
    await client.notify('textDocument/didChange', { textDocument: { uri: uriOf(file), version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(file) } });
    assert.equal(tokens.data.length, 0);
    assert.equal(client.messages.filter((m) => m.message.includes('huge.txt')).length, 1);
    await client.notify('textDocument/didClose', { textDocument: { uri: uriOf(file) } });
  });

  it('ignores a binary file without crashing and keeps answering', async () => {
    assert.match((await status('scan.txt')).skipped ?? '', /binary/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(join(dir, 'scan.txt')) }, position: { line: 0, character: 1 } });
    assert.equal(hover, null);
    assert.equal((await status('coastal-wire.txt')).skipped, null, 'the server still answers');
  });

  it('watches the include globs and follows files created and deleted on disk', async () => {
    const watchers = client.registrations.flatMap((r) => (r as { registerOptions?: { watchers?: { globPattern: unknown }[] } }).registerOptions?.watchers ?? []);
    const patterns = watchers.map((w) => JSON.stringify(w.globPattern));
    assert.ok(patterns.some((p) => p.includes('**/*.txt')), 'the default include glob is watched');
    assert.ok(patterns.some((p) => p.includes('annotations.jsonld')), 'the annotations file is watched');

    const file = join(dir, 'late-edition.txt');
    writeFileSync(file, 'date: 2026-03-02\n\nThe union said 4,200 workers would vote on March 3.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const created = await status('late-edition.txt');
    assert.equal(created.skipped, null);
    assert.ok(created.counts.date >= 1 && created.counts.figure >= 1);

    rmSync(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    const deleted = await status('late-edition.txt');
    assert.deepEqual(deleted.counts, { date: 0, figure: 0, quote: 0 });
    assert.notEqual(deleted.skipped, null);
  });

  it('exports the whole workspace as JSON and SARIF, as the command line prints them', async () => {
    const json = JSON.parse((await client.request<{ content: string }>('corroborate/exportReport', { format: 'json' })).content);
    assert.equal(json.version, 1);
    const analysed = readdirSync(dir).filter((n) => n.endsWith('.txt') && n !== 'huge.txt' && n !== 'scan.txt');
    assert.deepEqual(json.documents.map((d: { path: string }) => d.path).sort(), analysed.sort());
    assert.ok(json.facts.length > 0);
    const sarif = JSON.parse((await client.request<{ content: string }>('corroborate/exportReport', { format: 'sarif' })).content);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].artifacts.length, analysed.length);
  });

  it('re-indexes when the include globs change, and only then', async () => {
    const before = client.indexing.length;
    await client.changeSettings({ maxFileSize: limit, exclude: [], severity: { 'date-mismatch': 'hint' } });
    assert.equal(client.indexing.length, before, 'a severity change does not re-read the files');
    await client.changeSettings({ maxFileSize: limit, include: ['**/coastal-*.txt'] });
    assert.ok(client.indexing.length > before);
    assert.equal((await status('coastal-wire.txt')).skipped, null);
    assert.match((await status('vessmark-ledger.txt')).skipped ?? '', /exclude/);
    await client.changeSettings({ maxFileSize: limit });
    assert.equal((await status('vessmark-ledger.txt')).skipped, null);
  });

  it('re-indexes on request', async () => {
    const mark = client.mark();
    assert.equal(await client.request('corroborate/reindex', null), null);
    await client.waitReindexed(mark);
    assert.equal((await status('coastal-wire.txt')).skipped, null);
  });
});

/**
 * Multi-root workspaces: one index per folder, so claims are compared across folders
 * only when `corroborate.crossRoots` says so.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { examplesDir, LspClient, removeDir, uriOf } from './lspClient.js';

describe('multi-root workspaces', () => {
  let base: string;
  let wire: string;
  let others: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'corroborate-roots-'));
    wire = join(base, 'wire');
    others = join(base, 'others');
    mkdirSync(wire);
    mkdirSync(others);
    copyFileSync(join(examplesDir, 'coastal-wire.txt'), join(wire, 'coastal-wire.txt'));
    copyFileSync(join(examplesDir, '.corroborate.json'), join(wire, '.corroborate.json'));
    for (const name of ['harbor-times-raw.txt', 'vessmark-ledger.txt', 'northgate-post.txt']) copyFileSync(join(examplesDir, name), join(others, name));
  });

  after(() => removeDir(base));

  const wireUri = () => uriOf(join(wire, 'coastal-wire.txt'));

  it('keeps the folders apart by default', async () => {
    const client = await LspClient.start({ folders: [wire, others] });
    try {
      await client.waitIndexed();
      const dated = await client.request<{ published: string | null }>('corroborate/documentStatus', { uri: wireUri() });
      assert.equal(dated.published, '2026-03-02', 'the Wire is indexed, with its config');
      assert.equal((client.diagnostics.get(wireUri()) ?? []).length, 0, 'nothing to compare the Wire with in its own folder');
      const report = JSON.parse((await client.request<{ content: string }>('corroborate/exportReport', { format: 'json' })).content);
      assert.equal(report.documents.length, 4);
      assert.equal(new Set(report.facts.map((f: { id: string }) => f.id)).size, report.facts.length, 'fact ids stay unique across folders');
    } finally {
      await client.stop();
    }
  });

  it('compares claims across folders with corroborate.crossRoots', async () => {
    const client = await LspClient.start({ folders: [wire, others], settings: { crossRoots: true } });
    try {
      await client.waitIndexed();
      const diagnostic = await client.waitFor('a Wire diagnostic pointing into the other folder', () =>
        client.diagnostics.get(wireUri())?.find((d) => d.relatedInformation?.some((r) => r.location.uri.startsWith(uriOf(others)))),
      );
      assert.equal(diagnostic.source, 'Corroborate');
      const report = JSON.parse((await client.request<{ content: string }>('corroborate/exportReport', { format: 'json' })).content);
      const paths: string[] = report.documents.map((d: { path: string }) => d.path);
      assert.ok(paths.includes('wire/coastal-wire.txt') && paths.includes('others/vessmark-ledger.txt'), 'paths name their folder');
    } finally {
      await client.stop();
    }
  });
});

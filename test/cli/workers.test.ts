import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { generateCorpus, writeCorpus } from '../../bench/corpus/index.js';
import { projectRoot } from './runCli.js';

const cliPath = join(projectRoot, 'dist', 'cli.cjs');

function check(dir: string, format: string, workers: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CORROBORATE_WORKERS;
  if (workers !== undefined) env.CORROBORATE_WORKERS = workers;
  return spawnSync(process.execPath, [cliPath, 'check', '--format', format, '.'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
}

describe('corroborate check with worker threads (CORROBORATE_WORKERS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-workers-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // 96 articles: a worker starts (one per 32 files at most) on any machine.
  writeCorpus(generateCorpus({ seed: 11, documents: 96 }), dir);

  it('has the worker bundle next to the CLI bundle', () => {
    assert.ok(existsSync(join(projectRoot, 'dist', 'analysisWorker.cjs')), 'npm run build makes dist/analysisWorker.cjs');
  });

  for (const format of ['json', 'text']) {
    it(`gives the same ${format} report, byte for byte, with and without workers`, () => {
      const inProcess = check(dir, format, '0');
      assert.equal(inProcess.status, 1, inProcess.stderr);
      for (const workers of [undefined, '2']) {
        const pooled = check(dir, format, workers);
        assert.equal(pooled.status, inProcess.status, pooled.stderr);
        assert.equal(pooled.stderr, inProcess.stderr);
        assert.ok(pooled.stdout === inProcess.stdout, `the report with CORROBORATE_WORKERS=${workers ?? '(unset)'} differs from the in-process one`);
      }
    });
  }
});

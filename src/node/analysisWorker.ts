/**
 * A worker thread of the analysis pool (`analysisPool.ts`): prepares the texts it is sent
 * (`prepareDocument`) and posts back everything but the text and its line index (the main
 * thread has the text, and a structured clone would lose the `LineIndex` class). One
 * message per text, so the signatures still point at the very facts they describe. After
 * each reply it bumps the shared counter so a main thread blocked in `Atomics.wait` wakes up.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { prepareDocument } from '../core/prepare.js';
import type { PublicationDate } from '../core/types.js';

export interface AnalysisJob {
  index: number;
  text: string;
  published: PublicationDate | null;
}

export type AnalysisReply =
  | { ready: true }
  | { index: number; published: unknown; regions: unknown; facts: unknown; signatures: unknown; storyTerms: unknown; shingles: unknown }
  | { index: number; error: string };

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const counter = new Int32Array(signal);

function reply(message: AnalysisReply): void {
  port.postMessage(message);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

port.on('message', (job: AnalysisJob) => {
  try {
    const { analysis, signatures, storyTerms, shingles } = prepareDocument(job.text, { published: job.published });
    const { published, regions, facts } = analysis;
    reply({ index: job.index, published, regions, facts, signatures, storyTerms, shingles });
  } catch (err) {
    reply({ index: job.index, error: String((err as Error)?.stack ?? err) });
  }
});
reply({ ready: true });

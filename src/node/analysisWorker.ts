/**
 * A worker thread of the analysis pool (`analysisPool.ts`): analyses the texts it is sent
 * and posts back everything but the text and its line index (the main thread has the
 * text, and a structured clone would lose the `LineIndex` class). After each reply it
 * bumps the shared counter so a main thread blocked in `Atomics.wait` wakes up.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { analyzeDocument } from '../core/document.js';
import type { PublicationDate } from '../core/types.js';

export interface AnalysisJob {
  index: number;
  text: string;
  published: PublicationDate | null;
}

export type AnalysisReply =
  | { ready: true }
  | { index: number; published: unknown; regions: unknown; facts: unknown }
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
    const { published, regions, facts } = analyzeDocument(job.text, { published: job.published });
    reply({ index: job.index, published, regions, facts });
  } catch (err) {
    reply({ index: job.index, error: String((err as Error)?.stack ?? err) });
  }
});
reply({ ready: true });

/** Reads an article from disk for the index: size limit first, then decoding (BOMs, binary refusal). */
import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../node/readText.js';

export type ReadArticle = { ok: true; text: string; note?: string } | { ok: false; reason: string; tooBig: boolean; missing?: boolean };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooBigReason(size: number, limit: number): string {
  return `${formatBytes(size)} is over the ${formatBytes(limit)} limit (corroborate.maxFileSize)`;
}

export function readArticle(fsPath: string, limit: number): ReadArticle {
  try {
    const size = statSync(fsPath).size;
    if (size > limit) return { ok: false, reason: tooBigReason(size, limit), tooBig: true };
    const decoded = decodeText(readFileSync(fsPath));
    if (!decoded.ok) return { ok: false, reason: decoded.reason, tooBig: false };
    return decoded.note ? { ok: true, text: decoded.text, note: decoded.note } : { ok: true, text: decoded.text };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: `cannot read (${code ?? (err as Error).message})`, tooBig: false, missing: code === 'ENOENT' };
  }
}

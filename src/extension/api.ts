/** What `activate` returns: a small API for tests and other extensions. */
import type { ClaimItem, DocumentStatusResult, IndexingParams } from '../server/protocol.js';

export interface CorroborateApi {
  /** Resolves when the language server has started; rejects when it could not start. */
  ready: Promise<void>;
  /** The claims as the Claims view lists them (disputed first). */
  claims(disputedOnly?: boolean): Promise<ClaimItem[]>;
  /** The Claims view's root items (status groups), in the order shown. */
  claimsTreeRoots(): Promise<{ label: string; status: string; count: number }[]>;
  documentStatus(uri: string): Promise<DocumentStatusResult>;
  /** The last indexing progress the server reported, or null before any. */
  indexing(): IndexingParams | null;
  /** Stops and starts the language server (decisions and settings are read again). */
  restartServer(): Promise<void>;
}

/**
 * Messages between the Corroborate language server and its VS Code client beyond
 * standard LSP. Both sides import these names and shapes (the client imports types only,
 * so no server code reaches the extension bundle).
 */
import type { Range } from 'vscode-languageserver-types';

export type FactKindName = 'date' | 'figure' | 'quote';
export type ClaimStatus = 'disputed' | 'corroborated' | 'single';

/** Request `corroborate/claims`: every claim with more than one origin, disputed first. */
export const ClaimsRequest = 'corroborate/claims';
export interface ClaimsParams {
  disputedOnly?: boolean;
}
export interface ClaimFactItem {
  uri: string;
  range: Range;
  /** The words as the article has them. */
  text: string;
  /** The normalised value shown to people ("2022-01-10", "122000 troops", a speaker). */
  value: string;
  /** Origin id: copies of one article share it. */
  origin: string;
  /** Whether this fact agrees with the claim's majority value (null for a single claim). */
  agrees: boolean | null;
}
export interface ClaimItem {
  id: string;
  kind: FactKindName;
  label: string;
  status: ClaimStatus;
  facts: ClaimFactItem[];
}
export interface ClaimsResult {
  claims: ClaimItem[];
}

/** Request `corroborate/documentStatus`: what the status item shows for one file. */
export const DocumentStatusRequest = 'corroborate/documentStatus';
export interface DocumentStatusParams {
  uri: string;
}
export interface DocumentStatusResult {
  /** YYYY-MM-DD or null when unknown. */
  published: string | null;
  publishedFrom: 'option' | 'config' | 'header' | 'text' | 'inferred' | null;
  counts: { date: number; figure: number; quote: number };
  /** Why the file is not analysed (too big, binary, excluded), when it is not. */
  skipped: string | null;
}

/** Notification `corroborate/indexing` (server -> client): start-up indexing progress. */
export const IndexingNotification = 'corroborate/indexing';
export interface IndexingParams {
  done: number;
  total: number;
}

/** Notification `corroborate/claimsChanged` (server -> client): refresh the claims view. */
export const ClaimsChangedNotification = 'corroborate/claimsChanged';

/** Request `corroborate/reindex`: drop the index and read every file again. */
export const ReindexRequest = 'corroborate/reindex';

/** Request `corroborate/exportReport`: the whole workspace's report as the CLI prints it. */
export const ExportReportRequest = 'corroborate/exportReport';
export interface ExportReportParams {
  format: 'json' | 'sarif';
}
export interface ExportReportResult {
  content: string;
}

/**
 * Request `corroborate/recordDecision`: a person's decision on a finding or a document,
 * stored in `.corroborate/annotations.jsonld` and applied at once. Quick fixes carry it as
 * the argument of the client command `corroborate.recordDecision`, which asks for a reason
 * or a date when `ask` says so and then sends this request.
 */
export const RecordDecisionRequest = 'corroborate/recordDecision';
export interface RecordDecisionParams {
  kind: 'ignore' | 'verified' | 'published';
  uri: string;
  range: Range;
  /** The finding's code, for `ignore`. */
  code?: string;
  reason?: string;
  /** YYYY-MM-DD, for `published`. */
  date?: string;
  /** What the client must ask the person before sending. */
  ask?: 'reason' | 'date';
}
export interface RecordDecisionResult {
  ok: boolean;
  /** Why nothing was recorded (a malformed annotations file is never overwritten). */
  message?: string;
}

/** Client command ids the server's code actions and code lenses use. */
export const ClientCommands = {
  recordDecision: 'corroborate.recordDecision',
  /** Arguments: uri, position, locations — opens the peek view on the claim's other facts. */
  showClaim: 'corroborate.showClaim',
} as const;

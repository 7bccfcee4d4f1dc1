/**
 * The custom method names of `src/server/protocol.ts`, declared here with the contract's own
 * literal types: the compiler checks each string against the server's, and no server code
 * reaches the extension bundle (the client imports types only from the protocol).
 */
import type {
  ClaimsChangedNotification as ClaimsChanged,
  ClaimsRequest as Claims,
  ClientCommands as Commands,
  DocumentStatusRequest as DocumentStatus,
  ExportReportRequest as ExportReport,
  IndexingNotification as Indexing,
  RecordDecisionRequest as RecordDecision,
  ReindexRequest as Reindex,
} from '../server/protocol.js';

export const ClaimsRequest: typeof Claims = 'corroborate/claims';
export const DocumentStatusRequest: typeof DocumentStatus = 'corroborate/documentStatus';
export const IndexingNotification: typeof Indexing = 'corroborate/indexing';
export const ClaimsChangedNotification: typeof ClaimsChanged = 'corroborate/claimsChanged';
export const ReindexRequest: typeof Reindex = 'corroborate/reindex';
export const ExportReportRequest: typeof ExportReport = 'corroborate/exportReport';
export const RecordDecisionRequest: typeof RecordDecision = 'corroborate/recordDecision';
export const ClientCommands: typeof Commands = {
  recordDecision: 'corroborate.recordDecision',
  showClaim: 'corroborate.showClaim',
};

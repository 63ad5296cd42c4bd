// Public surface of validation and freshness checking, for the CLI and library users.
export { validateDocument, type ValidateInput } from './validate-document.js';
export { formatText } from './format-text.js';
export { formatJson } from './format-json.js';
export { formatSarif } from './format-sarif.js';
export { checkFreshness, type CurrentHashes, type FreshnessResult } from './check-freshness.js';
export { FingerprintRecordSchema, parseFingerprintRecord, type FingerprintRecord } from './fingerprint-record.js';
export {
  blocksToParse,
  extractMermaidBlocks,
  MAX_MERMAID_BLOCKS,
  mermaidBlocksOf,
  type MermaidBlock,
  type MermaidCheck,
} from './mermaid-blocks.js';
export { referencedFiles } from './link-rules.js';
export { commitments, type Commitment } from './consistency-rules.js';
export { buildDocumentView } from './document-view.js';
export type { Finding, Report, ItemResult } from './report.js';
export { exceedsMaxWarnings } from './report.js';
export { documentStatus, type DocumentStatus } from './document-status.js';
export { CHECKLIST, checklistItem } from '../checklist/registry.js';

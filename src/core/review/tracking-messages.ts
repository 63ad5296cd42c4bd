// The wording of the diagnostics about the concerns file (.infra-arch/concerns.yaml), by message id.
import type { DiagnosticTemplates } from '../diagnostics/index.js';

export type TrackingMessageId =
  | 'tracking-yaml'
  | 'tracking-shape'
  | 'tracking-entry'
  | 'tracking-no-justification'
  | 'tracking-id'
  | 'tracking-not-file'
  | 'tracking-unreadable'
  | 'tracking-too-large'
  | 'tracking-binary'
  | 'tracking-encoding';

export const TRACKING_MESSAGES: DiagnosticTemplates<TrackingMessageId> = {
  messages: {
    'tracking-yaml': 'not valid YAML: {error}',
    'tracking-shape': 'expected a mapping with a `concerns:` list',
    'tracking-entry': 'concern entry {index}: {where} {problem}',
    'tracking-no-justification': '{id}: accepted without a justification; the concern stays open',
    'tracking-id': '{id}: a concern id has the form rule-id@subject',
    'tracking-not-file': 'is not a regular file',
    'tracking-unreadable': 'cannot read ({code})',
    'tracking-too-large': 'is {sizeMb} MB; a concerns file is a few kilobytes',
    'tracking-binary': 'is binary, not YAML',
    'tracking-encoding': 'is not UTF-8',
  },
  hints: {
    'tracking-yaml': 'fix the syntax (plain entries, no anchors or aliases); until then no concern is marked as handled',
    'tracking-shape': 'see docs/concerns-file.md',
    'tracking-entry': 'each entry needs `id` (rule-id@subject, * allowed) and `status`: accepted | mitigated | false-positive',
    'tracking-no-justification': 'write why the risk is acceptable in `justification:`',
    'tracking-id': 'copy the id from `infra-arch review`, or use rule-id@* for every subject',
    'tracking-not-file': 'remove it or replace it with a YAML file (see docs/concerns-file.md)',
    'tracking-unreadable': 'check its permissions',
    'tracking-too-large': 'keep only the verdicts, one entry per concern or wildcard',
    'tracking-binary': 'replace it with a YAML file (see docs/concerns-file.md)',
    'tracking-encoding': 'save it as UTF-8',
  },
};

// The wording of extraction's diagnostics (what the documents leave unsaid), by message id.
import type { DiagnosticTemplates } from '../diagnostics/index.js';

export type ExtractMessageId = 'no-platform-found';

export const EXTRACT_MESSAGES: DiagnosticTemplates<ExtractMessageId> = {
  messages: {
    'no-platform-found': 'no hosting platform or compute is committed in the documents',
  },
  hints: {
    'no-platform-found': 'name the cloud or platform in the tech stack (e.g. "| Hosting | AWS |")',
  },
};

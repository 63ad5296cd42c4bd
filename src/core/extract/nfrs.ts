// Collects non-functional requirements that carry an id (NFR1, NFR-3, NF1, NFR-REL-1) and classifies them.
import type { NfrFact, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';

const NFR_START =
  /^[\s*_#>\\<>"=a-z\d/]*?\b(NFR[-_ ]?(?:[A-Z]{2,6}[-_])?\d+(?:\.\d+)?|NF[-_]?\d+)\b\s*(?:\*\*|__)?\s*[:.)–-]?\s*(?:\*\*|__)?\s*/;
const CATEGORIES: [RegExp, NfrFact['category']][] = [
  [/\b(up-?time|availab|failover|redundan|disaster|backup|recover|RTO|RPO|resilien|fault[- ]toleran)/i, 'availability'],
  [/\b(gdpr|hipaa|pci|soc ?2|iso ?27001|complian|regulat|audit|retention|residency|privacy)/i, 'compliance'],
  [/\b(secur|encrypt|authenticat|authori[sz]|access control|tls|ssl|secret|vulnerab|mfa|password|owasp|injection)/i, 'security'],
  [/\b(scal|concurrent|throughput|load|users|growth|elastic)/i, 'scalability'],
  [/\b(latency|response time|performance|fast|seconds?|\d+\s*ms\b|page load|speed)/i, 'performance'],
  [/\b(cost|budget|\$\d|€\d|£\d|spend|pricing|free tier)/i, 'cost'],
  [/\b(monitor|logging|logs|observab|alert|deploy|maintainab|ci\/cd|metrics|tracing|operab|supportab)/i, 'operability'],
];

export function classifyNfr(text: string): NfrFact['category'] {
  for (const [re, cat] of CATEGORIES) if (re.test(text)) return cat;
  return 'other';
}

export function extractNfrs(docs: SourceDoc[]): NfrFact[] {
  const out: NfrFact[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    for (let i = 0; i < doc.blocks.length; i++) {
      const block = doc.blocks[i];
      if (block.type === 'code' || block.type === 'table-header') continue;
      const raw = block.type === 'table-row' ? (block.cells ?? []).join(' — ') : block.text;
      // Inline anchors ("<a id=\"NFR_X\"></a>") precede ids in some PRDs.
      const text = raw.replace(/<a\b[^>]*>\s*<\/a>/gi, '');
      const m = NFR_START.exec(text.slice(0, 120));
      if (!m) continue;
      const id = m[1].toUpperCase().replace(/[_ ]/g, '-');
      const head = text.slice(m[0].length).replace(/\s+/g, ' ').trim();
      const body = block.type === 'heading' ? withDetails(head, doc.blocks, i) : head;
      if (body.length < 8 || seen.has(`${doc.path}:${id}`)) continue;
      seen.add(`${doc.path}:${id}`);
      out.push({
        id,
        text: body.length > 400 ? `${body.slice(0, 397)}...` : body,
        category: classifyNfr(body),
        evidence: [evidenceAt(doc, block, m.index)],
      });
    }
  }
  return out;
}

/** Sub-bullets a requirement's heading holds; they say what it asks ("NFR-1.1: Cold start" above "- under 2 s"). */
const MAX_DETAILS = 8;

/** The heading's text followed by the items and paragraphs of its own section (not of its sub-sections), joined by "; ". */
function withDetails(head: string, blocks: readonly SourceDoc['blocks'][number][], at: number): string {
  const section = blocks[at].section;
  const parts: string[] = [];
  for (let j = at + 1; j < blocks.length && parts.length < MAX_DETAILS; j++) {
    const b = blocks[j];
    if (b.section !== section) break;
    if (b.type === 'list-item' || b.type === 'paragraph') parts.push(b.text.replace(/\s+/g, ' ').trim());
  }
  return parts.length ? `${head}: ${parts.join('; ')}` : head;
}

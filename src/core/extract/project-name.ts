// Takes the project name from a "Project:" line or the PRD's title, cleaned of document-type words.
import type { Block, ScalarFact, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';

const NOISE =
  /\b(product\s+requirements?\s+document|requirements?\s+document|product\s+brief|project\s+brief|brief|addendum|prd|fullstack|full-stack|brownfield|greenfield|enhancement|technical|architecture\s+(?:decision\s+)?document|architecture\s+spine|architecture|spine|document|overview|specification)\b/gi;
// Titles that name a part of the work, not the project: an epic, a story, a decision record, a shard.
const NOT_A_NAME =
  /^\W*(?:epic|story|adr|feature|sprint|appendix|chapter|section|requirements|goals|index|table\s+of\s+contents)\b|^\W*\d{3,4}\b|^\W*(?:ad|fr|nfr)-?\d/i;
// A title that, cleaned, is only a section's name ("API", "Tech Stack", "Data Models"): a shard's heading, not a project's name.
const SECTION_NAME =
  /^(?:api|apis|rest\s+api(?:\s+spec)?|api\s+(?:spec|specification|reference|design)|tech(?:nology)?\s+stack|stack|deployment|infrastructure|infrastructure\s+and\s+deployment|components?|data\s+models?|database\s+schema|security|testing|testing\s+strategy|test\s+strategy(?:\s+and\s+standards)?|coding\s+standards|source\s+tree|introduction|high[- ]level|error\s+handling(?:\s+strategy)?|core\s+workflows|external\s+apis|frontend|backend|monitoring|next\s+steps|system|platform)$/i;
// "Project: Acme", "**Project Name:** Acme", "| Project | Acme |".
const PROJECT_LINE = /^[\s*_|>-]*(?:project|project\s+name|product|product\s+name)[\s*_]*[:|][\s*_|]*([^|*\n\s_][^|*\n]{1,59}?)[\s*_|]*$/i;

const SEPARATORS = ':|–—-';

/** Drops one separator at the end, with the spaces around it; a string that does not end in one is returned as it was. */
function dropTrailingSeparator(s: string): string {
  const t = s.trimEnd();
  return t.length > 0 && SEPARATORS.includes(t[t.length - 1]) ? t.slice(0, -1).trimEnd() : s;
}

export function cleanTitle(title: string): string {
  const inner = dropTrailingSeparator(title.replace(NOISE, ' ').replace(/\(\s*\)/g, ' '))
    .replace(/^\s*[:|–—-]\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return dropTrailingSeparator(inner).trim();
}

/** How much a document's title speaks for the project's name: the PRD itself first, briefs and addenda after. */
function rank(doc: SourceDoc): number {
  const base = doc.path.slice(doc.path.lastIndexOf('/') + 1).toLowerCase();
  if (doc.role === 'prd') return /prd|product[-_ ]?requirements/.test(base) ? 0 : /^index\./.test(base) ? 1 : 2;
  return doc.role === 'architecture' ? 3 : 4;
}

function projectLine(doc: SourceDoc): { block: Block; name: string } | null {
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph' && block.type !== 'list-item' && block.type !== 'table-row') continue;
    const m = PROJECT_LINE.exec(block.type === 'table-row' ? (block.cells ?? []).slice(0, 2).join(' | ') : block.text.split('\n')[0]);
    const name = m ? cleanTitle(m[1]) : '';
    if (name.length >= 2 && !/^(?:name|description|type|goals?|overview|\[.*\])$/i.test(name)) return { block, name };
  }
  return null;
}

/** A document without a heading may open with its title in bold ("**Product Requirements: Acme**"). */
function boldTitle(doc: SourceDoc): Block | undefined {
  const first = doc.blocks.find((b) => b.type !== 'code');
  if (!first || first.type !== 'paragraph' || first.text.length > 200) return undefined;
  // Blocks hold text without its emphasis marks, so the source line tells whether the paragraph was bold.
  const raw = doc.text.split('\n', first.line)[first.line - 1] ?? '';
  return /^\s*(?:\*\*|__)/.test(raw) ? first : undefined;
}

export function extractProjectName(docs: SourceDoc[]): ScalarFact<string> | null {
  const sorted = docs
    .filter((d) => ['prd', 'architecture', 'tech-stack', 'guidelines', 'deployment', 'other'].includes(d.role))
    .sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : 1));
  // A stated "Project:" line in the planning documents is the plainest statement of the name.
  for (const doc of sorted.filter((d) => d.role === 'prd' || d.role === 'architecture')) {
    const line = projectLine(doc);
    if (line) return { value: line.name, evidence: [evidenceAt(doc, line.block)], confidence: 0.9 };
  }
  for (const doc of sorted) {
    // A shard's title names its section ("Deployment"), not the project; only whole documents and shard indexes speak for it.
    if (doc.role !== 'prd' && /\/(?:architecture|arch|prd)\/(?!index\.)[^/]+$/i.test(doc.path)) continue;
    const h1 = doc.blocks.find((b) => b.type === 'heading' && b.section.depth === 1) ?? boldTitle(doc);
    if (!h1 || NOT_A_NAME.test(h1.text)) continue;
    const name = cleanTitle(h1.text.replace(/^\s*\*\*|\*\*\s*$/g, ''));
    if (name.length < 2 || SECTION_NAME.test(name)) continue;
    return { value: name, evidence: [evidenceAt(doc, h1)], confidence: doc.role === 'prd' ? 0.9 : 0.6 };
  }
  return null;
}

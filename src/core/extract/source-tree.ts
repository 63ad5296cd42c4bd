// Reads a planned source tree: a listed file that is a tool's own configuration (Chart.yaml, main.tf) says the tool is used.
import type { Block } from '../types.js';
import { kb } from '../knowledge/active.js';
import { isCommitment, phraseStatus } from './assertion-status.js';
import type { CodeFact } from './code-sources.js';
import { isDeferredNote } from './block-context.js';

/** A planned layout names what the repository will hold, less than a stated choice but more than a passing mention. */
export const TREE_STRENGTH = 0.5;

// One entry of a tree drawing: guides ("├── ", "│   ", "|-- ", "- "), a name, then an optional "# comment".
const GUIDES = /^[\s│├└─|`+*-]*/;
const NAME = /^[A-Za-z0-9_.-]+\/?/;
const DRAWN = /[├└]──|\|--|`--/;

/** Whether a code block draws a directory tree (box-drawing guides on several lines). */
export function isSourceTree(text: string): boolean {
  let drawn = 0;
  for (const line of text.split('\n')) if (DRAWN.test(line) && ++drawn >= 2) return true;
  return false;
}

/** The tools whose configuration files a tree lists; a "# planned" or "# optional" comment on the line keeps it out. */
export function treeFacts(block: Block): CodeFact[] {
  if (block.type !== 'code' || !isSourceTree(block.text)) return [];
  const out: CodeFact[] = [];
  let offset = 0;
  for (const line of block.text.split('\n')) {
    const lead = GUIDES.exec(line)![0].length;
    const name = NAME.exec(line.slice(lead))?.[0];
    const record = name && !name.endsWith('/') ? kb().technologyOfFile(name) : undefined;
    const comment = line.slice(lead + (name?.length ?? 0)).replace(/^[\s#]+/, '');
    const stated = !isDeferredNote(comment) && isCommitment(phraseStatus(line, lead, lead + (name?.length ?? 0)));
    if (record && stated && !out.some((f) => f.id === record.id)) {
      out.push({ category: record.category, id: record.id, strength: TREE_STRENGTH, at: offset + lead });
    }
    offset += line.length + 1;
  }
  return out;
}

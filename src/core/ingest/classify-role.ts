// Decides what a planning document is for from its project-relative path.
import type { DocRole } from '../types.js';

/** Folders never read as inputs: generated output, stories, tooling, and superseded copies kept for the record. */
const IGNORED_DIRS =
  /(^|\/)(node_modules|\.git|\.infra-arch|adr|adrs|decisions|stories|qa|sprint[^/]*|retrospectives?|\.bmad[^/]*|_bmad|\.github|dist|build|implementation[-_]artifacts|research|brainstorming|reviews?|archived?|archives|obsolete|superseded|deprecated)(\/|$)/i;
/**
 * Working files of the BMAD workflows, never inputs: reviewer and reconcile passes, validation and
 * readiness reports, decision logs and memlogs. They quote the documents, often to disagree with them.
 * A copy named as a backup or archive ("architecture-v1-backup") is an earlier state the current documents replace.
 */
const WORKING_FILE =
  /^(?:review|reconcile|reconciliation)[-_]|(?:validation|readiness|review)[-_ ]?report|^(?:decision[-_]log|memlog|changelog|sprint[-_]status)$|\.memlog$|^epics?$|^stor(?:y|ies)[-_]|[-_.](?:backup|bak|archived?|obsolete|superseded)$/i;

/** The role of a Markdown file, or null when it is not a planning input. */
export function classifyRole(relPath: string): DocRole | null {
  const p = relPath.replace(/\\/g, '/');
  if (!/\.(md|markdown)$/i.test(p)) return null;
  const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
  if (IGNORED_DIRS.test(dir + '/')) return null;
  const base = p
    .slice(p.lastIndexOf('/') + 1)
    .toLowerCase()
    .replace(/\.(md|markdown)$/, '');
  // Strip shard numbering such as "02-" or "2." so "02-tech-stack" reads as "tech-stack".
  const name = base.replace(/^\d+[-_.\s]*/, '');
  if (WORKING_FILE.test(base) || WORKING_FILE.test(name)) return null;
  const dirs = dir.toLowerCase().split('/').filter(Boolean);
  const inDir = (re: RegExp) => dirs.some((d) => re.test(d));

  if (/^infrastructure[-_ ]?architecture$/.test(name)) return 'prior-output';
  if (/(^|[-_ ])(tech(nology)?[-_ ]?stack|techstack)([-_ ]|$)/.test(name)) return 'tech-stack';
  if (inDir(/^infrastructure$|^infra$|^platform$|^ops$|^devops$/)) return 'guidelines';
  if (
    /(^|[-_ ])(guidelines?|infra(structure)?[-_ ]?(guide|guidelines|standards|policy|deployment)?)([-_ ]|$)/.test(name) &&
    /infra|guideline/.test(name)
  )
    return 'guidelines';
  if (/(deploy(ment)?|devops|operations|runbook|hosting)/.test(name)) return 'deployment';
  if (/(^|[-_ ])prd([-_ ]|$)|product[-_ ]?requirements?|requirements?[-_ ]?doc/.test(name) || inDir(/^prd$|product[-_ ]?requirements/))
    return 'prd';
  if (/architecture|^arch$|system[-_ ]?design/.test(name) || inDir(/^architecture$|^arch$/)) return 'architecture';
  if (/^(brief|project[-_ ]brief|overview|requirements|nfrs?|non[-_ ]functional[-_ ]requirements)$/.test(name)) return 'prd';
  // BMAD v6.9 keeps the PRD's technical choices in an addendum beside it.
  if (/^addendum$/.test(name) && inDir(/(^|[-_])prds?([-_]|$)/)) return 'prd';
  return null;
}

/** How much a role's words weigh when documents disagree (higher wins). */
export function roleWeight(role: DocRole): number {
  switch (role) {
    case 'tech-stack':
      return 5;
    case 'guidelines':
      return 5;
    case 'architecture':
      return 4;
    case 'deployment':
      return 4;
    case 'prd':
      return 3;
    case 'other':
      return 1;
    case 'prior-output':
      return 0;
  }
}

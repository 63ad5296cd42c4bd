// Generates hostile planning documents: phrases that open the tool's patterns followed by long runs that make a backtracking pattern stall.
import { parseDocument } from '../../src/core/ingest/parse-markdown.js';
import { buildArchitecture } from '../../src/core/pipeline/build-architecture.js';
import { validateDocument } from '../../src/core/validate/validate-document.js';
import { formatText } from '../../src/core/validate/format-text.js';
import { formatSarif } from '../../src/core/validate/format-sarif.js';
import { formatReview } from '../../src/core/review/format-review.js';
import type { DocRole, Profile, SourceDoc } from '../../src/core/types.js';

/** Words that start one of the tool's patterns: a run right after them makes a stacked quantifier try every split. */
export const TRIGGERS = [
  'monthly budget',
  'monthly infrastructure cost is',
  'budget',
  'Budget:',
  '$500',
  '$1,000 -',
  'team',
  'team of',
  'Team size:',
  'staff',
  'a 4-person',
  'repository strategy:',
  'Repository structure: **',
  'architecture style:',
  '**Architecture:**',
  '1. **Architecture**',
  'modular monolith',
  'microservices within a',
  'RTO',
  'RPO (RPO)',
  'recovery time objective',
  'latency under',
  'p95',
  'response times',
  '99.9',
  'uptime',
  'availability of',
  '10,000',
  '10k+',
  '500 concurrent',
  '20 tenants',
  '100 requests',
  '30 transactions',
  'NFR-1',
  'NFR1:',
  'No',
  'no use of',
  'never use',
  'must not use',
  'do not use',
  'PostgreSQL',
  'AWS',
  'Redis (',
  'Redis,',
  'instead of',
  'e.g.',
  'as an',
  'is planned',
  'will be',
  'optional',
  'eu-west-1',
  'region',
  '**Database:**',
  'Hosting:',
  'stays under',
  'must not exceed',
  'at most',
  'TBD',
  'Terraform state',
  'local development',
  ':',
  '|',
  '-',
  '—',
  '(',
  '[',
  '*',
  '**',
  '`',
  '<',
  '#',
  '>',
  '!',
];

/** Runs of one character that a pattern might take in two ways at once (plain, non-breaking and mixed spaces, punctuation, digits). */
export const PADS: Record<string, (n: number) => string> = {
  spaces: (n) => ' '.repeat(n),
  nbsp: (n) => '\u00a0'.repeat(n),
  mixed: (n) => ' \u00a0\t'.repeat(Math.ceil(n / 3)).slice(0, n),
  dashes: (n) => '-'.repeat(n),
  stars: (n) => '*'.repeat(n),
  digits: (n) => '9'.repeat(n),
  commas: (n) => ','.repeat(n),
  dots: (n) => '.'.repeat(n),
  pipes: (n) => '|'.repeat(n),
  brackets: (n) => '('.repeat(n),
  words: (n) => 'a '.repeat(Math.ceil(n / 2)).slice(0, n),
};

/** A known-good opening the extracted profile must still show, so a test checks the result and not only that a call returned. */
export const CONTROL = `# Control Project\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n| Database | PostgreSQL |\n\nThe monthly budget is $800/month.\n\n`;

/** One document: every trigger followed by a run of `pad`, in a paragraph, a list item and a table row. */
export function hostileMarkdown(pad: (n: number) => string, n: number): string {
  const parts = [CONTROL];
  for (const t of TRIGGERS) {
    const run = pad(n);
    parts.push(`${t}${run}x\n\n- ${t}${run}!\n\n| Item | Value |\n| --- | --- |\n| ${t}${run}$ | ${run}ms |\n\n`);
  }
  return parts.join('');
}

export function hostileDoc(markdown: string, role: DocRole = 'architecture', path = 'docs/architecture.md'): SourceDoc {
  return parseDocument(path, role, markdown);
}

/** Every stage over the documents: extract, decide, model, review, render, then validation of the result and of the input itself. */
export function runEveryStage(docs: SourceDoc[]): { profile: Profile; document: string; findings: number } {
  const built = buildArchitecture({ docs, date: '2026-01-15' });
  const { profile } = built;
  const document = built.files.find((f) => f.kind === 'document')!.content;
  formatReview(built.model.project, built.concerns);
  const report = validateDocument({ path: 'docs/infrastructure-architecture.md', text: document, profile, files: [] });
  formatText(report);
  formatSarif(report);
  let findings = report.findings.length;
  // `validate` accepts any Markdown, so the hostile input itself is a document to validate.
  for (const d of docs) {
    const r = validateDocument({ path: d.path, text: d.text, profile, files: [] });
    formatText(r);
    formatSarif(r);
    findings += r.findings.length;
  }
  return { profile, document, findings };
}

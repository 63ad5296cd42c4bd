// Reads the environments and the deployment strategy the inputs state: template fields, environment tables, CI workflows.
import type { Block, Evidence, ListFact, ScalarFact, SourceDoc } from '../types.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { confidenceOf, evidenceAt, sortEvidence } from './evidence.js';

/** The stage an environment's name stands for; names outside these are kept in kebab-case. */
const STAGES: [RegExp, string][] = [
  [/^(?:dev(?:elopment)?|local(?:\s+dev(?:elopment)?)?)$/i, 'dev'],
  [/^(?:stag(?:e|ing)|pre-?prod(?:uction)?)$/i, 'staging'],
  [/^(?:prod(?:uction)?|live)$/i, 'prod'],
  [/^(?:qa|uat|test(?:ing)?|perf(?:ormance)?(?:\s+test(?:ing)?)?|acceptance)$/i, 'qa'],
  [/^(?:previews?|review\s+apps?|pr\s+previews?|ephemeral)$/i, 'preview'],
];
// An "Environments" section of the BMAD template, or one about the environment layout or promotion.
const ENV_SECTION =
  /^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:deployment\s+)?environments?(?:\s+(?:strategy|layout|setup|overview|configuration))?\s*$/i;
const ENV_HEADER = /^\s*(?:environment|env|stage)s?\s*$/i;
// "- **Staging:** pre-production for acceptance": the lead names the environment.
const LEAD = /^\s*([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+){0,2})\s*:/;
// A GitHub Actions job's `environment: production` (or `environment:\n  name: staging`) names a deployment target.
const WORKFLOW_ENV = /^[ \t]*(?:environment|name)[ \t]*:[ \t]*["']?([A-Za-z][\w-]{0,30})["']?[ \t]*$/;

/** How a release replaces the running version, from the template's "Strategy:" field or a deployment section's words. */
const STRATEGIES: [RegExp, string][] = [
  [/\bblue[\s/-]*green\b/i, 'blue-green'],
  [/\bcanar(?:y|ies)\b/i, 'canary'],
  [/\brolling\b(?!\s+back)/i, 'rolling'],
  [/\brecreate\b/i, 'recreate'],
];
// "Strategy:", "Deployment strategy:", "Release strategy:" or a step led by "Rollout:".
const STRATEGY_FIELD = /^\s*(?:(?:(?:deployment|release)\s+)?strategy|rollout)\s*:/i;
const STRATEGY_SECTION = /\bdeployment\s+strateg(?:y|ies)\b/i;

/** The stage id a written environment name stands for, or null when it is not a plain name. */
export function stageId(name: string): string | null {
  const n = name.trim();
  if (!/^[A-Za-z][\w -]{0,30}$/.test(n)) return null;
  return STAGES.find(([re]) => re.test(n))?.[1] ?? null;
}

function inEnvSection(b: Block): boolean {
  return ENV_SECTION.test(b.section.title.replace(/[*_`]/g, ''));
}

/** The environments the inputs list, as stage ids, each with where it was named. */
export function extractEnvironments(docs: SourceDoc[]): ListFact[] {
  const found = new Map<string, Evidence[]>();
  const add = (id: string | null, ev: Evidence) => {
    if (!id) return;
    const list = found.get(id) ?? [];
    list.push(ev);
    found.set(id, list);
  };
  for (const doc of docs) {
    for (const b of doc.blocks) {
      const kind = b.section.kind;
      if (kind === 'future' || kind === 'alternatives' || kind === 'example') continue;
      if (b.type === 'list-item' && inEnvSection(b)) {
        const m = LEAD.exec(b.text);
        // A development environment is local or dev-only by nature: that status still lists it.
        const status = m ? assertionStatus(doc, b, 0, m[1].length) : null;
        if (m && status && (isCommitment(status) || status === 'dev-only')) add(stageId(m[1]), evidenceAt(doc, b, 0, m[1].length));
      } else if (b.type === 'table-row' && b.cells && b.header && ENV_HEADER.test(b.header[0] ?? '')) {
        const name = (b.cells[0] ?? '').replace(/[*_`]/g, '');
        add(stageId(name), evidenceAt(doc, b));
      } else if (b.type === 'code' && /^(?:ya?ml)?$/i.test(b.lang ?? '') && /\bruns-on\s*:/.test(b.text)) {
        // Only a workflow's job-level environment: `environment:` then its value or a `name:` line under it.
        let offset = 0;
        let underEnv = false;
        for (const line of b.text.split('\n')) {
          const isEnvKey = /^[ \t]*environment[ \t]*:/.test(line);
          const m = WORKFLOW_ENV.exec(line);
          if (m && (isEnvKey || (underEnv && /^[ \t]*name[ \t]*:/.test(line)))) add(stageId(m[1]), evidenceAt(doc, b, offset, offset + 1));
          underEnv = isEnvKey && !m;
          offset += line.length + 1;
        }
      }
    }
  }
  const order = ['dev', 'qa', 'preview', 'staging', 'prod'];
  return [...found.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([id, ev]) => ({ id, evidence: sortEvidence(ev), confidence: confidenceOf(ev.length) }));
}

/** Which sentence of `text` the offset falls in (sentences end at '.', ';', '!' or '?' before a space or the end). */
function sentenceIndex(text: string, at: number): number {
  return (text.slice(0, at).match(/[.;!?](?=\s|$)/g) ?? []).length;
}

/** The deployment strategy the inputs state: a "Strategy:" field, or a deployment-strategy section naming exactly one. */
export function extractDeploymentStrategy(docs: SourceDoc[]): ScalarFact<string> | null {
  for (const doc of docs) {
    for (const b of doc.blocks) {
      if (b.type !== 'list-item' && b.type !== 'paragraph') continue;
      const field = STRATEGY_FIELD.exec(b.text);
      if (!field && !(STRATEGY_SECTION.test(b.section.title) && b.type === 'list-item')) continue;
      const from = field ? field[0].length : 0;
      const text = b.text.slice(from, from + 200);
      // Each strategy named is judged in its own sentence: "rolling …. Blue/green is a candidate for later" states rolling;
      // two in one sentence ("blue-green or canary") are a choice still open.
      const named = STRATEGIES.flatMap(([re, id]) => {
        const m = re.exec(text);
        return m ? [{ id, start: from + m.index, end: from + m.index + m[0].length, sentence: sentenceIndex(text, m.index) }] : [];
      });
      const crowded = (n: { sentence: number }) => named.filter((o) => o.sentence === n.sentence).length > 1;
      const committed = named.filter((n) => isCommitment(assertionStatus(doc, b, n.start, n.end)));
      if (committed.length !== 1 || crowded(committed[0])) continue;
      const { id, start, end } = committed[0];
      return { value: id, evidence: [evidenceAt(doc, b, start, end)], confidence: field ? 0.9 : 0.6 };
    }
  }
  return null;
}

// SARIF 2.1.0 output: rules from the checklist and document rules, one result per finding.
import { CHECKLIST } from '../checklist/registry.js';
import { DOCUMENT_RULES } from './messages.js';
import type { Report, Severity } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { area: string; tags: string[] };
}

function rules(): SarifRule[] {
  const fromChecklist = CHECKLIST.map((i) => ({
    id: i.id,
    name: i.title,
    shortDescription: { text: i.title },
    fullDescription: { text: i.description },
    help: { text: `${i.docs.why} Fix: ${i.docs.fix} (Detected by: ${i.detects}.)` },
    defaultConfiguration: { level: LEVEL[i.severity] },
    properties: { area: i.area, tags: ['checklist', i.area] },
  }));
  const fromDocument = DOCUMENT_RULES.filter((r) => r.id !== 'checklist-item-missing').map((r) => ({
    id: r.id,
    name: r.title,
    shortDescription: { text: r.title },
    fullDescription: { text: r.title },
    help: { text: r.help },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { area: r.group, tags: [r.group] },
  }));
  return [...fromChecklist, ...fromDocument];
}

/**
 * A SARIF artifact location must be a URI reference: a relative path is percent-encoded as it stands (code scanning
 * resolves it against the checkout), an absolute one becomes a `file:` URI instead of a raw path.
 */
export function sarifUri(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  const encoded = p
    .split('/')
    .map((part) => (/^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part)))
    .join('/');
  if (p.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(p)) return `file:///${encoded}`;
  return encoded;
}

/** `toolVersion` is passed in by the caller so the core stays free of package.json reads. */
export function formatSarif(report: Report, toolVersion = '0.0.0'): string {
  const ruleList = rules();
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const uri = sarifUri(report.path);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'infra-arch', version: toolVersion, rules: ruleList } },
        artifacts: [{ location: { uri } }],
        results: report.findings.map((f) => ({
          ruleId: f.id,
          ...(index.has(f.id) ? { ruleIndex: index.get(f.id) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 }, region: { startLine: Math.max(1, f.line) } } }],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// The architecture's own statements about where and how the system is deployed (regions, zones, servers, standby, backups).
import type { Evidence, SourceDoc } from '../types.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { evidenceAt } from './evidence.js';

/** A sentence of the design about its deployment, kept so stated topology is read from it as from a requirement. */
export interface DeploymentStatement {
  text: string;
  evidence: Evidence[];
}

// Sections about running the system: deployment, infrastructure, hosting, topology, regions, availability, recovery.
const DEPLOY_SECTION =
  /\b(?:deploy\w*|infrastructure|hosting|topology|regions?|availability|disaster|recovery|resilien\w*|environments?|operations|backups?|high availability)\b/i;
// Words of a topology, backup or standby statement; bounded alternations only, so the scan stays linear.
const TOPOLOGY_WORD =
  /\b(?:regions?|(?:availability )?zones?|single-(?:az|zone|region|server|instance|host|vm)|servers?|vms?|vps|instances?|droplets?|machines?|active[- ](?:passive|active)|standby|snapshots?|backups?|pilot light)\b/i;
// A sentence scoped to environments other than production ("Development and staging use single-AZ databases").
const NON_PROD = /\b(?:dev|development|staging|test|testing|qa|preview|local|sandbox|non-prod\w*)\b/i;
const PROD = /\bprod(?:uction)?\b/i;
// A failure mode or scenario names a topology without stating it ("single-AZ failure is absorbed by Multi-AZ RDS").
const FAILURE = /\b(?:fail\w*|outages?|loss of|lose|absorb\w*|surviv\w*|scenarios?|in case of|if)\b/i;
const TEXT_BLOCKS = new Set(['paragraph', 'list-item', 'table-row', 'blockquote']);
const MAX = 400;

/**
 * Committed statements of the design documents about the production deployment's topology, backups and standby, in
 * document order; sentences about other environments or about failure scenarios are left out.
 */
export function extractDeploymentStatements(docs: readonly SourceDoc[]): DeploymentStatement[] {
  const out: DeploymentStatement[] = [];
  for (const doc of docs) {
    if (doc.role !== 'architecture' && doc.role !== 'deployment') continue;
    for (const block of doc.blocks) {
      if (!TEXT_BLOCKS.has(block.type) || !block.section.trail.some((t) => DEPLOY_SECTION.test(t))) continue;
      const text = (block.type === 'table-row' ? (block.cells ?? []).join(' — ') : block.text).replace(/\s+/g, ' ').trim();
      const m = TOPOLOGY_WORD.exec(block.text);
      if (!m || text.length < 8) continue;
      if ((NON_PROD.test(text) && !PROD.test(text)) || FAILURE.test(text)) continue;
      // "Option B: multi-region", "later we may add a standby": only what the design commits to states its topology.
      if (!isCommitment(assertionStatus(doc, block, m.index, m.index + m[0].length))) continue;
      out.push({ text: text.length > MAX ? `${text.slice(0, MAX - 3)}...` : text, evidence: [evidenceAt(doc, block, m.index)] });
    }
  }
  return out;
}

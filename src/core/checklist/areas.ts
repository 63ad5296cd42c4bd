// The checklist's areas: display titles and the headings where each area's content usually lives.
import type { AreaId } from './checklist-item.js';

export interface AreaInfo {
  id: AreaId;
  title: string;
  /** Heading text that marks the area's section; a failed item points there (or at line 1). */
  heading: RegExp;
}

export const AREAS: AreaInfo[] = [
  { id: 'cloud', title: 'Cloud strategy & platform', heading: /\b(cloud|platform|provider|hosting|infrastructure overview)\b/i },
  { id: 'network', title: 'Network architecture', heading: /\b(network|networking|vpc|vnet|connectivity|edge)\b/i },
  { id: 'compute', title: 'Compute', heading: /\b(compute|runtime|hosting|containers?|serverless|scaling)\b/i },
  { id: 'data', title: 'Data & storage', heading: /\b(data|database|storage|backups?)\b/i },
  { id: 'security', title: 'Security', heading: /\b(security|identity|iam|secrets?|compliance)\b/i },
  { id: 'observability', title: 'Observability', heading: /\b(observability|monitoring|logging|alerting)\b/i },
  { id: 'cicd', title: 'CI/CD & IaC', heading: /\b(ci\/?cd|pipeline|deploy(ment)?|infrastructure as code|iac)\b/i },
  { id: 'dr', title: 'Disaster recovery', heading: /\b(disaster|recovery|dr|business continuity|resilience)\b/i },
  { id: 'cost', title: 'Cost', heading: /\b(cost|budget|pricing|finops)\b/i },
  { id: 'environments', title: 'Environments', heading: /\b(environments?)\b/i },
  { id: 'evolution', title: 'Infrastructure evolution', heading: /\b(evolution|roadmap|future|growth|migration)\b/i },
  { id: 'collaboration', title: 'Cross-team collaboration', heading: /\b(collaboration|team|ownership|responsibilit(y|ies)|raci)\b/i },
  { id: 'requirements', title: 'Requirements', heading: /\b(requirements?|nfrs?|assumptions?)\b/i },
  { id: 'feasibility', title: 'Feasibility review', heading: /\b(feasibility|review|risks?)\b/i },
  { id: 'diagrams', title: 'Diagrams', heading: /\b(diagrams?|topology|overview)\b/i },
  { id: 'handoff', title: 'Implementation handoff & ADRs', heading: /\b(handoff|hand-off|implementation|adrs?|decision records?)\b/i },
  { id: 'bmad', title: 'BMAD integration', heading: /\b(bmad|development environment|integration)\b/i },
  { id: 'final-review', title: 'Final review', heading: /\b(review|summary|conclusion|finali[sz]ation)\b/i },
];

export const AREA_BY_ID: Record<AreaId, AreaInfo> = Object.fromEntries(AREAS.map((a) => [a.id, a])) as Record<AreaId, AreaInfo>;

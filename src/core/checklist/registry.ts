// The checklist: every item file registered explicitly, in area order.
import type { ChecklistItem } from './checklist-item.js';
import { cloudItems } from './items/cloud.js';
import { networkItems } from './items/network.js';
import { computeItems } from './items/compute.js';
import { dataItems } from './items/data.js';
import { securityItems } from './items/security.js';
import { observabilityItems } from './items/observability.js';
import { cicdItems } from './items/cicd.js';
import { drItems } from './items/dr.js';
import { costItems } from './items/cost.js';
import { environmentItems } from './items/environments.js';
import { evolutionItems } from './items/evolution.js';
import { collaborationItems } from './items/collaboration.js';
import { requirementsItems } from './items/requirements.js';
import { feasibilityItems } from './items/feasibility.js';
import { diagramItems } from './items/diagrams.js';
import { handoffItems } from './items/handoff.js';
import { bmadItems } from './items/bmad.js';
import { finalReviewItems } from './items/final-review.js';

/** Item files by module name; the registry test checks every file in items/ appears here. */
export const ITEM_FILES: Record<string, ChecklistItem[]> = {
  cloud: cloudItems,
  network: networkItems,
  compute: computeItems,
  data: dataItems,
  security: securityItems,
  observability: observabilityItems,
  cicd: cicdItems,
  dr: drItems,
  cost: costItems,
  environments: environmentItems,
  evolution: evolutionItems,
  collaboration: collaborationItems,
  requirements: requirementsItems,
  feasibility: feasibilityItems,
  diagrams: diagramItems,
  handoff: handoffItems,
  bmad: bmadItems,
  'final-review': finalReviewItems,
};

export const CHECKLIST: readonly ChecklistItem[] = Object.values(ITEM_FILES).flat();

const BY_ID = new Map(CHECKLIST.map((i) => [i.id, i]));

export function checklistItem(id: string): ChecklistItem | undefined {
  return BY_ID.get(id);
}

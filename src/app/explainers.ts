// Knowledge sources beyond decision points that `explain` can print: checklist items and review rules.
import { CHECKLIST } from '../core/checklist/registry.js';
import type { Explainer } from './explain.js';

const checklist: Explainer = {
  kind: 'Checklist items (validate)',
  list: () => CHECKLIST.map((i) => `${i.id.padEnd(36)} [${i.severity}] ${i.title}`),
  explain(id) {
    const i = CHECKLIST.find((x) => x.id === id);
    if (!i) return null;
    return [
      `${i.id} — ${i.title}`,
      `Area: ${i.area}   Severity: ${i.severity}`,
      '',
      i.description,
      '',
      `Why it matters: ${i.docs.why}`,
      `How to fix: ${i.docs.fix}`,
      `How it is detected: ${i.detects}`,
    ].join('\n');
  },
};

export const EXPLAINERS: Explainer[] = [checklist];

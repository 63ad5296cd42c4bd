// Assembles the whole infrastructure architecture document as one Markdown syntax tree and serialises it.
import type { RootContent } from 'mdast';
import { root } from './md.js';
import { CORE_DOMAINS, type RenderContext } from './render-context.js';
import { bmadSection } from './sections/bmad-section.js';
import { diagramsSection } from './sections/diagrams-section.js';
import { domainSection } from './sections/domain-section.js';
import { feasibilitySection } from './sections/feasibility-section.js';
import { handoffSection } from './sections/handoff-section.js';
import { overviewSection } from './sections/overview-section.js';
import { requirementsSection } from './sections/requirements-section.js';
import { assumptionsSection, finalReviewSection, traceabilitySection } from './sections/review-sections.js';
import { statusSection } from './sections/status-section.js';
import { toMarkdown } from './serialize.js';

export function documentTree(c: RenderContext): RootContent[] {
  return [
    ...statusSection(c),
    ...overviewSection(c),
    ...requirementsSection(c),
    ...CORE_DOMAINS.flatMap((d) => domainSection(d, c)),
    ...feasibilitySection(c),
    ...diagramsSection(c),
    ...handoffSection(c),
    ...bmadSection(c),
    ...domainSection('evolution', c),
    ...domainSection('collaboration', c),
    ...finalReviewSection(c),
    ...traceabilitySection(c),
    ...assumptionsSection(c),
  ];
}

export function renderDocument(c: RenderContext): string {
  return toMarkdown(root(documentTree(c)));
}

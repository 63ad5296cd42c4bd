// Which document wins when they disagree on a platform: the design over the brief, the copy that agrees with the stack table.
import type { DocRole, Section, TechCategory } from '../types.js';
import type { TechHit } from './tech-hits.js';

/** The slots a system fills once: where it is hosted and what runs it. */
const PLATFORM_CATEGORIES: TechCategory[] = ['cloudProviders', 'compute'];
/** Documents written after the brief, that settle what it assumed. */
const DESIGN_ROLES: DocRole[] = ['architecture', 'tech-stack', 'guidelines', 'deployment'];

const commits = (h: TechHit) => !h.demote && h.strength > 0;
const isDesign = (h: TechHit) => !!h.role && DESIGN_ROLES.includes(h.role);
const demote = (h: TechHit) => Object.assign(h, { demote: 'superseded' as const, strength: 0 });

/**
 * A platform the brief (PRD) commits to that no design document names at all, while the design commits another one in
 * the same slot: the design has replaced the brief's assumption ("must be containerised with X" before the design chose a PaaS).
 */
function briefOverruled(hits: TechHit[]): void {
  for (const category of PLATFORM_CATEGORIES) {
    const inCat = hits.filter((h) => h.category === category);
    const designIds = new Set(inCat.filter((h) => isDesign(h) && commits(h)).map((h) => h.id));
    if (designIds.size === 0) continue;
    const namedByDesign = new Set(inCat.filter(isDesign).map((h) => h.id));
    for (const h of inCat) if (h.role === 'prd' && commits(h) && !namedByDesign.has(h.id)) demote(h);
  }
}

/** The sections of a tree whose title path occurs more than once in the same document, by that path. */
function repeatedSections(root: Section): Map<string, Section[]> {
  const byTrail = new Map<string, Section[]>();
  const walk = (s: Section) => {
    if (s.depth > 0) {
      const key = s.trail.join('\u0000').toLowerCase();
      byTrail.set(key, [...(byTrail.get(key) ?? []), s]);
    }
    s.children.forEach(walk);
  };
  walk(root);
  return new Map([...byTrail].filter(([, list]) => list.length > 1));
}

/**
 * A document that keeps two copies of one section (a revised "Deployment" beside the earlier one): the copy that names a
 * platform of the stack table stands; platforms only the other copy names are an earlier or later draft, not a choice.
 */
function rivalCopies(hits: TechHit[], roots: Map<string, Section>): void {
  const platform = hits.filter((h) => PLATFORM_CATEGORIES.includes(h.category));
  const stacked = new Set(platform.filter((h) => h.stack && commits(h)).map((h) => h.id));
  if (stacked.size === 0) return;
  for (const [file, root] of roots) {
    for (const copies of repeatedSections(root).values()) {
      const within = (s: Section) =>
        platform.filter((h) => h.evidence.file === file && h.evidence.line >= s.line && h.evidence.line <= s.endLine);
      const named = copies.map((s) => within(s).filter(commits));
      const agrees = named.map((list) => list.some((h) => stacked.has(h.id)));
      if (!agrees.some(Boolean)) continue;
      named.forEach((list, i) => {
        if (agrees[i]) return;
        for (const h of list) if (!stacked.has(h.id)) demote(h);
      });
    }
  }
}

/** Demotes, in place, the platform hits that a later or more specific statement replaces; returns the same hits. */
export function settleRivalStatements(hits: TechHit[], roots: Map<string, Section>): TechHit[] {
  briefOverruled(hits);
  rivalCopies(hits, roots);
  return hits;
}

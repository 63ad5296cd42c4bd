// Derives the architecture style from explicit statements; the strongest statement wins, not the most frequent word.
import type { Block, Evidence, ScalarFact, SourceDoc } from '../types.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { evidenceAt, sortEvidence, confidenceOf } from './evidence.js';

// Order matters: "microservices within a monolith" is a modular monolith, not microservices.
const STYLE_TERMS: [RegExp, string][] = [
  [
    /\bmodular[- ]monolith(?:ic)?\b|\bmicro-?services?\s+(?:with)?in\s+(?:(?:a|the)\s*)?(?:single\s+)?monolith(?:ic)?\b|\bmodulith\b/i,
    'modular-monolith',
  ],
  [/\bmicro-?services?\b/i, 'microservices'],
  [/\bserverless\b/i, 'serverless'],
  [/\bevent[- ]driven\b|\bEDA\b/i, 'event-driven'],
  [/\bjam-?stack\b/i, 'jamstack'],
  [/\bmonolith(?:ic)?\b/i, 'monolith'],
];
const COMBINED = new RegExp(STYLE_TERMS.map(([re]) => `(?:${re.source})`).join('|'), 'gi');
const ANY_STYLE = new RegExp(COMBINED.source, 'i');
const STYLE_LABEL =
  /^\s*(?:\*\*\s*)?(?:\d+\.\s*)?(?:\*\*\s*)?(architectur(?:al|e)\s+(?:style|pattern|approach)|service\s+architecture|architecture|system\s+architecture|technical\s+type)\s*(?:\*\*\s*)?:/i;
// Words that make a style word a description of a style rather than an incidental use ("serverless functions").
const STYLE_NOUN =
  /^\s*(?:-?first|architecture|approach|design|style|application|system|pipeline|pattern|deployment|backend|platform|model|structure)\b/i;

// A style the product works on rather than one it is built in: "visualise microservices architectures", "monolith analysis",
// "microservices architecture support" describe what users bring, not how this system is made.
const SUBJECT_BEFORE =
  /\b(?:visuali[sz]\w*|map(?:s|ping)?|analy[sz]\w*|manag(?:e|es|ing)|monitor(?:s|ing)?|explor\w*|pars(?:e|es|ing)|discover\w*|document(?:s|ing)?|diagram(?:s|ming)?)\s+(?:(?:the|a|an|any|your|their|existing|complex|large|distributed)\s+){0,2}$/i;
const SUBJECT_AFTER =
  /^\s*(?:architectures?\s+)?(?:support|management|visuali[sz]ation|analysis|mapping|discovery|diagrams?|codebases?|projects?|repositor(?:y|ies))\b|^\s*architectures\b/i;
// "Zephyr: the core architectural style.": the style word is itself the label of an explicit statement.
const STYLE_DEFINED_AFTER =
  /^(?:\*\*)?(?::|\s[–—-]| is)(?:\*\*)?\s(?:\*\*)?(?:the|our)\s(?:core|chosen|primary|main|overall|selected)\sarchitectur(?:al|e)\s(?:style|pattern|approach)\b/i;
// "not a traditional monolith but a modular monolith": the corrected term replaces the one the sentence sets aside.
const CORRECTION_BEFORE =
  /\b(?:is\s*n[o'’]t|not)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+,?\s+but\s+(?:rather\s+)?(?:(?:a|an)\s+)?["“']?$/i;
// "The platform employs a cloud-native serverless architecture": the design document saying what the system is built as.
const SELF_DESCRIBED_BEFORE =
  /\b(?:employs|uses|adopts|follows|implements|is\s+built\s+(?:on|as|with|using|around)|will\s+(?:use|employ|adopt|follow|be\s+built\s+(?:on|as|with|using|around)))\s+(?:an?|the)\s+(?:[\w-]+,?\s){0,4}$/i;
// The head of the phrase may be a short list ("a serverless, event-driven architecture"): the first style named leads it.
const ARCHITECTURE_AFTER = /^(?:,?\s(?:and\s)?[\w-]+){0,2}\s(?:architecture|architectural\s+style)\b/i;
const DESIGN_ROLES = new Set<SourceDoc['role']>(['architecture', 'tech-stack']);
// A later, more detailed document refines the brief: at equal strength the architecture's statement beats the PRD's.
const ROLE_RANK: Partial<Record<SourceDoc['role'], number>> = { architecture: 2, 'tech-stack': 2, prd: 1 };

function styleOf(match: string): string {
  for (const [re, style] of STYLE_TERMS) if (re.test(match)) return style;
  return 'monolith';
}

interface Candidate {
  style: string;
  score: number;
  rank: number;
  evidence: Evidence;
}

/** Whether the style word at [start, end) leads the design's statement of what the system is built as. */
function selfDescribed(text: string, start: number, end: number): boolean {
  const lead = SELF_DESCRIBED_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return !!lead && !ANY_STYLE.test(lead[0]) && ARCHITECTURE_AFTER.test(text.slice(end, end + 60));
}

function inServiceArchitecture(block: Block): boolean {
  return block.section.trail.some((t) => /\bservice\s+architecture\b|\barchitectur(?:al|e)\s+style\b/i.test(t));
}

export function extractArchitectureStyle(docs: SourceDoc[]): ScalarFact<string> | null {
  let cands: Candidate[] = [];
  for (const doc of docs) {
    for (const block of doc.blocks) {
      if (block.type === 'code') continue;
      const kind = block.section.kind;
      if (kind === 'alternatives' || kind === 'future' || kind === 'example') continue;
      const text = block.text;
      const labelled = STYLE_LABEL.exec(text);
      const decisive = inServiceArchitecture(block) && (doc.role === 'prd' || kind === 'technical-assumptions');
      // Headings of a "Service Architecture: X" form carry the decision in the title itself.
      const headingDecision = block.type === 'heading' && /\bservice\s+architecture\b|\barchitectur(?:al|e)\s+style\b/i.test(text);
      COMBINED.lastIndex = 0;
      let m: RegExpExecArray | null;
      let first = true;
      while ((m = COMBINED.exec(text)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        if (!isCommitment(assertionStatus(doc, block, start, end))) continue;
        if (SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || SUBJECT_AFTER.test(text.slice(end, end + 40))) continue;
        let score: number;
        const corrected = CORRECTION_BEFORE.test(text.slice(Math.max(0, start - 80), start));
        if (corrected && (labelled || headingDecision)) score = 6.5;
        else if (corrected) score = 5;
        else if (labelled && start >= labelled[0].length - 1 && first) score = 6;
        else if (STYLE_DEFINED_AFTER.test(text.slice(end, end + 60))) score = 6;
        else if (headingDecision && first) score = 6;
        // The design's own statement of what it is ranks with the brief's Service Architecture decision, and wins by role.
        else if (DESIGN_ROLES.has(doc.role) && selfDescribed(text, start, end)) score = 5;
        else if (decisive && first) score = 5;
        // "serverless-first" states a principle, stronger than an adjective in passing.
        else if (/^-first\b/i.test(text.slice(end))) score = 2;
        else if (STYLE_NOUN.test(text.slice(end))) score = block.type === 'heading' ? 0.5 : 1;
        else score = 0.3;
        first = false;
        cands.push({ style: styleOf(m[0]), score, rank: ROLE_RANK[doc.role] ?? 0, evidence: evidenceAt(doc, block, start, end) });
      }
    }
  }
  // Where an architecture document exists, it is the authority on style: the PRD's passing words ("map dependencies for
  // microservices architecture") describe features, so only its statements of principle ("serverless-first", a Service Architecture section) count.
  const hasArchitecture = docs.some((d) => d.role === 'architecture');
  const prdPaths = new Set(docs.filter((d) => d.role === 'prd').map((d) => d.path));
  if (hasArchitecture) cands = cands.filter((c) => c.score >= 2 || !prdPaths.has(c.evidence.file));
  if (cands.length === 0) return null;
  const best = new Map<string, { top: number; rank: number; total: number; ev: Evidence[] }>();
  for (const c of cands) {
    const b = best.get(c.style) ?? { top: 0, rank: 0, total: 0, ev: [] };
    if (c.score > b.top || (c.score === b.top && c.rank > b.rank)) b.rank = c.rank;
    b.top = Math.max(b.top, c.score);
    b.total += c.score;
    b.ev.push(c.evidence);
    best.set(c.style, b);
  }
  const ranked = [...best.entries()].sort(
    (a, b) => b[1].top - a[1].top || b[1].rank - a[1].rank || b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1),
  );
  const [style, info] = ranked[0];
  // Scattered adjectives are not a statement of style: demand one explicit statement or repeated use.
  if (info.top < 5 && info.total < 2) return null;
  const ev = cands.filter((c) => c.style === style && c.score >= Math.min(info.top, 1)).map((c) => c.evidence);
  return { value: style, evidence: sortEvidence(ev), confidence: confidenceOf(info.top >= 5 ? 2 : info.total / 2) };
}

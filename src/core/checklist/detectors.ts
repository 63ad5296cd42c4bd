// Detector building blocks: keyword sets, co-occurrence, section presence, tables and diagrams.
import type { DocumentView, ViewBlock } from '../validate/document-view.js';
import type { Detector, Outcome } from './checklist-item.js';

const FAIL: Outcome = { passed: false };

/** Case-insensitive alternation of regex sources, on word boundaries at both ends. */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w])`, 'i');
}

/** Heading trail and block text together, so "## Secrets" + "stored in Vault" reads as one statement. */
function context(b: ViewBlock): string {
  return `${b.trail.join(' / ')} :: ${b.search}`;
}

/** Passes when any block (prose, table row, code, heading) matches one of the patterns. */
export function mentions(...patterns: RegExp[]): Detector {
  return (view) => {
    for (const b of view.blocks) if (patterns.some((p) => p.test(b.search))) return { passed: true, line: b.line };
    return FAIL;
  };
}

/** Passes when one block, read with its headings, matches every pattern. */
export function together(...patterns: RegExp[]): Detector {
  return (view) => {
    for (const b of view.blocks) {
      const c = context(b);
      if (patterns.every((p) => p.test(c))) return { passed: true, line: b.line };
    }
    return FAIL;
  };
}

/** Passes when a section whose heading trail matches `title` holds a block matching `text`. */
export function inSection(title: RegExp, text: RegExp): Detector {
  return (view) => {
    for (const b of view.blocks) if (b.trail.some((t) => title.test(t)) && text.test(b.search)) return { passed: true, line: b.line };
    return FAIL;
  };
}

/** Passes when a heading matches. */
export function heading(pattern: RegExp): Detector {
  return (view) => {
    const s = view.sections.find((x) => pattern.test(x.title));
    return s ? { passed: true, line: s.line } : FAIL;
  };
}

/** Passes when a table has a column whose header matches. */
export function tableColumn(pattern: RegExp): Detector {
  return (view) => {
    const h = view.blocks.find((b) => b.type === 'table-header' && (b.cells ?? []).some((c) => pattern.test(c)));
    return h ? { passed: true, line: h.line } : FAIL;
  };
}

/** Passes when at least `min` of the groups are each matched somewhere. */
export function atLeast(min: number, groups: RegExp[]): Detector {
  return (view) => {
    let hits = 0;
    let first: number | undefined;
    for (const g of groups) {
      const b = view.blocks.find((x) => g.test(x.search));
      if (b) {
        hits++;
        first = first === undefined ? b.line : Math.min(first, b.line);
      }
    }
    return hits >= min ? { passed: true, line: first } : FAIL;
  };
}

/** The first detector that passes decides. */
export function anyOf(...detectors: Detector[]): Detector {
  return (view) => {
    for (const d of detectors) {
      const r = d(view);
      if (r.passed) return r;
    }
    return FAIL;
  };
}

/** Every detector must pass; the evidence line is the first one's. */
export function allOf(...detectors: Detector[]): Detector {
  return (view) => {
    let line: number | undefined;
    for (const d of detectors) {
      const r = d(view);
      if (!r.passed) return FAIL;
      line ??= r.line;
    }
    return { passed: true, line };
  };
}

const BOX_DRAWING = /[┌┐└┘│─├┤┬┴┼╔╗╚╝║═]|-->|\+--+\+/;

/** Diagram blocks: Mermaid fences, plus ASCII-art fences that people also draw architectures with. */
export function diagramBlocks(view: DocumentView, mermaidOnly = false) {
  return view.code.filter(
    (c) =>
      c.lang === 'mermaid' ||
      (!mermaidOnly && (c.lang === '' || c.lang === 'text' || c.lang === 'txt' || c.lang === 'ascii') && BOX_DRAWING.test(c.source)),
  );
}

/** Passes when a diagram's source or its heading matches the topic. */
export function diagramAbout(topic: RegExp): Detector {
  return (view) => {
    const d = diagramBlocks(view).find((c) => topic.test(c.source) || c.trail.some((t) => topic.test(t)));
    return d ? { passed: true, line: d.line } : FAIL;
  };
}

// Detector building blocks: keyword sets, co-occurrence, section presence, tables and diagrams.
import type { DocumentView, ViewBlock } from '../validate/document-view.js';
import type { Detector, Outcome } from './checklist-item.js';
import { kb } from '../knowledge/active.js';
import type { Catalogue } from '../knowledge/catalogue.js';

const FAIL: Outcome = { passed: false };

/** What a detector tests text against: a regular expression, or a catalogue pattern built on first use. */
export interface Pattern {
  test(text: string): boolean;
}

const bounded = (alternatives: string[], flags: string) => new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w])`, flags);

/** Case-insensitive alternation of regex sources, on word boundaries at both ends. */
export function words(...alternatives: string[]): RegExp {
  return bounded(alternatives, 'i');
}

/** A plain spelling as a pattern source: specials escaped, and a space also matching a hyphen or nothing ("Key Vault", "KeyVault"). */
const spelling = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '[ -]?');

/**
 * The catalogue's spellings of the technologies `select` picks, plus `generic` regex sources (words for the thing
 * that are no product's name) or further plain spellings the catalogue answers (a function, e.g. config file names).
 * Built from the catalogue in force when first tested, and again when another one is installed, so a technology a
 * user pack adds counts like a built-in one.
 */
export function techWords(
  select: (c: Catalogue) => readonly string[],
  ...generic: (string | ((c: Catalogue) => readonly string[]))[]
): Pattern {
  let built: { from: Catalogue; anyCase: RegExp; exactCase: RegExp | null } | null = null;
  const current = () => {
    const c = kb();
    if (built?.from !== c) {
      const { anyCase, exactCase } = c.spellingsOf(select(c));
      built = {
        from: c,
        anyCase: words(...generic.flatMap((g) => (typeof g === 'string' ? [g] : g(c).map(spelling))), ...anyCase.map(spelling)),
        exactCase: exactCase.length ? bounded(exactCase.map(spelling), '') : null,
      };
    }
    return built;
  };
  return {
    test: (text) => {
      const p = current();
      return p.anyCase.test(text) || (p.exactCase?.test(text) ?? false);
    },
  };
}

/** Heading trail and block text together, so "## Secrets" + "stored in Vault" reads as one statement. */
function context(b: ViewBlock): string {
  return `${b.trail.join(' / ')} :: ${b.search}`;
}

/** Passes when any block (prose, table row, code, heading) matches one of the patterns. */
export function mentions(...patterns: Pattern[]): Detector {
  return (view) => {
    for (const b of view.blocks) if (patterns.some((p) => p.test(b.search))) return { passed: true, line: b.line };
    return FAIL;
  };
}

/** Passes when one block, read with its headings, matches every pattern. */
export function together(...patterns: Pattern[]): Detector {
  return (view) => {
    for (const b of view.blocks) {
      const c = context(b);
      if (patterns.every((p) => p.test(c))) return { passed: true, line: b.line };
    }
    return FAIL;
  };
}

/** Passes when a section whose heading trail matches `title` holds a block matching `text`. */
export function inSection(title: Pattern, text: Pattern): Detector {
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
export function atLeast(min: number, groups: Pattern[]): Detector {
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

// The concerns file: people's verdicts on concerns, keyed by synthetic id (globs allowed), parsed and applied.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { Concern, Diagnostic } from '../types.js';

export const TRACKING_FILE = '.infra-arch/concerns.yaml';

export const TrackingEntrySchema = z.object({
  id: z.string().min(1),
  status: z.enum(['accepted', 'mitigated', 'false-positive']),
  justification: z.string().optional(),
  by: z.string().optional(),
  date: z.union([z.string(), z.date()]).optional(),
});

export const TrackingFileSchema = z.object({
  version: z.literal(1).optional(),
  concerns: z.array(z.unknown()).default([]),
});

export type TrackingEntry = { id: string; status: 'accepted' | 'mitigated' | 'false-positive'; justification?: string; by?: string };

/** A person's verdict on a concern, keyed by synthetic id (wildcards allowed), from `.infra-arch/concerns.yaml`. */
export interface ConcernTracking {
  entries: TrackingEntry[];
}

function lineOf(node: unknown, lc: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

/** Parses the concerns file; never throws. Bad entries are dropped with a diagnostic naming the file and line. */
export function parseTracking(text: string, file: string): { tracking: ConcernTracking; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tracking: ConcernTracking = { entries: [] };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  for (const e of doc.errors) {
    diagnostics.push({ severity: 'error', code: 'tracking-yaml', file, line: e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}`, hint: 'fix the syntax; until then no concern is marked as handled' });
  }
  if (doc.errors.length) return { tracking, diagnostics };
  if (doc.contents === null) return { tracking, diagnostics };
  const top = TrackingFileSchema.safeParse(doc.toJS());
  if (!top.success) {
    diagnostics.push({ severity: 'error', code: 'tracking-shape', file, line: 1, message: 'expected a mapping with a `concerns:` list', hint: `see docs/concerns-file.md` });
    return { tracking, diagnostics };
  }
  const seqNode = isMap(doc.contents) ? doc.contents.get('concerns', true) : undefined;
  const items = isSeq(seqNode) ? seqNode.items : [];
  top.data.concerns.forEach((raw, i) => {
    const line = lineOf(items[i], lc);
    const parsed = TrackingEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `\`${issue.path.join('.')}\`` : 'entry';
      diagnostics.push({ severity: 'error', code: 'tracking-entry', file, line, message: `concern entry ${i + 1}: ${where} ${issue?.message ?? 'is invalid'}`, hint: 'each entry needs `id` (rule-id@subject, * allowed) and `status`: accepted | mitigated | false-positive' });
      return;
    }
    const e = parsed.data;
    const justification = e.justification?.trim();
    if (e.status === 'accepted' && !justification) {
      diagnostics.push({ severity: 'error', code: 'tracking-no-justification', file, line, message: `${e.id}: accepted without a justification; the concern stays open`, hint: 'write why the risk is acceptable in `justification:`' });
      return;
    }
    if (!e.id.includes('@')) {
      diagnostics.push({ severity: 'warning', code: 'tracking-id', file, line, message: `${e.id}: a concern id has the form rule-id@subject`, hint: 'copy the id from `infra-arch review`, or use rule-id@* for every subject' });
    }
    tracking.entries.push({ id: e.id, status: e.status, ...(justification ? { justification } : {}), ...(e.by ? { by: e.by } : {}) });
  });
  return { tracking, diagnostics };
}

/** Glob over concern ids: `*` matches any run of characters, `?` one character; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Literal characters in a pattern: the more there are, the more specific the entry. */
const specificity = (id: string) => id.replace(/[*?]/g, '').length + (/[*?]/.test(id) ? 0 : 1000);

/** The entry that decides a concern: an exact id first, else the most specific matching glob, else the first in the file. */
export function matchEntry(id: string, tracking: ConcernTracking): TrackingEntry | null {
  let best: TrackingEntry | null = null;
  for (const e of tracking.entries) {
    if (!globToRegExp(e.id).test(id)) continue;
    if (!best || specificity(e.id) > specificity(best.id)) best = e;
  }
  return best;
}

/** Marks concerns with people's verdicts. An acceptance without justification does not count. */
export function applyTracking(concerns: Concern[], tracking: ConcernTracking | undefined): Concern[] {
  if (!tracking) return concerns;
  return concerns.map((c) => {
    const e = matchEntry(c.id, tracking);
    if (!e) return c;
    if (e.status === 'accepted' && !e.justification?.trim()) return c;
    return { ...c, status: e.status, ...(e.justification ? { justification: e.justification } : {}) };
  });
}

/** Entries that match no current concern: the cause went away (a revised decision) or the id is mistyped. */
export function staleEntries(concerns: Concern[], tracking: ConcernTracking | undefined): TrackingEntry[] {
  if (!tracking) return [];
  return tracking.entries.filter((e) => !concerns.some((c) => globToRegExp(e.id).test(c.id)));
}

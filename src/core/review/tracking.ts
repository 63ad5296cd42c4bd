// The concerns file: people's verdicts on concerns, keyed by synthetic id (globs allowed), parsed with line numbers.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../types.js';
import type { ConcernTracking } from './tracking-match.js';
import { diagnostic, message } from '../diagnostics/index.js';
import { TRACKING_MESSAGES } from './tracking-messages.js';

// Matching lives apart so the review itself never loads the YAML and schema libraries.
export {
  TRACKING_FILE,
  globMatches,
  matchEntry,
  applyTracking,
  staleEntries,
  type ConcernTracking,
  type TrackingEntry,
} from './tracking-match.js';

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

function lineOf(node: unknown, lc: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

/** Parses the concerns file; never throws. Bad entries are dropped with a diagnostic naming the file and line. */
export function parseTracking(text: string, file: string): { tracking: ConcernTracking; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tracking: ConcernTracking = { entries: [] };
  const at = (line: number | undefined) => (line === undefined ? { file } : { file, line });
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  for (const e of doc.errors) {
    diagnostics.push(
      diagnostic(TRACKING_MESSAGES, 'error', message('tracking-yaml', { error: e.message.split('\n')[0]! }), {
        file,
        line: e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line,
      }),
    );
  }
  if (doc.errors.length) return { tracking, diagnostics };
  if (doc.contents === null) return { tracking, diagnostics };
  const top = TrackingFileSchema.safeParse(doc.toJS());
  if (!top.success) {
    diagnostics.push(diagnostic(TRACKING_MESSAGES, 'error', message('tracking-shape'), { file, line: 1 }));
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
      const data = { index: i + 1, where, problem: issue?.message ?? 'is invalid' };
      diagnostics.push(diagnostic(TRACKING_MESSAGES, 'error', message('tracking-entry', data), at(line)));
      return;
    }
    const e = parsed.data;
    const justification = e.justification?.trim();
    if (e.status === 'accepted' && !justification) {
      diagnostics.push(diagnostic(TRACKING_MESSAGES, 'error', message('tracking-no-justification', { id: e.id }), at(line)));
      return;
    }
    if (!e.id.includes('@')) {
      diagnostics.push(diagnostic(TRACKING_MESSAGES, 'warning', message('tracking-id', { id: e.id }), at(line)));
    }
    tracking.entries.push({ id: e.id, status: e.status, ...(justification ? { justification } : {}), ...(e.by ? { by: e.by } : {}) });
  });
  return { tracking, diagnostics };
}

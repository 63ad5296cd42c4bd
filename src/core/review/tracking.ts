// The concerns file: people's verdicts on concerns, keyed by synthetic id (globs allowed), parsed with line numbers.
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from '../types.js';
import type { ConcernTracking } from './tracking-match.js';

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
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  for (const e of doc.errors) {
    diagnostics.push({
      severity: 'error',
      code: 'tracking-yaml',
      file,
      line: e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line,
      message: `not valid YAML: ${e.message.split('\n')[0]}`,
      hint: 'fix the syntax; until then no concern is marked as handled',
    });
  }
  if (doc.errors.length) return { tracking, diagnostics };
  if (doc.contents === null) return { tracking, diagnostics };
  const top = TrackingFileSchema.safeParse(doc.toJS());
  if (!top.success) {
    diagnostics.push({
      severity: 'error',
      code: 'tracking-shape',
      file,
      line: 1,
      message: 'expected a mapping with a `concerns:` list',
      hint: `see docs/concerns-file.md`,
    });
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
      diagnostics.push({
        severity: 'error',
        code: 'tracking-entry',
        file,
        line,
        message: `concern entry ${i + 1}: ${where} ${issue?.message ?? 'is invalid'}`,
        hint: 'each entry needs `id` (rule-id@subject, * allowed) and `status`: accepted | mitigated | false-positive',
      });
      return;
    }
    const e = parsed.data;
    const justification = e.justification?.trim();
    if (e.status === 'accepted' && !justification) {
      diagnostics.push({
        severity: 'error',
        code: 'tracking-no-justification',
        file,
        line,
        message: `${e.id}: accepted without a justification; the concern stays open`,
        hint: 'write why the risk is acceptable in `justification:`',
      });
      return;
    }
    if (!e.id.includes('@')) {
      diagnostics.push({
        severity: 'warning',
        code: 'tracking-id',
        file,
        line,
        message: `${e.id}: a concern id has the form rule-id@subject`,
        hint: 'copy the id from `infra-arch review`, or use rule-id@* for every subject',
      });
    }
    tracking.entries.push({ id: e.id, status: e.status, ...(justification ? { justification } : {}), ...(e.by ? { by: e.by } : {}) });
  });
  return { tracking, diagnostics };
}

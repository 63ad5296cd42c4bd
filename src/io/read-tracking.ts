// Reads `<project>/.infra-arch/concerns.yaml` defensively: absent is fine, unreadable or malformed becomes a diagnostic.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTracking, TRACKING_FILE, type ConcernTracking } from '../core/review/tracking.js';
import type { Diagnostic } from '../core/types.js';

const MAX_BYTES = 1024 * 1024;

/** Diagnostics that make the whole file unusable (as opposed to one bad entry, which is skipped). */
export const UNUSABLE_TRACKING = new Set([
  'tracking-yaml',
  'tracking-shape',
  'tracking-not-file',
  'tracking-unreadable',
  'tracking-too-large',
  'tracking-binary',
  'tracking-encoding',
]);

export function readTracking(projectDir: string): { tracking: ConcernTracking; diagnostics: Diagnostic[]; found: boolean } {
  const full = join(projectDir, TRACKING_FILE);
  const empty = { tracking: { entries: [] }, diagnostics: [] as Diagnostic[], found: false };
  const fail = (code: string, message: string, hint: string) => ({
    ...empty,
    found: true,
    diagnostics: [{ severity: 'error' as const, code, file: TRACKING_FILE, message, hint }],
  });
  let size: number;
  try {
    const st = statSync(full);
    // statSync follows links: a FIFO or device is refused before anything opens it.
    if (!st.isFile())
      return fail('tracking-not-file', 'is not a regular file', `remove it or replace it with a YAML file (see docs/concerns-file.md)`);
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return empty;
    return fail('tracking-unreadable', `cannot read (${code ?? 'error'})`, 'check its permissions');
  }
  if (size > MAX_BYTES)
    return fail(
      'tracking-too-large',
      `is ${(size / 1048576).toFixed(1)} MB; a concerns file is a few kilobytes`,
      'keep only the verdicts, one entry per concern or wildcard',
    );
  let buf: Buffer;
  try {
    buf = readFileSync(full);
  } catch (err) {
    return fail('tracking-unreadable', `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'check its permissions');
  }
  if (buf.includes(0)) return fail('tracking-binary', 'is binary, not YAML', 'replace it with a YAML file (see docs/concerns-file.md)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return fail('tracking-encoding', 'is not UTF-8', 'save it as UTF-8');
  }
  try {
    const { tracking, diagnostics } = parseTracking(text.replace(/^\uFEFF/, ''), TRACKING_FILE);
    return { tracking, diagnostics, found: true };
  } catch (err) {
    // The YAML library refuses some hostile shapes (an alias bomb) by throwing.
    return fail(
      'tracking-yaml',
      `cannot be read as YAML (${(err as Error).message.split('\n')[0]})`,
      'write plain entries without anchors and aliases (see docs/concerns-file.md)',
    );
  }
}

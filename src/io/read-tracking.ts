// Reads `<project>/.infra-arch/concerns.yaml` defensively: absent is fine, unreadable or malformed becomes a diagnostic.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTracking, TRACKING_FILE, type ConcernTracking } from '../core/review/tracking.js';
import type { Diagnostic } from '../core/types.js';
import { diagnostic, message, type MessageData } from '../core/diagnostics/index.js';
import { TRACKING_MESSAGES, type TrackingMessageId } from '../core/review/tracking-messages.js';

const MAX_BYTES = 1024 * 1024;

/** Diagnostics that make the whole file unusable (as opposed to one bad entry, which is skipped). */
export const UNUSABLE_TRACKING = new Set<string>([
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
  const fail = (id: TrackingMessageId, data: MessageData = {}) => ({
    ...empty,
    found: true,
    diagnostics: [diagnostic(TRACKING_MESSAGES, 'error', message(id, data), { file: TRACKING_FILE })],
  });
  let size: number;
  try {
    const st = statSync(full);
    // statSync follows links: a FIFO or device is refused before anything opens it.
    if (!st.isFile()) return fail('tracking-not-file');
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return empty;
    return fail('tracking-unreadable', { code: code ?? 'error' });
  }
  if (size > MAX_BYTES) return fail('tracking-too-large', { sizeMb: (size / 1048576).toFixed(1) });
  let buf: Buffer;
  try {
    buf = readFileSync(full);
  } catch (err) {
    return fail('tracking-unreadable', { code: (err as NodeJS.ErrnoException).code ?? 'error' });
  }
  if (buf.includes(0)) return fail('tracking-binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return fail('tracking-encoding');
  }
  try {
    const { tracking, diagnostics } = parseTracking(text.replace(/^\uFEFF/, ''), TRACKING_FILE);
    return { tracking, diagnostics, found: true };
  } catch (err) {
    // The YAML library refuses some hostile shapes (an alias bomb) by throwing.
    return fail('tracking-yaml', { error: (err as Error).message.split('\n')[0]! });
  }
}

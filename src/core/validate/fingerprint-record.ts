// The input-fingerprint record `create` writes and `check` reads, with its zod schema.
import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex sha256');

export const FingerprintRecordSchema = z.object({
  /** sha256 of each input file, by project-relative POSIX path. */
  inputs: z.record(z.string(), sha256),
  /** sha256 of the generated document as written. */
  document: sha256,
  /** Document section ids (or titles) that drew on each input, for precise staleness reports. */
  sectionsByInput: z.record(z.string(), z.array(z.string())).optional(),
  /** Decision ids whose evidence came from each input. */
  decisionsByInput: z.record(z.string(), z.array(z.string())).optional(),
  /** True when the document was written from a guided session's answers (not from defaults over the inputs). */
  session: z.boolean().optional(),
  /** sha256 of the verdicts on review concerns the document was written with (concerns file and session). */
  verdicts: sha256.optional(),
});

export type FingerprintRecord = z.infer<typeof FingerprintRecordSchema>;

/** Parses an untrusted record (for example `.infra-arch/fingerprints.json`); errors name the bad field. */
export function parseFingerprintRecord(data: unknown): { ok: true; record: FingerprintRecord } | { ok: false; error: string } {
  const r = FingerprintRecordSchema.safeParse(data);
  if (r.success) return { ok: true, record: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}

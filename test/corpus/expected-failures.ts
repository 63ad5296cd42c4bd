// The corpus checks allowed to fail while an issue is open: one YAML list, printed when used, stale entries fail.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const FILE = fileURLToPath(new URL('./expected-failures.yaml', import.meta.url));

/** Every check a corpus test settles per project; an entry must name one of them. */
export const CHECKS = [
  'analyze.cloudProviders',
  'analyze.dataStores',
  'analyze.compute',
  'analyze.iacTools',
  'analyze.ciCd',
  'analyze.compliance',
  'analyze.archetype',
  'analyze.architectureStyle',
  'analyze.availabilityTarget',
  'decide.labels-a',
  'decide.labels-b',
  'decide.real-commitments',
  'create.yolo',
] as const;
export type CheckId = (typeof CHECKS)[number];

const Entry = z
  .object({
    project: z.string().min(1),
    check: z.enum(CHECKS),
    reason: z.string().min(10),
    issue: z.number().int().positive(),
  })
  .strict();
export type ExpectedFailure = z.infer<typeof Entry>;

export const EXPECTED: ExpectedFailure[] = z.array(Entry).parse(parse(readFileSync(FILE, 'utf8')) ?? []);

const find = (project: string, check: CheckId) => EXPECTED.find((e) => e.project === project && e.check === check);

/**
 * Settles one check of one project: no problems passes; problems on a listed check pass and are printed;
 * problems on an unlisted check fail; a listed check with no problems fails as stale.
 */
export function settle(project: string, check: CheckId, problems: string[]): void {
  const entry = find(project, check);
  if (!entry) {
    expect(problems, `${project} ${check}`).toEqual([]);
    return;
  }
  if (problems.length === 0) {
    throw new Error(`${project} ${check} now passes: delete its entry from test/corpus/expected-failures.yaml`);
  }
  console.log(`expected failure (issue #${entry.issue}) ${project} ${check}: ${entry.reason}\n    ${problems.join('\n    ')}`);
}

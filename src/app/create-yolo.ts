// `create --mode yolo`: read, build, prove every diagram with Mermaid, then write safely — in one pass.
import { verdictsDigest } from './verdicts-digest.js';
import { adrNumbering } from '../io/existing-adrs.js';
import { buildArchitecture, type BuildResult } from '../core/pipeline/build-architecture.js';
import { createSummary } from '../core/pipeline/summary.js';
import type { ConcernTracking } from '../core/review/review.js';
import type { DomainId, UserInput } from '../core/types.js';
import { startMermaidValidator, type MermaidValidator } from '../io/mermaid/mermaid-validator.js';
import { ProofCache, cacheFolder } from '../io/mermaid-proof-cache.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TRACKING_FILE } from '../core/review/tracking-match.js';
import { ANSWERS_EXPORT, SESSION_FILE } from '../io/session-paths.js';
import { readProjectAsync } from '../io/read-project-async.js';
import { setInterruptHint } from '../io/interrupt.js';
import { withProjectLock } from './project-lock.js';
import { publishArchitecture, writeNotes } from './publish.js';
import { shellArg } from './shell-arg.js';
import { resolveDate } from './resolve-date.js';

export { resolveDate } from './resolve-date.js';
import { formatDiagnostics, type RunResult } from './run-result.js';

export interface CreateYoloOptions {
  date?: string;
  force?: boolean;
  json?: boolean;
  user?: UserInput;
  tracking?: ConcernTracking;
  sectionNotes?: Partial<Record<DomainId, string[]>>;
  actionResults?: Partial<Record<DomainId, { title: string; body: string }[]>>;
  /** Folder of the Mermaid proof cache; `false` parses every diagram. Default: the OS cache folder. */
  proofCache?: string | false;
  /** Environment to read SOURCE_DATE_EPOCH from (tests pass their own). */
  env?: Record<string, string | undefined>;
  /** Clock for stage timings (the bench passes performance.now). */
  now?: () => number;
}

export type CreateYoloResult = RunResult & { timings?: Record<string, number>; build?: BuildResult };

export async function runCreateYolo(dir: string, opts: CreateYoloOptions = {}): Promise<CreateYoloResult> {
  setInterruptHint(`nothing was half-written; run "infra-arch create ${shellArg(dir)}" again`);
  return withProjectLock(dir, () => createLocked(dir, opts));
}

async function createLocked(dir: string, opts: CreateYoloOptions): Promise<CreateYoloResult> {
  const now = opts.now ?? (() => 0);
  const timings: Record<string, number> = {};
  let last = now();
  const mark = (stage: string) => {
    const t = now();
    timings[stage] = (timings[stage] ?? 0) + (t - last);
    last = t;
  };

  const when = resolveDate(opts.date, opts.env ?? process.env);
  if ('error' in when) return { exitCode: 2, stdout: '', stderr: `infra-arch: ${when.error}\n` };
  // Mermaid takes the better part of a second to load: start it first so it loads while the pipeline runs.
  let validator: MermaidValidator | null = startMermaidValidator();
  try {
    const input = await readProjectAsync(dir);
    mark('load');
    if (input.docs.length === 0) {
      return { exitCode: 2, stdout: '', stderr: `${formatDiagnostics(input.diagnostics)}\n`, timings };
    }
    // People's verdicts on concerns: the YAML and schema libraries load only when the file exists.
    let tracking = opts.tracking;
    if (!tracking && existsSync(join(input.root, TRACKING_FILE))) {
      const { readTracking, UNUSABLE_TRACKING } = await import('../io/read-tracking.js');
      const read = readTracking(input.root);
      if (read.diagnostics.some((d) => UNUSABLE_TRACKING.has(d.code))) {
        return { exitCode: 2, stdout: '', stderr: `${formatDiagnostics(read.diagnostics)}\n`, timings };
      }
      tracking = read.tracking;
      input.diagnostics.push(...read.diagnostics);
    }
    const build = buildArchitecture({
      docs: input.docs,
      adrNumbers: adrNumbering(input.root),
      user: opts.user,
      tracking,
      date: when.date,
      sectionNotes: opts.sectionNotes,
      actionResults: opts.actionResults,
      onStage: (s) => mark(s),
    });

    const folder = cacheFolder(opts.proofCache);
    const cache = folder === null ? null : new ProofCache(folder);
    if (build.diagrams.every((d) => cache?.has(d.source))) {
      // Every diagram was proven before: stop loading Mermaid rather than wait for it.
      await validator.close();
      validator = null;
    }
    const published = await publishArchitecture(input.root, build, {
      force: opts.force,
      inputs: input.fingerprints,
      basis: { session: false, verdicts: verdictsDigest(tracking) },
      proofCache: opts.proofCache,
      validator,
      onProved: () => mark('mermaid'),
    });
    if (!published.ok) return { exitCode: published.exitCode, stdout: '', stderr: published.stderr, timings };
    const written = published.written;
    mark('write');
    const warnings = input.diagnostics.filter((d) => d.severity !== 'info');
    const stderr = [warnings.length ? formatDiagnostics(warnings) : '', ...writeNotes(written), await supersededSession(dir, input.root)]
      .filter(Boolean)
      .join('\n');
    const doc = build.files.find((f) => f.kind === 'document')!.path;
    const stdout = opts.json
      ? `${JSON.stringify(createSummary(build, doc), null, 2)}\n`
      : humanSummary(build, doc, written.written.length, written.unchanged.length);
    return { exitCode: 0, stdout, stderr: stderr ? `${stderr}\n` : '', timings, build };
  } finally {
    if (validator) await validator.close();
  }
}

/** Says so when a finished guided session exists whose choices this one-pass document did not use. */
async function supersededSession(dir: string, root: string): Promise<string> {
  // The session code and its schema library (zod) load only when a session record exists.
  if (!existsSync(join(root, SESSION_FILE))) return '';
  const { loadFinishedGuidedSession } = await import('../io/session-store.js');
  if (!loadFinishedGuidedSession(root)) return '';
  const replay = `infra-arch create ${shellArg(dir)} --answers ${shellArg(join(dir, ANSWERS_EXPORT))}`;
  return `infra-arch: written from the inputs alone; the choices and verdicts of the finished guided session (${SESSION_FILE}) were not used, and review and check now follow this document. To go back to them, run "${replay}".`;
}

function humanSummary(b: BuildResult, doc: string, written: number, unchanged: number): string {
  const reds = b.concerns.filter((c) => c.level === 'red' && c.status === 'open');
  const lines = [
    `${b.status === 'blocked' ? 'DRAFT (blocked)' : b.status === 'partial' ? 'Partial' : 'Complete'}: ${doc}`,
    `  ${b.decisions.length} decisions, ${b.adrs.length} ADRs, ${b.diagrams.length} diagrams parsed by Mermaid, ${b.concerns.length} review concern(s)`,
    `  ${written} file(s) written, ${unchanged} unchanged`,
  ];
  if (b.assumptions.length)
    lines.push(`  ${b.assumptions.length} assumption(s) and ${b.openQuestions.length} open question(s) listed at the end of the document`);
  for (const r of reds) lines.push(`  red concern open: ${r.id} — ${r.title}`);
  return `${lines.join('\n')}\n`;
}

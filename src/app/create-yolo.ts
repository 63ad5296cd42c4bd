// `create --mode yolo`: read, build, prove every diagram with Mermaid, then write safely — in one pass.
import { domainInfo } from '../core/decide/domains.js';
import { buildArchitecture, type BuildResult } from '../core/pipeline/build-architecture.js';
import { createSummary } from '../core/pipeline/summary.js';
import type { ConcernTracking } from '../core/review/review.js';
import type { Decision, DomainId, UserInput } from '../core/types.js';
import { startMermaidValidator, type MermaidValidator } from '../io/mermaid/mermaid-validator.js';
import { ProofCache, defaultCacheDir } from '../io/mermaid-proof-cache.js';
import { readProject } from '../io/read-project.js';
import { writeOutputs } from '../io/write-outputs.js';
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

/** `--date`, else SOURCE_DATE_EPOCH, else today (UTC). */
export function resolveDate(date: string | undefined, env: Record<string, string | undefined>): { date: string } | { error: string } {
  if (date !== undefined) {
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    return ok ? { date } : { error: `--date must be a calendar date as YYYY-MM-DD, got "${date}"` };
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) return { error: `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"` };
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10) };
  }
  return { date: new Date().toISOString().slice(0, 10) };
}

/** Which inputs feed which decisions and sections, for `check` to say what a changed file affects. */
function feeds(decisions: Decision[]): { decisionsByInput: Record<string, string[]>; sectionsByInput: Record<string, string[]> } {
  const decisionsByInput: Record<string, string[]> = {};
  const sectionsByInput: Record<string, string[]> = {};
  for (const d of decisions) {
    for (const file of new Set(d.evidence.map((e) => e.file))) {
      (decisionsByInput[file] ??= []).push(d.id);
      const title = domainInfo(d.domain).title;
      const s = (sectionsByInput[file] ??= []);
      if (!s.includes(title)) s.push(title);
    }
  }
  return { decisionsByInput, sectionsByInput };
}

export async function runCreateYolo(dir: string, opts: CreateYoloOptions = {}): Promise<CreateYoloResult> {
  const now = opts.now ?? (() => 0);
  const timings: Record<string, number> = {};
  let last = now();
  const mark = (stage: string) => { const t = now(); timings[stage] = (timings[stage] ?? 0) + (t - last); last = t; };

  const when = resolveDate(opts.date, opts.env ?? process.env);
  if ('error' in when) return { exitCode: 2, stdout: '', stderr: `infra-arch: ${when.error}\n` };
  // Mermaid takes the better part of a second to load: start it first so it loads while the pipeline runs.
  let validator: MermaidValidator | null = startMermaidValidator();
  try {
    const input = readProject(dir);
    mark('load');
    if (input.docs.length === 0) {
      return { exitCode: 2, stdout: '', stderr: `${formatDiagnostics(input.diagnostics)}\n`, timings };
    }
    const build = buildArchitecture({
      docs: input.docs, user: opts.user, tracking: opts.tracking, date: when.date, sectionNotes: opts.sectionNotes, actionResults: opts.actionResults,
      onStage: (s) => mark(s),
    });

    const cache = opts.proofCache === false ? null : new ProofCache(opts.proofCache ?? defaultCacheDir());
    const todo = build.diagrams.filter((d) => !cache?.has(d.source));
    if (todo.length === 0) {
      await validator.close();
      validator = null;
    } else {
      const results = await validator.validate(todo.map((d) => d.source));
      const failed = results.map((r, i) => ({ r, d: todo[i] })).filter((x) => !x.r.ok);
      if (failed.length) {
        const lines = failed.map((x) => `infra-arch: internal error: the ${x.d.title} diagram does not parse (${x.r.error}${x.r.line ? `, line ${x.r.line}` : ''}); nothing was written. Please report this with your inputs.`);
        return { exitCode: 1, stdout: '', stderr: `${lines.join('\n')}\n`, timings };
      }
      for (const d of todo) cache?.add(d.source);
      cache?.save();
    }
    mark('mermaid');

    const written = writeOutputs(input.root, build.files, { force: opts.force, inputs: input.fingerprints, ...feeds(build.decisions) });
    mark('write');
    if (!written.ok) {
      const list = written.refused.map((r) => `  ${r.path}: ${r.reason}`).join('\n');
      return { exitCode: 1, stdout: '', stderr: `infra-arch: not overwriting files edited by hand; nothing was written:\n${list}\nRun again with --force to replace them (your edits will be lost), or move them aside first.\n`, timings };
    }
    const warnings = input.diagnostics.filter((d) => d.severity !== 'info');
    const stderr = [
      warnings.length ? formatDiagnostics(warnings) : '',
      written.kept.length ? `infra-arch: kept ${written.kept.length} stale file(s) from an earlier run because they were edited: ${written.kept.join(', ')}` : '',
    ].filter(Boolean).join('\n');
    const doc = build.files.find((f) => f.kind === 'document')!.path;
    const stdout = opts.json ? `${JSON.stringify(createSummary(build, doc), null, 2)}\n` : humanSummary(build, doc, written.written.length, written.unchanged.length);
    return { exitCode: 0, stdout, stderr: stderr ? `${stderr}\n` : '', timings, build };
  } finally {
    if (validator) await validator.close();
  }
}

function humanSummary(b: BuildResult, doc: string, written: number, unchanged: number): string {
  const reds = b.concerns.filter((c) => c.level === 'red' && c.status === 'open');
  const lines = [
    `${b.status === 'blocked' ? 'DRAFT (blocked)' : b.status === 'partial' ? 'Partial' : 'Complete'}: ${doc}`,
    `  ${b.decisions.length} decisions, ${b.adrs.length} ADRs, ${b.diagrams.length} diagrams parsed by Mermaid, ${b.concerns.length} review concern(s)`,
    `  ${written} file(s) written, ${unchanged} unchanged`,
  ];
  if (b.assumptions.length) lines.push(`  ${b.assumptions.length} assumption(s) and ${b.openQuestions.length} open question(s) listed at the end of the document`);
  for (const r of reds) lines.push(`  red concern open: ${r.id} — ${r.title}`);
  return `${lines.join('\n')}\n`;
}

// Proves every diagram with Mermaid, then writes the architecture safely: the one exit door of `create`.
import { domainInfo } from '../core/decide/domains.js';
import type { BuildResult } from '../core/pipeline/build-architecture.js';
import type { Decision } from '../core/types.js';
import { ProofCache, cacheFolder } from '../io/mermaid-proof-cache.js';
import { startMermaidValidator, type MermaidValidator } from '../io/mermaid/mermaid-validator.js';
import { describeFsError, isFsError } from '../io/fs-errors.js';
import { ProjectPathError } from '../io/project-paths.js';
import { writeOutputs, type WriteResult } from '../io/write-outputs.js';

export interface PublishOptions {
  force?: boolean;
  /** sha256 of each input by project-relative path, for `check`. */
  inputs: Record<string, string>;
  /** Folder of the Mermaid proof cache; `false` parses every diagram. */
  proofCache?: string | false;
  /** A validator started earlier so Mermaid loaded in parallel with the pipeline; one is started if absent. */
  validator?: MermaidValidator | null;
  /** Called after Mermaid validation, before writing (for stage timings). */
  onProved?: () => void;
  /** What the document is written from (a guided session or not, and the verdicts), recorded for `review` and `check`. */
  basis?: { session: boolean; verdicts: string };
}

export type PublishResult = { ok: true; written: WriteResult } | { ok: false; exitCode: 1 | 2; stderr: string };

/** Which inputs feed which decisions and sections, for `check` to say what a changed file affects. */
export function feeds(decisions: Decision[]): { decisionsByInput: Record<string, string[]>; sectionsByInput: Record<string, string[]> } {
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

/** What a person should know about a write beyond the file counts: backups made, stale files kept, a set completed. */
export function writeNotes(w: WriteResult): string[] {
  const notes: string[] = [];
  if (w.recovered) notes.push('infra-arch: an earlier run was interrupted while writing; its files were completed first.');
  for (const b of w.backups) notes.push(`infra-arch: --force replaced your edited ${b.path}; your version is kept in ${b.backup}`);
  if (w.kept.length)
    notes.push(`infra-arch: kept ${w.kept.length} stale file(s) from an earlier run because they were edited: ${w.kept.join(', ')}`);
  return notes;
}

export async function publishArchitecture(root: string, build: BuildResult, opts: PublishOptions): Promise<PublishResult> {
  const folder = cacheFolder(opts.proofCache);
  const cache = folder === null ? null : new ProofCache(folder);
  const todo = build.diagrams.filter((d) => !cache?.has(d.source));
  if (todo.length > 0) {
    const validator = opts.validator ?? startMermaidValidator();
    try {
      const results = await validator.validate(todo.map((d) => d.source));
      const failed = results.map((r, i) => ({ r, d: todo[i] })).filter((x) => !x.r.ok);
      if (failed.length) {
        const lines = failed.map(
          (x) =>
            `infra-arch: internal error: the ${x.d.title} diagram does not parse (${x.r.error}${x.r.line ? `, line ${x.r.line}` : ''}); nothing was written. Please report this with your inputs.`,
        );
        return { ok: false, exitCode: 1, stderr: `${lines.join('\n')}\n` };
      }
    } finally {
      if (!opts.validator) await validator.close();
    }
    for (const d of todo) cache?.add(d.source);
    cache?.save();
  }
  opts.onProved?.();
  let written: WriteResult;
  try {
    written = writeOutputs(root, build.files, {
      force: opts.force,
      inputs: opts.inputs,
      ...feeds(build.decisions),
      ...(opts.basis ? { session: opts.basis.session, verdicts: opts.basis.verdicts } : {}),
    });
  } catch (err) {
    if (err instanceof ProjectPathError) return { ok: false, exitCode: 2, stderr: `infra-arch: ${err.message}; nothing was written.\n` };
    if (isFsError(err)) return { ok: false, exitCode: 2, stderr: `infra-arch: ${describeFsError(err, root)}; fix that and run again.\n` };
    throw err;
  }
  if (!written.ok) {
    const list = written.refused.map((r) => `  ${r.path}: ${r.reason}`).join('\n');
    return {
      ok: false,
      exitCode: 1,
      stderr: `infra-arch: not overwriting files edited by hand; nothing was written:\n${list}\nRun again with --force to replace them (your edits will be lost), or move them aside first.\n`,
    };
  }
  return { ok: true, written };
}

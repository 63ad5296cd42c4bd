// `analyze`: reads a project and prints its profile for a person, or the contract JSON.
import { decideAll } from '../core/decide/decide.js';
import { extractProfile } from '../core/extract/extract-profile.js';
import { formatProfile } from '../core/report/format-profile.js';
import { profileToJson } from '../core/report/profile-json.js';
import { readProject } from '../io/read-project.js';
import { formatDiagnostics, type RunResult } from './run-result.js';

export interface AnalyzeOptions {
  json?: boolean;
  decisions?: boolean;
}

export function runAnalyze(dir: string, opts: AnalyzeOptions = {}): RunResult {
  const input = readProject(dir);
  const errors = input.diagnostics.filter((d) => d.severity === 'error');
  if (input.docs.length === 0) {
    return { exitCode: 2, stdout: '', stderr: `${formatDiagnostics(input.diagnostics)}\n` };
  }
  const { profile, diagnostics } = extractProfile(input.docs);
  const all = [...input.diagnostics, ...diagnostics];
  const decisions = opts.decisions ? decideAll(profile) : undefined;
  if (opts.json) {
    const out: Record<string, unknown> = { profile: profileToJson(profile) };
    if (decisions) out.decisions = decisions;
    out.diagnostics = all;
    return { exitCode: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: errors.length ? `${formatDiagnostics(errors)}\n` : '' };
  }
  return { exitCode: 0, stdout: formatProfile(profile, all, decisions), stderr: '' };
}

// `review`: runs the feasibility review alone (read, extract, decide, model, review) and reports it; `explain` for rules.
import { decideAll } from '../core/decide/decide.js';
import { extractProfile } from '../core/extract/extract-profile.js';
import { deriveModel } from '../core/model/derive-model.js';
import { CATEGORY_TITLES } from '../core/review/rule.js';
import { formatReview, formatRule } from '../core/review/format-review.js';
import { countByLevel, isBlocked, reviewArchitecture } from '../core/review/review.js';
import { findRule, RULES } from '../core/review/rules/index.js';
import { staleEntries } from '../core/review/tracking-match.js';
import { readProject } from '../io/read-project.js';
import { readTracking, UNUSABLE_TRACKING } from '../io/read-tracking.js';
import { mergedTracking } from '../core/session/deps.js';
import { documentSession } from './document-basis.js';
import type { Explainer } from './explain.js';
import { formatDiagnostics, type RunResult } from './run-result.js';

export interface ReviewOptions {
  json?: boolean;
}

export async function runReview(dir: string, opts: ReviewOptions = {}): Promise<RunResult> {
  const input = readProject(dir);
  if (input.docs.length === 0) {
    const why = input.diagnostics.length ? formatDiagnostics(input.diagnostics) : `${dir}: no planning documents found`;
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${why}\nPoint infra-arch at a project folder with docs/prd.md, docs/architecture.md or similar.\n`,
    };
  }
  const { profile, diagnostics } = extractProfile(input.docs);
  // A finished guided session is what the document was written from: its choices and its verdicts count here too.
  const session = documentSession(input.root);
  const decisions = decideAll(profile, session?.user);
  const model = deriveModel(profile, decisions);
  const tracked = readTracking(input.root);
  const tracking = session ? mergedTracking(session, tracked.tracking) : tracked.tracking;
  const concerns = reviewArchitecture(profile, decisions, model, tracking);
  const stale = staleEntries(concerns, tracking);
  const blocked = isBlocked(concerns);
  const fileError = tracked.diagnostics.some((d) => UNUSABLE_TRACKING.has(d.code));
  const exitCode: RunResult['exitCode'] = fileError ? 2 : blocked ? 1 : 0;
  const problems = [...input.diagnostics, ...diagnostics, ...tracked.diagnostics].filter(
    (d) => d.severity === 'error' || d.code.startsWith('tracking'),
  );
  const stderr = problems.length ? `${formatDiagnostics(problems)}\n` : '';
  if (opts.json) {
    const out = {
      status: blocked ? 'blocked' : 'ok',
      counts: countByLevel(concerns),
      concerns,
      staleTrackingEntries: stale,
      diagnostics: tracked.diagnostics,
    };
    return { exitCode, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr };
  }
  let text = formatReview(model.project, concerns);
  if (stale.length)
    text += `\nNo longer raised (verdicts kept for the record):\n${stale.map((e) => `  ${e.id}: ${e.status}`).join('\n')}\n`;
  return { exitCode, stdout: text, stderr };
}

/** The `explain <rule-id>` text, or null when no rule has that id. */
export function explainRule(id: string): string | null {
  const at = id.indexOf('@');
  const rule = findRule(at < 0 ? id : id.slice(0, at));
  return rule ? formatRule(rule) : null;
}

/** Review rules as an `explain` knowledge source. */
export const ruleExplainer: Explainer = {
  kind: 'review rule',
  list: () => RULES.map((r) => `${r.meta.id.padEnd(30)} ${CATEGORY_TITLES[r.meta.category]}: ${r.meta.title}`),
  explain: explainRule,
};

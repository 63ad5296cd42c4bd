// `explain`: prints a decision point, an option, a review rule or a checklist item with its docs.
import { POINTS } from '../core/decide/registry.js';
import { domainInfo } from '../core/decide/domains.js';
import type { DecisionPoint, OptionDef } from '../core/decide/define-point.js';
import type { RunResult } from './run-result.js';
import { explainTechnology } from './explain-technology.js';

/** Other knowledge sources (review rules, checklist items) register a lookup here. */
export type Explainer = { kind: string; list(): string[]; explain(id: string): string | null };

function explainPoint(p: DecisionPoint): string {
  const lines = [
    `${p.meta.id} — ${p.meta.title}`,
    `Domain: ${domainInfo(p.meta.domain).title}`,
    `Question: ${p.meta.question}`,
    '',
    p.meta.docs,
    '',
    `When nothing in the inputs decides: ${p.meta.assumption}`,
    '',
    'Options:',
    ...p.options.map((o) => `  ${o.id.padEnd(26)} ${o.title} (cost ${o.costClass}, complexity ${o.complexity}/5)`),
    '',
    `Run "infra-arch explain ${p.meta.id}/<option>" for one option.`,
  ];
  return lines.join('\n');
}

function explainOption(p: DecisionPoint, o: OptionDef): string {
  const lines = [
    `${p.meta.id}/${o.id} — ${o.title}`,
    `Answers: ${p.meta.question}`,
    '',
    o.summary,
    '',
    'Pros:',
    ...o.pros.map((x) => `  + ${x}`),
    'Cons:',
    ...o.cons.map((x) => `  - ${x}`),
    '',
    `Cost class: ${o.costClass}   Operational complexity: ${o.complexity}/5`,
    `Skills: ${o.skills.join(', ') || '—'}`,
  ];
  if (o.version) lines.push(`Version to pin: ${o.version}`);
  if (o.fits.length)
    lines.push('', 'Scores higher or lower when:', ...o.fits.map((s) => `  ${s.weight > 0 ? '+' : ''}${s.weight}  ${s.because}`));
  return lines.join('\n');
}

export function runExplain(id: string | undefined, extra: Explainer[] = []): RunResult {
  if (!id) {
    const lines = ['Decision points:', ...POINTS.map((p) => `  ${p.meta.id.padEnd(36)} ${p.meta.title}`)];
    for (const e of extra) lines.push('', `${e.kind}:`, ...e.list().map((x) => `  ${x}`));
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
  }
  const [pointId, optionId] = id.split('/');
  const point = POINTS.find((p) => p.meta.id === pointId);
  if (point && !optionId) return { exitCode: 0, stdout: `${explainPoint(point)}\n`, stderr: '' };
  if (point && optionId) {
    const o = point.options.find((x) => x.id === optionId);
    if (o) return { exitCode: 0, stdout: `${explainOption(point, o)}\n`, stderr: '' };
  }
  for (const e of extra) {
    const text = e.explain(id);
    if (text) return { exitCode: 0, stdout: `${text}\n`, stderr: '' };
  }
  // A bare option id: list every point that offers it.
  const owners = POINTS.filter((p) => p.options.some((o) => o.id === id));
  if (owners.length) {
    return {
      exitCode: 0,
      stdout: `${owners
        .map((p) =>
          explainOption(
            p,
            p.options.find((o) => o.id === id)!,
          ),
        )
        .join('\n\n')}\n`,
      stderr: '',
    };
  }
  const tech = explainTechnology(id);
  if (tech) return { exitCode: 0, stdout: `${tech}\n`, stderr: '' };
  return {
    exitCode: 2,
    stdout: '',
    stderr: `unknown id "${id}": run "infra-arch explain" to list decision points, options, rules and checklist items, or name a technology the catalogue knows\n`,
  };
}

// Shows a domain: its purpose, each decision's options side by side, and the recommendation with its evidence.
import { domainInfo } from '../decide/domains.js';
import type { Decision, DecisionOption, DomainId } from '../types.js';

/** Greedy word wrap to `width` columns. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word.length > width ? word.slice(0, width) : word;
  }
  if (line) out.push(line);
  return out;
}

/** Unwrapped lines of one option; sideBySide wraps them to its column. */
function optionBlock(o: DecisionOption, chosen: boolean): string[] {
  return [
    `${chosen ? '★ ' : ''}${o.title}${chosen ? ' (recommended)' : ''}`,
    `score ${o.score} · cost ${o.costClass} · complexity ${o.complexity}/5`,
    '',
    ...o.pros.map((p) => `+ ${p}`),
    ...o.cons.map((c) => `− ${c}`),
  ];
}

/** Columns side by side, separated by a bar. */
export function sideBySide(blocks: string[][], width: number): string {
  const gap = ' │ ';
  const col = Math.max(20, Math.floor((width - gap.length * (blocks.length - 1)) / blocks.length));
  const wrapped = blocks.map((b) => b.flatMap((l) => (l ? wrap(l, col) : [''])));
  const rows = Math.max(...wrapped.map((b) => b.length));
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    out.push(
      wrapped
        .map((b) => (b[r] ?? '').padEnd(col))
        .join(gap)
        .trimEnd(),
    );
  return out.join('\n');
}

export function renderDecision(d: Decision, width: number): string {
  const blocks = d.options.map((o) => optionBlock(o, o.id === d.choice));
  const cite = d.evidence
    .slice(0, 4)
    .map((e) => `${e.file}:${e.line}`)
    .join(', ');
  const lines = [
    `◆ ${d.question}  (${d.id})`,
    sideBySide(blocks, width),
    '',
    ...wrap(`Recommendation: ${d.choiceTitle}. ${d.rationale}`, width),
  ];
  if (cite) lines.push(`  Evidence: ${cite}`);
  for (const a of d.assumptions) lines.push(...wrap(`  ${a}`, width));
  for (const n of d.notes) lines.push(...wrap(`  Note: ${n}`, width));
  return lines.join('\n');
}

export function renderDomain(domain: DomainId, decisions: Decision[], width = 100): string {
  const info = domainInfo(domain);
  const ds = decisions.filter((d) => d.domain === domain);
  const head = [`═══ ${info.title} ═══`, ...wrap(info.purpose, width), ''];
  if (!ds.length)
    return [...head, 'The knowledge base has no decision points for this domain yet; you can still add notes and run analyses.'].join('\n');
  return [...head, ...ds.map((d) => `${renderDecision(d, width)}\n`)].join('\n').trimEnd();
}

/** What a re-score changed, for the person to see. */
export function renderChanges(before: Decision[], after: Decision[]): string[] {
  const prev = new Map(before.map((d) => [d.id, d]));
  return after
    .filter((d) => prev.get(d.id) && prev.get(d.id)!.choice !== d.choice)
    .map((d) => `${d.id}: ${prev.get(d.id)!.choiceTitle} → ${d.choiceTitle}`);
}

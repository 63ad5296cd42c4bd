// One section per domain: the project's facts first, full options only for decisions that matter, the rest as adopted defaults.
import type { RootContent } from 'mdast';
import { domainInfo } from '../../decide/domains.js';
import type { Decision, DomainId } from '../../types.js';
import {
  commitmentEvidence,
  fullTableIds,
  isUndecided,
  reasonClause,
  reasons,
  optionHere,
  runnerUp,
  tradeOffs,
} from '../decision-prose.js';
import { code, h, p, strong, table, ul, type Inline } from '../md.js';
import type { RenderContext } from '../render-context.js';
import { quotedEvidence, withAlternativeEvidence } from '../excerpt-plan.js';
import { domainDetails } from './domain-details.js';
import { domainLead } from './domain-lead.js';
import { validationCriterion } from '../validation-criteria.js';
import { carriedHere } from '../carried-here.js';
import { listOf } from '../facts.js';
import { startsWithName } from '../proper-words.js';

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A catalogue phrase mid-sentence: "Managed on every cloud" → "managed on every cloud"; a name ("Entra ID …") keeps its capital. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) && !startsWithName(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The paragraph under a full options table: what was chosen and why, with at most two evidence links. */
/** What the paragraph adds when the table is cut short: alternatives nothing bears on, and the choice's own pros and cons. */
export interface ChoiceExtras {
  others?: string[];
  pros?: string[];
  cons?: string[];
  here?: string | null;
}

export function choiceParagraph(d: Decision, adr: string | undefined, c?: RenderContext, x: ChoiceExtras = {}): RootContent {
  const parts: Inline[] = [strong(`Choice: ${d.choiceTitle}.`), ' '];
  const why = reasons(d)
    .slice(0, 2)
    .map((e) => e.reason);
  const cited = quotedEvidence(d, c, 2);
  const runner = runnerUp(d);
  if (d.basis === 'user') parts.push('Chosen in the architecture session.');
  else if (d.basis === 'committed') {
    parts.push(commitmentEvidence(d).length ? 'Stated in the inputs' : 'Required by the inputs', ...cited, '.');
    if (why.length) parts.push(` It also suits the project: ${why.join('; ')}.`);
  } else if (isUndecided(d)) {
    parts.push(
      runner
        ? `No stated fact separates it from ${runner.title}; it is the default until someone confirms it (see Assumptions).`
        : 'No stated fact decides it; it is the default until someone confirms it (see Assumptions).',
    );
  } else {
    // The quote belongs to the strongest reason, so it follows that one; the second reason comes after.
    parts.push(sentence(why[0] ?? ''), ...cited, why[1] ? `; ${why[1]}.` : '.');
    if (runner) parts.push(` Runner-up: ${runner.title}.`);
  }
  const costs = d.basis === 'scored' ? [] : tradeOffs(d);
  if (costs.length) parts.push(` Trade-offs accepted: ${costs.join('; ')}.`);
  if (x.here) parts.push(` In this project: ${x.here}.`);
  if (x.pros?.length) parts.push(` For it: ${x.pros.map(lowerFirst).join('; ')}.`);
  const cons = (x.cons ?? []).filter((k) => !k.startsWith('Ruled out here'));
  if (cons.length) parts.push(` Against it: ${cons.map(lowerFirst).join('; ')}.`);
  const others = (x.others ?? []).filter((t) => t !== runner?.title || d.basis !== 'scored');
  if (others.length) parts.push(` Also weighed, with nothing in the inputs for or against: ${listOf(others)}.`);
  if (adr) parts.push(' Recorded in ', code(adr), '.');
  return p(...parts);
}

/** The choice and the runner-up, then only the options the inputs said something about: a third that nothing bears on says nothing here (it stays in the ADR and model.json). */
function shownOptions(d: Decision): Decision['options'] {
  const runner = runnerUp(d);
  return d.options.filter(
    (o) =>
      o.id === d.choice ||
      o === runner ||
      d.rejected.some((r) => r.id === o.id) ||
      d.explain.some((e) => e.option === o.id && e.delta !== 0),
  );
}

/** An alternative the inputs say nothing for or against: its catalogue pros and cons would read the same in every project. */
function silent(d: Decision, o: Decision['options'][number]): boolean {
  return o.id !== d.choice && optionHere(d, o.id) === 'nothing in the inputs bears on it';
}

function decisionBlock(d: Decision, adr: string | undefined, c: RenderContext): RootContent[] {
  const out: RootContent[] = [h(3, `${d.question} `, code(d.id))];
  const shown = shownOptions(d);
  const rows = shown.filter((o) => !silent(d, o));
  const here = carriedHere(d, c.model);
  const chosen = d.options.find((o) => o.id === d.choice);
  // A table of the choice alone compares nothing: its pros and cons go into the paragraph instead.
  const alone = rows.length === 1 && rows[0] === chosen;
  if (!alone)
    out.push(
      table(
        ['Option', 'In this project', 'Pros', 'Cons'],
        rows.map((o) => [
          o.id === d.choice ? strong(o.title) : o.title,
          o.id === d.choice
            ? here
              ? `${optionHere(d, o.id)}; here: ${here}`
              : optionHere(d, o.id)
            : withAlternativeEvidence(d, o.id, optionHere(d, o.id), c),
          o.pros.join('; '),
          o.cons.filter((x) => !x.startsWith('Ruled out here')).join('; ') || '—',
        ]),
      ),
    );
  out.push(
    choiceParagraph(d, adr, c, {
      others: shown.filter((o) => silent(d, o)).map((o) => o.title),
      ...(alone && chosen ? { pros: chosen.pros, cons: chosen.cons, here } : {}),
    }),
  );
  const extra = [...d.conflicts.map((x) => `Conflict: ${x}`), ...d.notes];
  if (extra.length) out.push(ul(extra));
  return out;
}

/** A reason no line of the inputs backs says so: it is the tool's inference from the other choices, not the project's words. */
function withoutEvidenceSaid(reason: string, cited: Inline[]): Inline[] {
  return cited.length ? [reason, ...cited] : [`${reason} (inferred; no line of the inputs states it)`];
}

/** One row per decision adopted without a full table: the choice, why in one line, and what came second. */
function defaultsTable(ds: Decision[], c: RenderContext): RootContent[] {
  if (!ds.length) return [];
  const rows = ds.map((d) => {
    const adr = c.adrs.find((a) => a.decisionId === d.id);
    const top = reasons(d)[0];
    // A stated choice quotes its commitment and then gives the reason; a scored one quotes its reason.
    const why: Inline[] =
      d.basis === 'committed'
        ? ['stated in the inputs', ...quotedEvidence(d, c, 1), ...(top ? [`; ${top.reason}`] : [])]
        : withoutEvidenceSaid(reasonClause(d), quotedEvidence(d, c, 1));
    return [
      [strong(d.choiceTitle), ' ', code(d.id)],
      [...why, ...(adr ? ['; ', code(adr.path)] : [])],
      runnerUp(d)?.title ?? '—',
      validationCriterion(d, c.model) ?? '—',
    ];
  });
  return [h(3, 'Defaults adopted'), table(['Choice', 'Why', 'Runner-up', 'Check'], rows)];
}

/** Nothing in the inputs bears on the choice: no reason, no excerpt, so a row of its own would say nothing about this project. */
function unsupported(d: Decision): boolean {
  return d.basis === 'scored' && (isUndecided(d) || !reasons(d).length);
}

/** The unsupported defaults of a domain in one sentence: each choice, its id and what came second. */
function unsupportedLine(ds: Decision[]): RootContent[] {
  if (!ds.length) return [];
  return [
    p(
      `${ds.length === 1 ? 'A default' : 'Defaults'} nothing in the inputs decides, to confirm or change: `,
      ...ds.flatMap((d, i) => {
        const r = runnerUp(d);
        return [i ? '; ' : '', strong(d.choiceTitle), ' ', code(d.id), ...(r ? [` (runner-up: ${r.title})`] : [])];
      }),
      '.',
    ),
  ];
}

export function domainSection(domain: DomainId, c: RenderContext): RootContent[] {
  const info = domainInfo(domain);
  const out: RootContent[] = [h(2, info.title)];
  const ds = c.decisions.filter((d) => d.domain === domain);
  const na = ds.length ? undefined : c.model.notApplicable?.find((x) => x.domain === domain);
  // A domain that does not apply to the product says why in one line: no zones, recovery targets or cost table beneath it.
  if (na) return [...out, p(na.reason), ...sessionParts(domain, c)];
  const lead = domainLead(domain, c);
  if (lead) out.push(p(lead));
  const full = fullTableIds(c.decisions);
  for (const d of ds.filter((x) => full.has(x.id))) out.push(...decisionBlock(d, c.adrs.find((a) => a.decisionId === d.id)?.path, c));
  const rest = ds.filter((x) => !full.has(x.id));
  out.push(
    ...defaultsTable(
      rest.filter((x) => !unsupported(x)),
      c,
    ),
    ...unsupportedLine(rest.filter(unsupported)),
  );
  if (!ds.length) out.push(p('No decision point in this domain applies to this project.'));
  out.push(...domainDetails(domain, c), ...sessionParts(domain, c));
  return out;
}

/** What the session added to a domain: notes and the results of actions run on it. */
function sessionParts(domain: DomainId, c: RenderContext): RootContent[] {
  const out: RootContent[] = [];
  const notes = c.sectionNotes?.[domain] ?? [];
  if (notes.length) out.push(h(3, 'Notes from the session'), ...notes.map((n) => p(n)));
  const results = c.actionResults?.[domain] ?? [];
  for (const r of results)
    out.push(
      h(3, r.title),
      ...r.body
        .split(/\n{2,}/)
        .filter((x) => x.trim())
        .map((para) => p(para)),
    );
  return out;
}

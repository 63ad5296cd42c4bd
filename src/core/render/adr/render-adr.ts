// Renders one decision as a MADR 4 record: front matter, context, drivers, options, outcome, consequences, confirmation.
import type { RootContent } from 'mdast';
import { findPoint } from '../../decide/registry.js';
import type { Decision, InfraModel, Profile } from '../../types.js';
import { evidenceList, relativeTo } from '../evidence-links.js';
import { code, h, link, p, ul } from '../md.js';
import { ADR_DIR, DOC_PATH, type AdrRef } from '../render-context.js';
import { toMarkdown } from '../serialize.js';
import { validationCriterion } from '../validation-criteria.js';
import { isUndecided, reasons } from '../decision-prose.js';
import { startsWithName } from '../proper-words.js';

export function renderAdr(ref: AdrRef, d: Decision, model: InfraModel, _profile: Profile, date: string, blocked: boolean): string {
  const meta = findPoint(d.id)?.meta;
  const status = d.assumptions.length || blocked ? 'proposed' : 'accepted';
  const drivers = d.explain
    .filter((e) => e.option === d.choice && e.delta > 0 && e.reason !== 'the inputs commit to it')
    .map((e) => (e.evidence.length ? [`${e.reason} (`, ...evidenceList(ADR_DIR, e.evidence, 2), ')'] : [e.reason]));
  if (d.basis === 'committed')
    drivers.unshift(['the planning documents already commit to this choice (', ...evidenceList(ADR_DIR, d.evidence, 3), ')']);
  if (d.basis === 'user') drivers.unshift(['chosen by the team during the architecture session']);
  if (!drivers.length) drivers.push(['no fact in the inputs decides this; the recommendation follows the knowledge base defaults']);
  const chosen = d.options.find((o) => o.id === d.choice) ?? d.options[0];
  const body: RootContent[] = [
    h(1, ref.title),
    h(2, 'Context and Problem Statement'),
    p(`${d.question} ${meta?.docs ?? ''}`),
    h(2, 'Decision Drivers'),
    ul(drivers),
    h(2, 'Considered Options'),
    ul(d.options.map((o) => [o.title])),
    h(2, 'Decision Outcome'),
    p(`Chosen option: "${d.choiceTitle}", because ${outcomeReason(d)}.`),
    h(3, 'Consequences'),
    ul([...(chosen?.pros ?? []).map((x) => `Good, because ${lower(x)}`), ...(chosen?.cons ?? []).map((x) => `Bad, because ${lower(x)}`)]),
    h(3, 'Confirmation'),
    p(validationCriterion(d, model) ?? 'The IaC and the running system match this record at the next architecture review.'),
    h(2, 'Pros and Cons of the Options'),
    ...d.options.flatMap((o): RootContent[] => [
      h(3, o.title),
      p(o.summary),
      ul([...o.pros.map((x) => `Good, because ${lower(x)}`), ...o.cons.map((x) => `Bad, because ${lower(x)}`)]),
    ]),
    h(2, 'More Information'),
    p(
      'Decision point ',
      code(d.id),
      '; evidence: ',
      ...evidenceList(ADR_DIR, d.evidence, 8, true),
      '. Part of ',
      link(relativeTo(ADR_DIR, DOC_PATH), 'the infrastructure architecture'),
      '.',
    ),
  ];
  const notes = [
    ...d.assumptions,
    ...d.conflicts.map((x) => `Conflict: ${x}`),
    ...d.rejected.map((r) => `Ruled out: ${r.title}: ${r.reason}`),
  ];
  if (notes.length) body.push(ul(notes));
  const front = `---\nstatus: ${status}\ndate: ${date}\ndecision-makers: architect and platform team (drafted by infra-arch)\n---\n\n`;
  return front + toMarkdown({ type: 'root', children: body });
}

/** Why, in one clause, without repeating the option's name ("X, because X fits best"). */
function outcomeReason(d: Decision): string {
  const why = reasons(d)
    .slice(0, 3)
    .map((e) => e.reason);
  if (d.basis === 'user') return 'the team chose it during the architecture session';
  if (d.basis === 'committed')
    return why.length ? `the planning documents commit to it, and ${why.join('; ')}` : 'the planning documents commit to it';
  if (isUndecided(d) || !why.length)
    return 'no stated fact separates the options, so the knowledge base default stands until someone confirms it';
  return why.join('; ');
}

/** Lower-cases the first letter after "Good, because", unless the first word is a name (a known technology word, an acronym). */
export function lower(s: string): string {
  if (!/^[A-Z][a-z]/.test(s) || startsWithName(s)) return s;
  return s[0].toLowerCase() + s.slice(1);
}

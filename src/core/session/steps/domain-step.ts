// Steps 3a–3f for one domain: purpose, options, recommendation, feedback and analyses until the section is final.
import { findAction } from '../../actions/registry.js';
import { resultToText } from '../../actions/render-result.js';
import { domainInfo } from '../../decide/domains.js';
import type { DomainId } from '../../types.js';
import { parseConstraint } from '../constraint-parser.js';
import { commit, decisionsOf, modelOf, type SessionDeps } from '../deps.js';
import { progressLine } from '../progress.js';
import { FEEDBACK_CHOICES, FEEDBACK_MESSAGE } from '../prompts.js';
import { renderChanges, renderDomain } from '../render-domain.js';
import type { SessionState } from '../state.js';
import { askAction, askChoose, askConstraint, askKeep, askNote, askPriority } from './feedback-questions.js';

export async function runDomain(start: SessionState, deps: SessionDeps, domain: DomainId): Promise<SessionState> {
  const { prompter: p, profile } = deps;
  const info = domainInfo(domain);
  let s =
    start.domains[domain].status === 'in-progress' && start.domain === domain
      ? start
      : commit(deps, start, { type: 'open-domain', domain });
  let decisions = decisionsOf(profile, s);
  p.say(`\n${progressLine(s, domain)}\n\n${renderDomain(domain, decisions, deps.width)}\n`);

  while (s.domains[domain].status !== 'finalised') {
    const ds = decisions.filter((d) => d.domain === domain);
    const kind = await p.select({
      key: `feedback:${domain}`,
      message: FEEDBACK_MESSAGE(info.title),
      choices: FEEDBACK_CHOICES.filter((c) => c.value !== 'choose' || ds.length > 0),
      default: 'accept',
    });
    const before = decisions;
    if (kind === 'accept') {
      s = commit(deps, s, { type: 'feedback', domain, entry: { accept: true } });
      break;
    }
    if (kind === 'action') {
      const id = await askAction(p, domain, info.title);
      if (id === 'finalise') {
        s = commit(deps, s, { type: 'feedback', domain, entry: { finalise: true } });
        break;
      }
      const result = findAction(id)!.run({ profile, decisions, model: modelOf(profile, decisions), domain });
      p.say(`\n${resultToText(result, deps.width)}`);
      const keep = await askKeep(p, domain);
      s = commit(deps, s, { type: 'feedback', domain, entry: { action: id, keep }, result });
      continue;
    }
    const entry =
      kind === 'choose'
        ? await askChoose(p, domain, ds)
        : kind === 'priority'
          ? await askPriority(p, domain, s.user.priorities)
          : kind === 'constraint'
            ? await askConstraint(p, domain)
            : await askNote(p, domain, ds);
    if (!entry) continue;
    const constraint = 'constraint' in entry ? parseConstraint(entry.constraint) : undefined;
    s = commit(deps, s, { type: 'feedback', domain, entry, constraint });
    if (constraint && !constraint.excludes.length && !constraint.requires.length)
      p.say('  (No technology recognised in that constraint; it is kept in the document as written.)');
    else if (constraint)
      p.say(
        `  Constraint read as: ${[...constraint.excludes.map((x) => `exclude ${x}`), ...constraint.requires.map((x) => `require ${x}`)].join(', ')}.`,
      );
    if ('note' in entry) {
      p.say('  Note added.');
      continue;
    }
    decisions = decisionsOf(profile, s);
    const changes = renderChanges(before, decisions);
    const elsewhere = changes.filter((c) => !c.startsWith(`${domain}.`));
    p.say(
      `\n${changes.length ? `Re-scored. Changed: ${changes.join('; ')}` : 'Re-scored. No recommendation changed.'}${elsewhere.length ? '\n  (Changes outside this section apply too; finalised sections follow the new inputs.)' : ''}\n\n${renderDomain(domain, decisions, deps.width)}\n`,
    );
  }
  return s;
}

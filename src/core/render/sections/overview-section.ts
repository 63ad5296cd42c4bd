// Overview: what is being built, on what, where, and the headline decisions.
import type { RootContent } from 'mdast';
import { techName } from '../../model/tech-catalog.js';
import { fullTableIds } from '../decision-prose.js';
import { article, inSentence, knownRegions, listOf } from '../facts.js';
import { h, p } from '../md.js';
import type { RenderContext } from '../render-context.js';

const KEY = [
  'cloud.primary-platform',
  'cloud.strategy',
  'compute.runtime',
  'data.primary-database',
  'network.topology',
  'security.identity',
  'cicd.pipeline-platform',
  'cicd.iac-tool',
  'dr.strategy-tier',
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function overviewSection(c: RenderContext): RootContent[] {
  const { model: m, profile: pr } = c;
  const platform = m.platform.primary === 'unknown' ? null : inSentence(techName(m.platform.primary));
  const others = m.platform.providers.filter((x) => x !== m.platform.primary).map(techName);
  const where = knownRegions(m).primary;
  const style = pr.architectureStyle?.value;
  const what = style ? `${m.project} is ${article(style)} ${style} system` : m.project;
  const on = platform
    ? `${style ? ' on' : ' runs on'} ${platform}${others.length ? ` with ${listOf(others)}` : ''}`
    : m.notApplicable?.some((x) => x.domain === 'cloud')
      ? ''
      : `${style ? ',' : ''} on a platform still to be confirmed`;
  // How the code is kept is context for the pipeline, not a target: one clause here rather than a requirements row.
  const repo = pr.repositoryStrategy?.value;
  const kept = !repo
    ? ''
    : repo === 'monorepo'
      ? ', kept in one repository'
      : repo === 'polyrepo'
        ? ', kept in several repositories'
        : `, kept as ${article(repo)} ${repo}`;
  const full = fullTableIds(c.decisions).size;
  const out: RootContent[] = [h(2, 'Overview')];
  out.push(
    p(
      `${what}${on}${where.length ? ` in ${listOf(where)}` : ''}${kept}: ${plural(m.environments.length, 'environment')}, ${plural(m.compute.length, 'compute unit')} and ${plural(m.dataStores.length, 'data store')}. ` +
        `Of its ${c.decisions.length} infrastructure decisions, ${full} are compared option by option below (the high-impact, conflicting and close ones); the rest are defaults, one line each with the runner-up.`,
    ),
  );
  const key = KEY.map((id) => c.decisions.find((d) => d.id === id)).filter(
    (d): d is NonNullable<typeof d> => !!d && d.id !== 'cloud.primary-platform',
  );
  const stated = key.filter((d) => d.basis === 'committed').map((d) => d.choiceTitle);
  const chosen = key.filter((d) => d.basis !== 'committed').map((d) => d.choiceTitle);
  const parts = [
    stated.length ? `the inputs fix ${listOf(stated)}` : null,
    chosen.length ? `this document chooses ${listOf(chosen)}` : null,
  ].filter((x): x is string => !!x);
  if (parts.length) out.push(p(`Headline decisions: ${parts.join('; ')}.`));
  return out;
}

// Action 3: the controls each stated regime needs, mapped to the decisions that meet them, and the gaps.
import { ProfileView } from '../decide/profile-view.js';
import type { Decision } from '../types.js';
import { defineAction, type ActionContext } from './action.js';
import { kb } from '../knowledge/active.js';
import { refName } from '../model/model-ref.js';
import { BASELINE_CONTROLS, CONTROLS, REGIME_CONTROLS, type Control } from './compliance-controls.js';
import { primaryPlatform } from './serving-stack.js';

type Status = 'met' | 'partial' | 'gap';

interface Check {
  status: Status;
  by: string;
}

function byDecisions(control: Control, decisions: Decision[]): Check {
  const decided = control.points.map((p) => decisions.find((d) => d.id === p)).filter((d): d is Decision => !!d);
  // A decision typed none (no WAF, no residency constraint) is decided, but it meets nothing.
  const found = decided.filter((d) => d.attributes?.none !== true);
  const named = (ds: Decision[]) => ds.map((d) => `${d.choiceTitle} (${d.id})`).join('; ');
  if (!found.length)
    return { status: 'gap', by: decided.length ? `${named(decided)}: adds no control` : `no decision yet (${control.points.join(', ')})` };
  const full = found.length === control.points.length || control.points.length === 1;
  return { status: full ? 'met' : 'partial', by: named(found) };
}

function check(control: Control, ctx: ActionContext): Check {
  const v = new ProfileView(ctx.profile);
  if (control.id === 'baa') {
    const platforms = [...new Set([primaryPlatform(ctx), ...ctx.profile.cloudProviders.map((c) => c.id)].filter((x): x is string => !!x))];
    // How each platform offers a HIPAA BAA, from its catalogue record: standard terms, certain plans only, or its own.
    const baa = (p: string) => kb().tech(p)?.attestations?.hipaa;
    const missing = platforms.filter((p) => baa(p) !== 'standard' && baa(p) !== 'self');
    if (!platforms.length) return { status: 'gap', by: 'no platform decided' };
    if (!missing.length) return { status: 'met', by: `${platforms.join(', ')} sign a BAA on standard terms` };
    const special = missing.filter((p) => baa(p) === 'plan');
    return special.length === missing.length
      ? { status: 'partial', by: `${special.join(', ')}: BAA only on specific (enterprise/add-on) plans` }
      : { status: 'gap', by: `${missing.filter((p) => !special.includes(p)).join(', ')}: no BAA offered` };
  }
  const base = byDecisions(control, ctx.decisions);
  const m = ctx.model;
  if (control.id === 'enc-rest' && m) {
    const plain = m.dataStores.filter((d) => !d.encrypted);
    if (plain.length) return { status: 'gap', by: `unencrypted in the model: ${plain.map((d) => d.name).join(', ')}` };
    if (base.status === 'gap' && m.dataStores.length)
      return { status: 'met', by: `model: all ${m.dataStores.length} data stores encrypted (${m.security.encryption})` };
  }
  if (control.id === 'waf' && m?.security.waf && base.status === 'gap')
    return { status: 'met', by: `model: ${refName(m.security.waf, ctx.decisions)}` };
  if (control.id === 'residency') {
    const eu = v.euResidency();
    const needsEu = !!v.compliance('gdpr');
    if (base.status !== 'gap') return base;
    if (needsEu && eu) return { status: 'met', by: `EU regions stated (${eu[0]?.file}:${eu[0]?.line})` };
    if (v.regions().length) return { status: 'partial', by: `regions ${v.regions().join(', ')} stated; no residency decision` };
  }
  return base;
}

export const securityCompliance = defineAction(
  {
    id: 'security-compliance',
    number: 3,
    title: 'Security Architecture & Compliance Deep Dive',
    description: 'The controls each stated regime needs, mapped to the decisions that meet them, and the gaps.',
  },
  (ctx) => {
    const regimes = ctx.profile.compliance.map((c) => c.id).filter((id) => REGIME_CONTROLS[id]);
    const unknown = ctx.profile.compliance.map((c) => c.id).filter((id) => !REGIME_CONTROLS[id]);
    const plan: { regime: string; controls: string[] }[] = regimes.length
      ? regimes.map((r) => ({ regime: r, controls: REGIME_CONTROLS[r] }))
      : [{ regime: 'baseline', controls: BASELINE_CONTROLS }];
    const table = [['Regime', 'Control', 'Met by', 'Status']];
    const gaps = new Map<string, string[]>();
    let met = 0;
    let total = 0;
    for (const { regime, controls } of plan) {
      for (const id of controls) {
        const c = CONTROLS[id];
        const r = check(c, ctx);
        table.push([regime, c.title, r.by, r.status]);
        total++;
        if (r.status === 'met') met++;
        else gaps.set(c.title, [...(gaps.get(c.title) ?? []), regime]);
      }
    }
    const findings: string[] = [];
    for (const [title, rs] of gaps) findings.push(`Gap: ${title} — needed by ${rs.join(', ')}.`);
    for (const d of ctx.model?.dataStores.filter((x) => x.publicEndpoint) ?? [])
      findings.push(`${d.name} has a public endpoint; regulated data should sit behind private connectivity.`);
    if (unknown.length) findings.push(`No control map for ${unknown.join(', ')}; review those obligations by hand.`);
    if (!regimes.length)
      findings.unshift('No compliance regime is stated; the baseline controls every production system needs were checked.');
    const pending = table.some((r) => r[2].startsWith('no decision yet'));
    const domainGaps = pending ? ' (some controls wait on decisions not made yet)' : '';
    const summary = `${met} of ${total} required controls met${regimes.length ? ` for ${regimes.join(', ')}` : ' (baseline)'}; ${gaps.size} distinct gap${gaps.size === 1 ? '' : 's'}${domainGaps}.`;
    return { summary, table, findings, assumptions: [] };
  },
);

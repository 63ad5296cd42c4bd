// Security deep dive: every stated regime's controls are listed, mapped to decisions, gaps named.
import { describe, expect, it } from 'vitest';
import { REGIME_CONTROLS } from '../../../src/core/actions/compliance-controls.js';
import { corpusProfile } from './corpus-profile.js';
import { runAction } from './run-action.js';
import { findAction } from '../../../src/core/actions/registry.js';
import { makeDecisions } from '../../helpers/make-model.js';
import { makeProfile } from '../../helpers/make-profile.js';

describe('security and compliance deep dive (action 3)', () => {
  it('discard: PCI-DSS, SOC 2, GDPR and CCPA each get their full control list', () => {
    const r = runAction('security-compliance', corpusProfile('discard-technologies--discard'), 'security');
    const rows = r.table!.slice(1);
    for (const regime of ['pci-dss', 'soc2', 'gdpr', 'ccpa'])
      expect(rows.filter((x) => x[0] === regime)).toHaveLength(REGIME_CONTROLS[regime].length);
    const met = rows.filter((x) => x[3] === 'met').length;
    expect(r.summary.startsWith(`${met} of ${rows.length} required controls met`)).toBe(true);
    for (const row of rows.filter((x) => x[3] === 'gap')) expect(r.findings.some((f) => f.includes(row[1]))).toBe(true);
  });

  it('voice-agent on AWS: the HIPAA BAA control is met', () => {
    const r = runAction('security-compliance', corpusProfile('bobert39--voice-agent'), 'security');
    const baa = r.table!.find((x) => x[1].startsWith('Business associate agreement'))!;
    expect(baa[3]).toBe('met');
  });

  it('vetnet on CloudKit: HIPAA without a BAA-signing provider is a gap', () => {
    const r = runAction('security-compliance', corpusProfile('moroverse--vetnet'), 'security');
    const baa = r.table!.find((x) => x[1].startsWith('Business associate agreement'))!;
    expect(baa[3]).toBe('gap');
    expect(baa[2]).toMatch(/cloudkit: no BAA offered/);
  });

  it('no regime: baseline controls', () => {
    const r = runAction('security-compliance', corpusProfile('hookey13--genesis'), 'security');
    expect(r.table!.slice(1).every((x) => x[0] === 'baseline')).toBe(true);
  });
});

describe('a decision typed none meets no control (its attribute, not its id)', () => {
  const run = (choices: Record<string, string>) =>
    findAction('security-compliance')!.run({
      profile: makeProfile({ compliance: ['pci-dss', 'gdpr'] }),
      decisions: makeDecisions(choices),
      model: null,
      domain: 'security',
    });
  const row = (choices: Record<string, string>, control: string) => run(choices).table!.find((x) => x[1].startsWith(control))!;
  it.each([
    // Rate limiting in the app is typed none for the WAF point, although its id says nothing of it.
    [{ 'network.waf': 'app-rate-limiting' }, 'Web application firewall', 'gap', /adds no control/],
    [{ 'network.waf': 'cloudflare-waf' }, 'Web application firewall', 'met', /network\.waf/],
    [
      { 'data.residency': 'no-constraint', 'cloud.region-strategy': 'single-region-multi-az' },
      'Data stays',
      'partial',
      /cloud\.region-strategy/,
    ],
    [{}, 'Web application firewall', 'gap', /no decision yet/],
  ])('%j: %s is %s', (choices, control, status, by) => {
    const r = row(choices, control);
    expect(r[3]).toBe(status);
    expect(r[2]).toMatch(by);
  });
});

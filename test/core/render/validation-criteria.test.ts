// The check per decision comes from the chosen option when it has one, else from its point, both kept with the point.
import { describe, expect, it } from 'vitest';
import { validationCriterion } from '../../../src/core/render/validation-criteria.js';
import { POINTS } from '../../../src/core/decide/registry.js';
import { makeDecisions, makeModel } from '../../helpers/make-model.js';

const check = (id: string, choice: string, over = {}) => validationCriterion(makeDecisions({ [id]: choice })[0], makeModel(over));

describe('validation criteria', () => {
  it.each([
    ['dr.failover', 'manual-runbook', /^Someone other than its author follows the failover runbook/],
    ['dr.failover', 'dns-failover', /^Stopping api in the primary location in a drill moves traffic through dns-failover/],
    ['data.cache', 'in-process', /^No shared cache appears in the IaC/],
    ['data.cache', 'redis', /^Flushing redis in staging/],
    ['dr.backup-location', 'same-region-other-zone', /^Backups of db are listed in a second zone/],
  ])('%s chosen as %s reads as its own check', (id, choice, want) => {
    expect(check(id, choice)).toMatch(want);
  });

  it('names the model facts a check depends on', () => {
    expect(check('cloud.region-strategy', 'single-region-multi-az')).toContain('outside eu-west-1');
    expect(check('cicd.iac-tool', 'terraform')).toBe('Planning terraform against prod shows no changes (no drift), with db in its state.');
    expect(check('data.messaging', 'none')).toMatch(/^No queue or broker appears in the IaC; calls from api /);
    expect(
      check('dr.strategy-tier', 'warm-standby', { dr: { tier: 'Warm standby', rtoMinutes: 90, rpoMinutes: 5, backupRegion: null } }),
    ).toBe('A recovery drill restores db and brings api back within 1.5 h, losing at most 5 min of data.');
  });

  // These checks once read the same in every project; each now names something of this model (its units, stores, pipeline).
  it.each([
    ['collaboration.change-management', 'pr-review-with-plan', 'api'],
    ['cost.allocation', 'tags-per-service', 'db'],
    ['evolution.migration-path', 'paas-then-hyperscaler', 'db'],
    ['evolution.portability', 'embrace-provider', 'db'],
    ['data.cache', 'in-process', 'api'],
    ['cicd.gitops', 'pipeline-push', 'api'],
    ['environments.previews', 'shared-staging', 'api'],
    ['dr.failover', 'manual-runbook', 'api'],
  ])('%s (%s) names %s from the model', (id, choice, name) => {
    expect(check(id, choice)).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('is null for a point the registry does not know', () => {
    expect(check('cloud.unknown-point', 'x')).toBeNull();
  });

  it('never echoes an option title as if it were a requirement ("covers Manual runbook")', () => {
    for (const p of POINTS)
      for (const o of p.options) {
        const text = check(p.meta.id, o.id) ?? '';
        expect(text, `${p.meta.id}/${o.id}`).not.toMatch(/\bcovers\b/);
      }
  });
});

// One DR tier, one set of numbers: the model, the document's proposed targets, the review's tier capability and the reliability analysis all read the catalogue by the tier's id.
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../src/core/knowledge/active.js';
import { drTierById, drTiers } from '../../../src/core/actions/dr-tiers.js';
import { findAction } from '../../../src/core/actions/registry.js';
import { minutes } from '../../../src/core/actions/format.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { tierCapability } from '../../../src/core/review/knowledge/topology.js';
import { makeRuleContext } from '../../../src/core/review/rule-context.js';
import { domainDetails } from '../../../src/core/render/sections/domain-details.js';
import { toMarkdown } from '../../../src/core/render/serialize.js';
import { makeDecisions, makeModel } from '../../helpers/make-model.js';
import { makeProfile } from '../../helpers/make-profile.js';

const kb = builtinCatalogue();
const fmt = (m: number) => (m >= 60 ? `${+(m / 60).toFixed(1)} h` : `${m} min`);
const TIERS = kb.drTiers().filter((t) => t.rtoMinutes !== null);

describe('DR tier figures', () => {
  it.each(TIERS.map((t) => [t.id, t.name, t.rtoMinutes!, t.rpoMinutes!] as const))(
    '%s has the same RTO and RPO everywhere',
    (id, name, rto, rpo) => {
      // The model carries the tier's id from the decision's typed attributes.
      const decisions = makeDecisions({ 'dr.strategy-tier': id, 'data.backup': 'daily-snapshots' });
      expect(deriveModel(makeProfile(), decisions).dr.tierId).toBe(id);
      expect(drTierById(id)).toMatchObject({ id, rtoMinutes: rto, rpoMinutes: rpo });
      // Reliability analysis, from the decision and from a model read without decisions.
      const reliability = findAction('reliability')!;
      const says = `recovers in about ${minutes(rto)} with up to ${minutes(rpo)} of data loss`;
      expect(reliability.run({ profile: makeProfile(), decisions, model: null, domain: 'dr' }).findings.join('\n')).toContain(says);
      // Review (without continuous backups, so point-in-time recovery does not shorten the RPO).
      const model = makeModel({ dr: { tier: `Our ${id} plan`, tierId: id, rtoMinutes: null, rpoMinutes: null, backupRegion: null } });
      expect(reliability.run({ profile: makeProfile(), decisions: [], model, domain: 'dr' }).findings.join('\n')).toContain(says);
      model.dataStores = model.dataStores.map((d) => ({ ...d, backup: 'daily snapshots' }));
      const ctx = makeRuleContext(makeProfile(), decisions, model);
      expect(tierCapability(ctx)).toMatchObject({ rto: rto, rpo: rpo });
      // Review without decisions reads the model's tier id, not its title.
      expect(tierCapability(makeRuleContext(makeProfile(), [], model))).toMatchObject({ tier: id, rto: rto });
      // Document: the proposed targets when the inputs state none.
      const text = toMarkdown({
        type: 'root',
        children: domainDetails('dr', {
          profile: makeProfile(),
          decisions: [],
          model,
          concerns: [],
          status: 'complete',
          assumptions: [],
          openQuestions: [],
          diagrams: [],
          date: '2026-01-15',
          adrs: [],
        }),
      });
      expect(text).toContain(`| RTO | ${fmt(rto)} `);
      expect(text).toContain(`| RPO | ${fmt(rpo)} `);
    },
  );

  it('lists the recovering tiers cheapest first, faster each step', () => {
    const list = drTiers();
    expect(list.map((t) => t.id)).toEqual(['backup-restore', 'pilot-light', 'warm-standby', 'active-active']);
    for (let i = 1; i < list.length; i++) expect(list[i].rtoMinutes).toBeLessThan(list[i - 1].rtoMinutes);
  });
});

// One DR tier, one set of numbers: the document's proposed targets, the review's tier capability and the reliability analysis all read the catalogue.
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../src/core/knowledge/active.js';
import { drTierOf, drTiers } from '../../../src/core/actions/dr-tiers.js';
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
      // Reliability analysis.
      expect(drTierOf(name)).toMatchObject({ id, rtoMinutes: rto, rpoMinutes: rpo });
      // Review (without continuous backups, so point-in-time recovery does not shorten the RPO).
      const model = makeModel({ dr: { tier: name, rtoMinutes: null, rpoMinutes: null, backupRegion: null } });
      model.dataStores = model.dataStores.map((d) => ({ ...d, backup: 'daily snapshots' }));
      const ctx = makeRuleContext(makeProfile(), makeDecisions({ 'dr.strategy-tier': id, 'data.backup': 'daily-snapshots' }), model);
      expect(tierCapability(ctx)).toMatchObject({ rto: rto, rpo: rpo });
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
      expect(text).toContain(`| RTO | ${fmt(rto)} proposed for ${name.toLowerCase()}`);
      expect(text).toContain(`| RPO | ${fmt(rpo)} proposed for ${name.toLowerCase()}`);
    },
  );

  it('lists the recovering tiers cheapest first, faster each step', () => {
    const list = drTiers();
    expect(list.map((t) => t.id)).toEqual(['backup-restore', 'pilot-light', 'warm-standby', 'active-active']);
    for (let i = 1; i < list.length; i++) expect(list[i].rtoMinutes).toBeLessThan(list[i - 1].rtoMinutes);
  });
});

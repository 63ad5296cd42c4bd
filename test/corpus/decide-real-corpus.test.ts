// The decision engine on the real extractor's profiles: every decision is justified, and committed tools are honoured.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../src/core/decide/decide.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import { readProject } from '../../src/io/read-project.js';
import { PROJECTS, projectDir, readLabels } from './corpus.js';
import { settle } from './expected-failures.js';

const projects = PROJECTS;

/** Which decision point must honour a committed id of each labelled field. */
const POINT_OF: Record<string, (id: string) => string> = {
  cloud_providers: () => 'cloud.primary-platform',
  iac_tools: () => 'cicd.iac-tool',
  ci_cd: (id) => (id === 'argocd' || id === 'flux' ? 'cicd.gitops' : 'cicd.pipeline-platform'),
};

describe.skipIf(!projects.length)('decisions on the real corpus profiles', () => {
  const tally = { decisions: 0, honoured: 0, missed: [] as string[] };
  for (const slug of projects) {
    it(slug, () => {
      const { profile } = extractProfile(readProject(projectDir(slug), { parseCache: false }).docs);
      const decisions = decideAll(profile);
      for (const d of decisions) {
        tally.decisions++;
        expect(d.options.length, d.id).toBeGreaterThanOrEqual(2);
        for (const o of d.options) expect(o.pros.length > 0 && o.cons.length > 0, `${d.id}/${o.id}`).toBe(true);
        expect(
          d.evidence.length > 0 || d.assumptions.some((a) => a.startsWith('[ASSUMPTION]')) || d.basis === 'user',
          `${d.id} cites nothing`,
        ).toBe(true);
      }
      // A technology the extractor found committed, and the labels confirm, is the choice or carried alongside.
      const labels = readLabels<Record<string, string[]>>(slug);
      const missed: string[] = [];
      const found = new Set([...profile.cloudProviders, ...profile.iacTools, ...profile.ciCd].map((f) => f.id));
      for (const [field, pointOf] of Object.entries(POINT_OF)) {
        for (const id of labels[field] ?? []) {
          if (!found.has(id)) continue;
          const d = decisions.find((x) => x.id === pointOf(id));
          // A point that does not apply to the product (a device in the field has no hosting platform) contradicts nothing.
          if (!d) continue;
          const carried =
            d.choice === id ||
            d.alsoCommitted.includes(id) ||
            (field === 'cloud_providers' && decisions.some((x) => x.choice === id || x.alsoCommitted.includes(id)));
          if (carried) tally.honoured++;
          else missed.push(`${id} not carried by ${d.id} (chose ${d.choice})`);
        }
      }
      tally.missed.push(...missed.map((m) => `${slug}: ${m}`));
      settle(slug, 'decide.real-commitments', missed);
    });
  }
  it('prints the totals: every committed cloud, IaC and CI/CD tool is honoured', () => {
    console.log(
      `decisions checked: ${tally.decisions}; committed tools honoured: ${tally.honoured}; contradictions: ${tally.missed.length}`,
    );
    expect(tally.honoured).toBeGreaterThan(0);
  });
});

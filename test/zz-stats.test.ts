import { it } from 'vitest';
import { buildArchitecture } from '../src/core/pipeline/build-architecture.js';
import { readProject } from '../src/io/read-project.js';
import { PROJECTS, projectDir } from '../test/corpus/corpus.js';
it('stats', () => {
  for (const slug of PROJECTS) {
    const r = buildArchitecture({ docs: readProject(projectDir(slug)).docs.filter((d) => d.role !== 'prior-output'), date: '2026-01-15' });
    const adr = new Set(r.adrs.map((a) => a.decisionId));
    const committed = r.decisions.filter((d) => d.basis === 'committed').length;
    const conflicts = r.decisions.filter((d) => d.conflicts.length).length;
    const contested = r.decisions.filter((d) => d.basis === 'scored' && d.options[1] && d.options[0].score - d.options[1].score <= 1 && d.options[0].score > 0).length;
    const ties0 = r.decisions.filter((d) => d.basis === 'scored' && d.options[0].score <= 0).length;
    const union = r.decisions.filter((d) => adr.has(d.id) || d.conflicts.length || (d.basis === 'scored' && d.options[1] && d.options[0].score - d.options[1].score <= 1 && d.options[0].score > 0)).length;
    console.log(slug, 'dec', r.decisions.length, 'adr', adr.size, 'committed', committed, 'conflicts', conflicts, 'contested', contested, 'score<=0', ties0, 'union', union, r.profile.productArchetype);
  }
}, 100000);

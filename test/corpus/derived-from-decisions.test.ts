// Over every corpus project: environments, pipeline stages, compute units, regions and cost lines hold only what the decisions chose.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../src/core/decide/decide.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import { deriveModel } from '../../src/core/model/derive-model.js';
import { readProject } from '../../src/io/read-project.js';
import { derivedMismatches } from '../helpers/derived-invariants.js';
import { CORPUS, PROJECTS } from './corpus.js';

describe.skipIf(!CORPUS)('corpus: derived tables come only from decisions', () => {
  const rows: string[] = [];
  it.each(PROJECTS)('%s', (name) => {
    const { profile } = extractProfile(readProject(join(CORPUS!, name)).docs);
    const decisions = decideAll(profile);
    const model = deriveModel(profile, decisions);
    const found = derivedMismatches(decisions, model);
    rows.push(
      `${name.padEnd(42)} envs ${model.environments.map((e) => e.id).join(',')}  gates ${model.pipelines[0]?.stages.filter((s) => s.approval).length ?? 0}  costs ${model.costLines.length}  mismatches ${found.length}`,
    );
    expect(found).toEqual([]);
  });

  it('prints the figures', () => {
    console.log(`\nDerived tables per project\n${rows.sort().join('\n')}\n`);
    expect(rows.length).toBe(PROJECTS.length);
  });
});

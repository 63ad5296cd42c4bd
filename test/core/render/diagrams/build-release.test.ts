// A product the team does not host gets a build-and-release diagram in place of the network topology; both parse.
import { describe, expect, it } from 'vitest';
import { renderDiagrams } from '../../../../src/core/render/diagrams/render-diagrams.js';
import { parseAll } from '../../../../src/io/mermaid/load-mermaid.js';
import { makeModel, unit } from '../../../helpers/make-model.js';

describe('build and release diagram', () => {
  it.each([
    ['hosted-service', 'network-topology'],
    [null, 'network-topology'],
    ['client-app', 'build-release'],
    ['library-or-cli', 'build-release'],
  ] as const)(
    '%s → %s',
    async (archetype, id) => {
      const m = makeModel({ compute: [unit('desktop shell with a very long name for the tray and the updater', 'docker')] });
      const ds = renderDiagrams(m, archetype);
      expect(ds).toHaveLength(6);
      expect(ds[1].id).toBe(id);
      const parsed = await parseAll([ds[1].source]);
      expect(parsed[0].ok, parsed[0].error).toBe(true);
      expect(ds[1].source).not.toContain('…');
    },
    60_000,
  );
});

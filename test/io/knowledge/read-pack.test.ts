// A knowledge file is checked at load: a bad one fails with the file and the line of the offending value.
import { describe, expect, it } from 'vitest';
import { KnowledgeError, parseKnowledgeFile } from '../../../src/io/knowledge/read-pack.js';

const GOOD = `technologies:
  - id: acme-paas
    name: Acme PaaS
    kind: paas
    category: cloudProviders
    slots: [hosting-platform]
    aliases:
      - terms: [Acme PaaS]
`;

function failure(text: string): KnowledgeError {
  try {
    parseKnowledgeFile(text, 'packs/acme.yaml');
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeError');
}

describe('parseKnowledgeFile', () => {
  it('reads a well-formed pack', () => {
    expect(parseKnowledgeFile(GOOD, 'acme.yaml').technologies?.[0]).toMatchObject({ id: 'acme-paas', kind: 'paas' });
  });

  it.each([
    ['an unknown kind', GOOD.replace('kind: paas', 'kind: cloudy'), 4, 'technologies.0.kind'],
    ['an unknown field', GOOD.replace('    slots:', '    colour: red\n    slots:'), 2, 'technologies.0'],
    ['a broken regular expression', GOOD.replace('[Acme PaaS]', '["/acme(/"]'), 8, 'technologies.0.aliases.0.terms.0'],
    ['a missing name', GOOD.replace('    name: Acme PaaS\n', ''), 2, 'technologies.0.name'],
    ['an id that is not kebab-case', GOOD.replace('id: acme-paas', 'id: Acme PaaS'), 2, 'technologies.0.id'],
  ])('rejects %s with file:line', (_what, text, line, path) => {
    const e = failure(text);
    expect(e.file).toBe('packs/acme.yaml');
    expect(e.line).toBe(line);
    expect(e.message).toContain(`packs/acme.yaml:${line}: ${path}`);
  });

  it('rejects text that is not YAML with its line', () => {
    const e = failure('technologies:\n  - id: [unclosed\n');
    expect(e.message).toMatch(/^packs\/acme\.yaml:\d+: not valid YAML/);
  });
});

// The shipped catalogue module is knowledge/*.yaml compiled: regenerate with `npm run knowledge` after editing the data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKnowledgeDir, renderBuiltinModule } from '../../../src/io/knowledge/compile-builtin.js';

const root = join(__dirname, '../../..');

describe('built-in knowledge module', () => {
  it('equals knowledge/*.yaml, validated and compiled', () => {
    const data = compileKnowledgeDir(join(root, 'knowledge'));
    const shipped = readFileSync(join(root, 'src/core/knowledge/builtin-data.ts'), 'utf8');
    expect(shipped === renderBuiltinModule(data), 'src/core/knowledge/builtin-data.ts is stale: run `npm run knowledge`').toBe(true);
  });
});

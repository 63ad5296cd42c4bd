// A document of thousands of tiny Mermaid blocks: only the first MAX_MERMAID_BLOCKS are parsed, with one warning.
import { describe, expect, it } from 'vitest';
import { blocksToParse, extractMermaidBlocks, MAX_MERMAID_BLOCKS, validateDocument } from '../../../src/core/validate/index.js';

const doc = (n: number) =>
  `# Doc\n\n${Array.from({ length: n }, (_, i) => `\`\`\`mermaid\nflowchart TD\n  a${i} --> b${i}\n\`\`\`\n`).join('\n')}`;

describe('the Mermaid parse limit', () => {
  it.each([
    [MAX_MERMAID_BLOCKS, 0],
    [MAX_MERMAID_BLOCKS + 1, 1],
    [MAX_MERMAID_BLOCKS * 5, MAX_MERMAID_BLOCKS * 4],
  ])('%i blocks: %i skipped', (n, skipped) => {
    const text = doc(n);
    const blocks = extractMermaidBlocks(text);
    expect(blocks).toHaveLength(n);
    const parsed = blocksToParse(blocks);
    expect(parsed).toHaveLength(Math.min(n, MAX_MERMAID_BLOCKS));
    const report = validateDocument({ path: 'docs/x.md', text, mermaid: parsed.map(() => ({ ok: true })) });
    const warnings = report.findings.filter((f) => f.id === 'mermaid-blocks-skipped');
    expect(warnings).toHaveLength(skipped ? 1 : 0);
    if (skipped) {
      expect(warnings[0]!.line).toBe(blocks[MAX_MERMAID_BLOCKS]!.line);
      expect(warnings[0]!.message).toContain(String(skipped));
    }
    expect(report.summary.mermaid.skipped).toBe(skipped || undefined);
  });

  it('still reports a broken block among those parsed, at its line', () => {
    const text = doc(MAX_MERMAID_BLOCKS + 10);
    const parsed = blocksToParse(extractMermaidBlocks(text));
    const mermaid = parsed.map((_, i) => (i === 3 ? { ok: false, error: 'bad', line: 1 } : { ok: true }));
    const ids = validateDocument({ path: 'docs/x.md', text, mermaid }).findings.map((f) => f.id);
    expect(ids.filter((id) => id.startsWith('mermaid-'))).toEqual(['mermaid-syntax-error', 'mermaid-blocks-skipped']);
  });
});

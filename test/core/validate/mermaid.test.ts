// A broken Mermaid diagram is reported at the document line where the parser stopped.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAll } from '../../../src/io/mermaid/load-mermaid.js';
import { extractMermaidBlocks, validateDocument } from '../../../src/core/validate/index.js';

const text = readFileSync(resolve('test/fixtures/validate/broken-mermaid.md'), 'utf8');

describe('mermaid validation', () => {
  it('finds every mermaid fence with its line', () => {
    const blocks = extractMermaidBlocks(text);
    expect(blocks.map((b) => b.line)).toEqual([5, 13]);
    expect(blocks[0].source.split('\n')[0]).toBe('graph TD');
  });

  it('reports the failing diagram at fence line + parser line', async () => {
    const blocks = extractMermaidBlocks(text);
    const results = await parseAll(blocks.map((b) => b.source));
    expect(results[0].ok).toBe(true);
    expect(results[1].ok).toBe(false);
    const report = validateDocument({ path: 'broken.md', text, mermaid: results });
    const errs = report.findings.filter((f) => f.id === 'mermaid-syntax-error');
    expect(errs).toHaveLength(1);
    // The bad edge is on source line 3, i.e. document line 16.
    const lines = text.split('\n');
    expect(lines[errs[0].line - 1]).toContain('-->>');
    expect(errs[0].severity).toBe('error');
    expect(report.summary.mermaid).toEqual({ blocks: 2, checked: true, failed: 1 });
    expect(report.summary.ok).toBe(false);
  });

  it('points at the fence when the parser gives no line', () => {
    const report = validateDocument({ path: 'x.md', text, mermaid: [{ ok: true }, { ok: false, error: 'No diagram type detected' }] });
    expect(report.findings.find((f) => f.id === 'mermaid-syntax-error')?.line).toBe(13);
  });
});

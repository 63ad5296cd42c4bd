// Output formats: the JSON contract, SARIF 2.1.0 structure and the text report's shape.
import { describe, expect, it } from 'vitest';
import { CHECKLIST, formatJson, formatSarif, formatText, validateDocument } from '../../../src/core/validate/index.js';
import { sarifUri } from '../../../src/core/validate/format-sarif.js';

const text = '# Doc\n\n## Overview\n\nRuns on AWS. Budget TBD.\n\n```mermaid\ngraph TD\nA-->B\n```\n';
const report = validateDocument({
  path: 'docs/infrastructure-architecture.md',
  text,
  mermaid: [{ ok: false, error: 'Parse error on line 2', line: 2 }],
});

describe('formatJson', () => {
  it('follows the contract', () => {
    const j = JSON.parse(formatJson(report));
    expect(Array.isArray(j.findings)).toBe(true);
    for (const f of j.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'severity', 'message', 'line']));
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(Number.isInteger(f.line)).toBe(true);
    }
    expect(j.findings.find((f: { id: string }) => f.id === 'mermaid-syntax-error').line).toBe(9);
    expect(j.coverage.cloud.total).toBeGreaterThan(0);
    expect(j.items).toHaveLength(CHECKLIST.length);
    expect(j.ok).toBe(false);
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(report, '1.2.3'));
  it('has the required SARIF 2.1.0 fields', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('infra-arch');
    expect(run.tool.driver.version).toBe('1.2.3');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const i of CHECKLIST) expect(ruleIds).toContain(i.id);
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
    }
    expect(run.results.length).toBe(report.findings.length);
    for (const res of run.results) {
      expect(ruleIds).toContain(res.ruleId);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text).toBeTruthy();
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('docs/infrastructure-architecture.md');
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('formatText', () => {
  it('groups by area with file:line and ends with coverage', () => {
    const out = formatText(report);
    expect(out).toMatch(/^docs\/infrastructure-architecture\.md: FAILED/);
    expect(out).toContain('docs/infrastructure-architecture.md:9  error   mermaid-syntax-error');
    expect(out).toContain('Disaster recovery:');
    expect(out).toMatch(/coverage: \d+\/\d+ checklist items \(\d+%\) — cloud \d+\/\d+/);
  });
});

describe('sarifUri', () => {
  it.each([
    ['docs/infrastructure-architecture.md', 'docs/infrastructure-architecture.md'],
    ['./docs/my doc#1.md', 'docs/my%20doc%231.md'],
    ['/home/ci/repo/docs/infra.md', 'file:///home/ci/repo/docs/infra.md'],
    ['C:\\work\\docs\\infra.md', 'file:///C:/work/docs/infra.md'],
  ])('%s → %s', (path, uri) => {
    expect(sarifUri(path)).toBe(uri);
  });

  it('never writes a raw absolute path into the log', () => {
    const abs = validateDocument({ path: '/tmp/project/docs/infrastructure-architecture.md', text, mermaid: [] });
    const log = JSON.parse(formatSarif(abs));
    expect(log.runs[0].artifacts[0].location.uri).toBe('file:///tmp/project/docs/infrastructure-architecture.md');
  });
});

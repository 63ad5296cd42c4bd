import { describe, expect, it } from 'vitest';
import { applyTracking, globMatches, matchEntry, parseTracking, staleEntries } from '../../../src/core/review/tracking.js';
import type { Concern } from '../../../src/core/types.js';

const F = '.infra-arch/concerns.yaml';
const concern = (id: string, level: Concern['level'] = 'red'): Concern => ({
  id,
  rule: id.split('@')[0],
  subject: id.split('@')[1],
  category: 'operational-complexity',
  level,
  title: 't',
  message: 'm',
  status: 'open',
  evidence: { facts: [], model: ['x'] },
  mitigation: 'do something',
  resolvedBy: null,
});

describe('parseTracking', () => {
  it('reads entries with statuses and justifications', () => {
    const { tracking, diagnostics } = parseTracking(
      'version: 1\nconcerns:\n  - id: k8s-small-team@kubernetes\n    status: accepted\n    justification: Two of us ran EKS for years.\n  - id: "skill-gap@*"\n    status: false-positive\n',
      F,
    );
    expect(diagnostics).toEqual([]);
    expect(tracking.entries).toEqual([
      { id: 'k8s-small-team@kubernetes', status: 'accepted', justification: 'Two of us ran EKS for years.' },
      { id: 'skill-gap@*', status: 'false-positive' },
    ]);
  });

  it('refuses an acceptance without justification, naming file and line', () => {
    const { tracking, diagnostics } = parseTracking(
      'concerns:\n  - id: a@b\n    status: mitigated\n  - id: k8s-small-team@kubernetes\n    status: accepted\n    justification: "  "\n',
      F,
    );
    expect(tracking.entries.map((e) => e.id)).toEqual(['a@b']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'tracking-no-justification', file: F, line: 4 });
  });

  it('reports bad YAML and bad entries with file and line, never throws', () => {
    const bad = parseTracking('concerns:\n  - id: a@b\n    status: [unclosed\n', F);
    expect(bad.tracking.entries).toEqual([]);
    expect(bad.diagnostics[0]).toMatchObject({ code: 'tracking-yaml', file: F });
    expect(bad.diagnostics[0].line).toBeGreaterThan(0);
    const wrong = parseTracking('concerns:\n  - id: a@b\n    status: maybe\n', F);
    expect(wrong.diagnostics[0]).toMatchObject({ code: 'tracking-entry', file: F, line: 2 });
    expect(parseTracking('- just a list', F).diagnostics[0].code).toBe('tracking-shape');
    expect(parseTracking('', F)).toEqual({ tracking: { entries: [] }, diagnostics: [] });
  });
});

describe('matching and applying', () => {
  it('matches globs literally except * and ?', () => {
    expect(globMatches('k8s-small-team@*', 'k8s-small-team@kubernetes')).toBe(true);
    expect(globMatches('compliance-attestation@hipaa/*', 'compliance-attestation@hipaa/railway')).toBe(true);
    expect(globMatches('a.b@c', 'aXb@c')).toBe(false);
  });

  it('prefers the exact id, then the most specific glob', () => {
    const tracking = {
      entries: [
        { id: '*', status: 'mitigated' as const },
        { id: 'skill-gap@*', status: 'false-positive' as const },
        { id: 'skill-gap@eks', status: 'accepted' as const, justification: 'trained' },
      ],
    };
    expect(matchEntry('skill-gap@eks', tracking)?.status).toBe('accepted');
    expect(matchEntry('skill-gap@terraform', tracking)?.status).toBe('false-positive');
    expect(matchEntry('no-alerting@observability.alerting', tracking)?.status).toBe('mitigated');
  });

  it('applies verdicts, ignores unjustified acceptance, and lists stale entries', () => {
    const concerns = [concern('a@x'), concern('b@y')];
    const out = applyTracking(concerns, {
      entries: [
        { id: 'a@x', status: 'accepted', justification: 'fine' },
        { id: 'b@y', status: 'accepted' },
        { id: 'gone@z', status: 'mitigated' },
      ],
    });
    expect(out.map((c) => c.status)).toEqual(['accepted', 'open']);
    expect(out[0].justification).toBe('fine');
    expect(staleEntries(out, { entries: [{ id: 'gone@z', status: 'mitigated' }] }).map((e) => e.id)).toEqual(['gone@z']);
  });
});

// A rule that names a technology traces to the decision about it: chosen, ruled out, or the decision filling its slot.
import { describe, expect, it } from 'vitest';
import { decisionsNamedIn } from '../../../src/core/render/named-technology-trace.js';
import type { Decision } from '../../../src/core/types.js';

function decision(id: string, choice: string, options: string[], rejected: string[] = []): Decision {
  return {
    id,
    domain: id.split('.')[0] as Decision['domain'],
    question: '',
    choice,
    choiceTitle: choice,
    basis: 'scored',
    options: options.map((o) => ({ id: o, title: o, summary: '', pros: [], cons: [], score: 1, costClass: 'low', complexity: 1 })),
    rejected: rejected.map((r) => ({ id: r, title: r, reason: 'refused' })),
    rationale: '',
    evidence: [],
    assumptions: [],
    explain: [],
    conflicts: [],
    alsoCommitted: [],
    notes: [],
  };
}

const decisions = [
  decision('data.cache', 'redis', ['redis', 'in-process']),
  decision('data.messaging', 'sqs', ['sqs', 'database-queue'], ['kafka']),
  decision('cicd.pipeline-platform', 'github-actions', ['github-actions', 'gitlab-ci']),
];

describe('decisionsNamedIn', () => {
  it.each([
    ['a ruled-out technology', 'No self-hosted Kafka brokers in any environment.', ['data.messaging']],
    ['the chosen technology', 'Redis holds nothing that cannot be rebuilt.', ['data.cache']],
    ['another technology of the same slot', 'Memcached entries stay under 1 MB.', ['data.cache']],
    ['two slots in one rule', 'Builds run on Jenkins and never talk to Redis.', ['data.cache', 'cicd.pipeline-platform']],
    ['no technology at all', 'Releases go out on Tuesdays after the stand-up.', []],
  ])('%s', (_, text, want) => {
    expect(decisionsNamedIn(text, decisions).sort()).toEqual([...want].sort());
  });
});

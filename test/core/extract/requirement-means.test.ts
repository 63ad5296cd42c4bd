import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Plover Claims Product Requirements Document (PRD)\n\n${body}\n`);
const nfrs = (line: string) => prd(`## Requirements\n\n### Non Functional\n\n${line}\n\n**NFR-OPS-9:** Dashboards show the queue depth.`);

describe('a requirement met "via X" commits X, though it is said once', () => {
  it.each([
    ['**NFR-ALERT-OPS-2:** Failed claims page the support rota via SNS', 'dataStores', 'sns'],
    ['- NFR7: Claim events are fanned out to the ledger using Amazon SNS topics', 'dataStores', 'sns'],
    ['**FR12:** Receipts are delivered to claimants through Amazon SQS and a mailer', 'dataStores', 'sqs'],
  ])('%s', (line, field, id) => {
    expect(ids(profileOf(nfrs(line))[field as 'dataStores'])).toContain(id);
  });

  it.each([
    ['a requirement without an id', '- Failed claims page the support rota via SNS'],
    ['a name that is not the means', '**NFR-ALERT-2:** Alert volume stays below what SNS allows per account'],
    ['a means offered with an alternative', '**NFR-ALERT-2:** Failed claims page the rota via SNS or Quillchat'],
    ['a later means', '**NFR-ALERT-2:** In Phase 2, failed claims page the rota via SNS'],
  ])('not from %s', (_why, line) => {
    expect(ids(profileOf(nfrs(line)).dataStores)).not.toContain('sns');
  });
});

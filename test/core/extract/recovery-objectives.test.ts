// RTO and RPO: stated durations in either order, zero and "no data loss" as values, and rollback times kept apart from disaster recovery.
import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme PRD\n\n${body}\n`);
const objectives = (body: string) => {
  const p = profileOf(prd(body));
  return { rto: p.rto ? [p.rto.value, p.rto.minutes] : null, rpo: p.rpo ? [p.rpo.value, p.rpo.minutes] : null };
};

describe('recovery objectives', () => {
  it.each([
    ['- Disaster recovery: 30-minute RTO and a 2-hour RPO.', ['30 minute', 30], ['2 hour', 120]],
    ['- RPO: zero; RTO: 1 hour', ['1 hour', 60], ['zero', 0]],
    ['- The ledger needs an RPO of 0 and an RTO of 4 hours.', ['4 hours', 240], ['0', 0]],
    ['- Zero RPO for payment records.', null, ['zero', 0]],
    ['- No data loss when a region fails over to the standby.', null, ['no data loss', 0]],
    ['- Zero data loss during disaster recovery.', null, ['zero data loss', 0]],
  ])('%s', (text, rto, rpo) => {
    expect(objectives(`## Requirements\n\n${text}`)).toEqual({ rto, rpo });
  });

  it.each([
    ['- Files persist reliably: no data loss under normal operation.'],
    ['- Blue-green releases give zero downtime deployments.'],
    ['- Rollback in under 5 minutes from the last good image.'],
    ['- Deploys take < 10 min from merge to production.'],
    ['- A near-zero RPO would need synchronous replication.'],
  ])('no recovery objective: %s', (text) => {
    expect(objectives(`## Requirements\n\n${text}`)).toEqual({ rto: null, rpo: null });
  });

  it('a disaster-recovery statement beats a rollback time named as RTO', () => {
    const body = '## Requirements\n\n- Recovery Time Objective: under 2 minutes for a release rollback.\n- Disaster recovery: RTO 6 hours.';
    expect(objectives(body).rto).toEqual(['6 hours', 360]);
  });

  it('a rollback time called RTO is still read when it is the only one', () => {
    expect(objectives('## Rollback Strategy\n\n- Recovery Time Objective: 5 minutes').rto).toEqual(['5 minutes', 5]);
  });
});

// Compliance: a regime counts when the documents take it on, by its sentence or its section; one outside the catalogue is carried by name.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme PRD\n\n${body}\n`);
const regimes = (body: string) => ids(profileOf(prd(body)).compliance);

describe('compliance needs an obligation', () => {
  it.each([
    ['- The service must comply with HIPAA.', ['hipaa']],
    ['- All stored data is GDPR-compliant.', ['gdpr']],
    ['- SOC 2 Type II certification is required within a year.', ['soc2']],
    ['- Card handling is subject to PCI DSS.', ['pci-dss']],
    ['## Compliance\n\n- GDPR: export and erasure on request', ['gdpr']],
    ['## Regulatory Obligations\n\n- HIPAA', ['hipaa']],
    ['### Journey 1: Dana signs up\n\nThe sign-up flow must comply with GDPR consent rules.', ['gdpr']],
  ])('%s', (body, want) => {
    expect(regimes(body)).toEqual(want);
  });

  it.each([
    ['- Unlike HIPAA, our domain has no patient records.'],
    ['- HIPAA considerations for a later health module.'],
    ['- The dashboard lets security teams track SOC 2 controls for their customers.'],
    ['- Marketing site copy mentions GDPR in the footer link text.'],
    ["### Journey 2: Priya at a clinic\n\nPriya has been asked to add HIPAA audit logging to her employer's records system."],
    ['## User Personas\n\n- Tom, a compliance officer who audits GDPR processes at a bank.'],
  ])('a mention is not an obligation: %s', (body) => {
    expect(regimes(body)).toEqual([]);
  });

  it('records the mention and why it was not taken', () => {
    const p = profileOf(prd('- The dashboard lets security teams track SOC 2 controls for their customers.'));
    expect(p.mentions.map((m) => [m.id, m.reason])).toEqual([['soc2', 'no-obligation']]);
  });
});

describe('regimes outside the catalogue', () => {
  it.each([
    ['- The platform must comply with the Australian Privacy Act.', ['australian-privacy-act']],
    ['- Records are subject to the Health Records Act 2001.', ['health-records-act-2001']],
    ['- Personal data handling is POPIA-compliant.', ['popia']],
    ['- We must comply with HIPAA and the Privacy Act 1988.', ['hipaa', 'privacy-act-1988']],
  ])('%s', (body, want) => {
    expect(regimes(body)).toEqual(want);
  });

  it.each([
    ['- Code must comply with the Team Coding Standards.'],
    ['- Screens are WCAG-compliant.'],
    ['- Appointment writes are ACID-compliant.'],
    ['- Tokens come from an OIDC-compliant provider.'],
    ['- Future: comply with the Data Act once it applies.'],
  ])('not a regime: %s', (body) => {
    expect(regimes(body)).toEqual([]);
  });
});

// A regime that the product's own templates or reports are about is its subject: no obligation on the product itself.
import { describe, expect, it } from 'vitest';
import { regimeAsContent } from '../../../src/core/extract/regime-content.js';
import { doc, ids, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme PRD\n\n${body}\n`);
const regimes = (body: string) => ids(profileOf(prd(body)).compliance);

describe('a regime as the content of templates or reports', () => {
  it.each([
    ['- FR7: The tool shall generate audit-ready reports (HIPAA, SOX) from saved templates.'],
    ['- As an auditor, I want compliance report templates (GDPR, ISO 27001), so that reviews go faster.'],
    ['- Ships with built-in checklists for HIPAA, SOX, and PCI-DSS standards.'],
    ['## Compliance\n\n- Predefined GDPR and HIPAA report templates for customer audits'],
    ['- The wizard must export evidence reports (SOC 2, ISO 27001) on demand.'],
  ])('not an obligation on the product: %s', (body) => {
    expect(regimes(body)).toEqual([]);
  });

  it.each([
    ['- The service must comply with HIPAA; report templates are stored per tenant.', ['hipaa']],
    ['- A SOC 2 Type II report is required before the first enterprise sale.', ['soc2']],
    ['- Audit reports (SOC 2) must be obtained every year.', ['soc2']],
    ['- Data handling must follow GDPR (see the privacy templates section).', ['gdpr']],
  ])('still an obligation: %s', (body, want) => {
    expect(regimes(body)).toEqual(want);
  });

  it('records the subject as the reason', () => {
    const p = profileOf(prd('- Built-in templates for HIPAA and SOX reviews.'));
    expect(p.mentions.map((m) => [m.id, m.reason]).sort()).toEqual([
      ['hipaa', 'subject'],
      ['sox', 'subject'],
    ]);
  });

  it.each([
    ['report templates (GDPR, HIPAA)', 'HIPAA', true],
    ['templates for GDPR, HIPAA, and SOX', 'SOX', true],
    ['(GDPR, HIPAA) checklists', 'GDPR', true],
    ['shall produce reports (GDPR)', 'GDPR', true],
    ['reports (GDPR) are reviewed', 'GDPR', false],
    ['must comply with GDPR', 'GDPR', false],
  ])('%s: %s', (text, name, want) => {
    const at = text.indexOf(name);
    expect(regimeAsContent(text, at, at + name.length)).toBe(want);
  });
});

// Third-party services and clients are read from structure (External APIs sections, the inputs' diagrams, stack rows).
import { describe, expect, it } from 'vitest';
import { extractExternalServices, mermaidExternalLabels, serviceName } from '../../../src/core/extract/external-services.js';
import { doc, ids, profileOf } from './helpers.js';

const names = (md: string, role: 'architecture' | 'tech-stack' = 'architecture') =>
  extractExternalServices([doc('docs/architecture.md', role, md)]).map((e) => e.name);

describe('external services', () => {
  it('takes each subsection of an External APIs section as a service, not its fields', () => {
    const md = `
# Architecture
## External APIs
### Parcelbird Shipping API
- **Purpose:** book couriers
- **Authentication:** API key
### Weather feed (SkyNumbers)
- **Purpose:** forecasts
## Internal APIs
### Orders API
`;
    expect(names(md)).toEqual(['Parcelbird Shipping API', 'Weather feed (SkyNumbers)']);
  });

  it('takes the bold lead of top-level items when the section has no subsections', () => {
    const md = `
## Third-party services consumed
- **Ledgerly:** accounting export
  - **Purpose:** nightly journal
- **Pingwave SMS**: alerts
`;
    expect(names(md)).toEqual(['Ledgerly', 'Pingwave SMS']);
  });

  it('a requirement id led in bold under an Integration heading is not a service', () => {
    const md = `
### Integration
- **FR39:** The system accepts a parsed tree as input
- **NFR-P2:** Results are stable across runs
- **Ledgerly:** accounting export
`;
    expect(names(md, 'architecture')).toEqual(['Ledgerly']);
  });

  it('ignores a section about something else that starts with the same words', () => {
    expect(names('## External API Errors\n### Retry Policy\n### Circuit Breaker\n')).toEqual([]);
  });

  it('reads the nodes of an External subgraph in a diagram, but not the people', () => {
    const md =
      '## Diagram\n\n```mermaid\nflowchart LR\n  subgraph ext["External systems"]\n    pay["Coinhive Payments"]\n    u(("Customer"))\n  end\n  api --> pay\n```\n';
    expect(names(md)).toEqual(['Coinhive Payments']);
    expect(mermaidExternalLabels('subgraph X\n a["A"]\nend\nsubgraph "Third-party"\n b[(B)]\nend').map((l) => l.label)).toEqual(['B']);
  });

  it('reads a stack row whose category says external, and folds a longer name into the shorter one', () => {
    const md = `
| Category | Technology | Purpose |
| - | - | - |
| External APIs | Quillmail, Quillmail Templates | email |
| Rating | EXCELLENT | |
`;
    expect(names(md, 'tech-stack')).toEqual(['Quillmail']);
  });

  it('cleans names: markup and pictographs go, an over-long parenthetical goes, a known technology is not a third party', () => {
    expect(serviceName('**🔐 Gatekeeper ID:**')).toBe('Gatekeeper ID');
    expect(serviceName(`Orbital Data (${'x, '.repeat(30)}y)`)).toBe('Orbital Data');
    expect(names('## External services\n- **PostgreSQL**\n- **Nimbus Maps**\n')).toEqual(['Nimbus Maps']);
  });
});

describe('clients', () => {
  it('finds a mobile app from its framework and devices from what they do; a negated mention is not a client', () => {
    const p = profileOf(
      doc('docs/architecture/tech-stack.md', 'tech-stack', '| Category | Technology |\n| - | - |\n| Mobile | Flutter 3 |\n'),
      doc(
        'docs/prd.md',
        'prd',
        '# PRD\n\nField devices publish readings every minute.\n\nThe IoT devices reconnect on their own.\n\nThere is no desktop app.\n\nWe will not build a desktop application.\n',
      ),
    );
    expect(ids(p.clients)).toEqual(['device-client', 'mobile-client']);
    expect(p.clients.find((c) => c.kind === 'mobile')!.name).toBe('Mobile app (Flutter)');
  });
});

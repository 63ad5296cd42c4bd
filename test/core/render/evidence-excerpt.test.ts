// The inputs' own words behind a claim: table rows, windows into long blocks, list markers and derived evidence.
import { describe, expect, it } from 'vitest';
import { excerpt, firstExcerpt, termAt } from '../../../src/core/render/evidence-excerpt.js';

const ev = (quote: string) => ({ file: 'docs/a.md', line: 3, quote });
const windowQuote =
  'ing at night. The orchard sensors post readings every minute to the ingest service on Hetzner Cloud in fsn1, behind a Caddy proxy. Alerts go to the on-call phone of the farm';

describe('excerpt', () => {
  it.each([
    ['a table row becomes its cells', '| Queue | RabbitMQ | 3.13 | Work hand-off |', '“Queue: RabbitMQ: 3.13: Work hand-off”'],
    [
      'a quoted YAML string loses its own quotes',
      '   - "Hosting: Docker Compose on two servers"',
      '“Hosting: Docker Compose on two servers”',
    ],
    [
      'quotes inside the line stay',
      '- "Fast" and "cheap" were the two asks for storage',
      '“"Fast" and "cheap" were the two asks for storage”',
    ],
    ['markdown marks and links go', '- **Storage:** [MinIO](https://min.io) buckets for photos', '“Storage: MinIO buckets for photos”'],
    [
      'a list number is not a sentence',
      '**2. Deployment Style: One VM per site with Nomad**',
      '“2. Deployment Style: One VM per site with Nomad”',
    ],
    [
      'a window keeps the words of the sentence nearest its hit',
      windowQuote,
      '“…every minute to the ingest service on Hetzner Cloud in fsn1, behind a Caddy proxy”',
    ],
    [
      'a window cut inside a word loses that word',
      'ndor images are mirrored nightly into the Harbor registry on the plant network and scanned with Trivy before any line controller on the packing floor may pull them',
      '“…Harbor registry on the plant network and scanned with Trivy before any line controller on…”',
    ],
  ])('%s', (_, quote, want) => {
    expect(excerpt(ev(quote))).toBe(want);
  });

  it.each([
    ['evidence derived from another decision', 'compute.runtime: Nomad on VMs'],
    ['a bare label', 'Nomad'],
    ['an empty quote', ''],
  ])('says nothing for %s', (_, quote) => {
    expect(excerpt(ev(quote))).toBeNull();
  });

  it('skips quotes already shown in the document', () => {
    const list = [ev('Queue: RabbitMQ for the work hand-off'), ev('Cache: Memcached in front of the catalogue')];
    expect(firstExcerpt(list, new Set(['“Queue: RabbitMQ for the work hand-off”']))?.text).toBe(
      '“Cache: Memcached in front of the catalogue”',
    );
  });

  it('cuts around the named term, not the window position, when one is given', () => {
    const q =
      '  - *Rationale*: Proven across vendors. Horizontal scaling built in. Declarative releases through Nomad job files. Runs on premises.';
    expect(excerpt(ev(q))).toBe('“Rationale: Proven across vendors”');
    expect(excerpt(ev(q), 'Nomad')).toBe('“Declarative releases through Nomad job files”');
  });

  it('prefers a quote that names the stated choice over an earlier one that does not', () => {
    const list = [ev('Hosting: three regions, managed by the platform team'), ev('Scheduler: Nomad 1.8 on the plant servers')];
    expect(firstExcerpt(list, new Set(), 'Nomad')?.text).toBe('“Scheduler: Nomad 1.8 on the plant servers”');
    expect(firstExcerpt(list)?.text).toBe('“Hosting: three regions, managed by the platform team”');
  });
});

describe('termAt: where a quote names a technology', () => {
  it.each([
    ['the whole name', 'Compute: Nimbus Queue for jobs', 'Nimbus Queue', 9],
    ['its longest distinctive word when the name is not written out', 'Key services: Boxes Runner, Lockstore', 'Acme Boxes on Runner', 20],
    ['not the leading vendor word', 'Acme Mail and Acme Boxes Runner', 'Acme Runner', 25],
    ['a short word only on its own', 'OBJS3X storage, then S3 later', 'Acme S3', 21],
    ['none of it', 'nothing here', 'Acme Runner', -1],
  ])('%s', (_name, s, term, at) => {
    expect(termAt(s, term)).toBe(at);
  });
});

describe('termAt: a name by its short forms', () => {
  it.each([
    ['its initials', 'Provider choice: runs on ACS in the north region', 'Acme Compute Services', 25],
    ['an acronym before a longer word', 'we run Boxes later; now on XBR Boxes', 'Acme XBR Boxes', 27],
  ])('%s', (_name, s, term, at) => {
    expect(termAt(s, term)).toBe(at);
  });
});

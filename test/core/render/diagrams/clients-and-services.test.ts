// The diagrams draw the system's own clients and third-party services, stores placed by kind, and every block parses.
import { describe, expect, it } from 'vitest';
import { renderDiagrams } from '../../../../src/core/render/diagrams/render-diagrams.js';
import { parseAll } from '../../../../src/io/mermaid/load-mermaid.js';
import { makeModel, store, unit } from '../../../helpers/make-model.js';

const model = makeModel({
  clients: [
    { id: 'mobile-app', name: 'Mobile app (Flutter)', kind: 'mobile' },
    { id: 'sensors', name: 'Devices', kind: 'device' },
  ],
  compute: [unit('api', 'ecs', { name: 'Orders API' })],
  dataStores: [
    store('db', 'postgresql', { name: 'Orders DB' }),
    store('local', 'sqlite', { name: 'Local cache file' }),
    store('vec', 'pinecone', { name: 'Vector index' }),
  ],
  externalServices: [{ id: 'parcelbird', name: 'Parcelbird Shipping API' }],
  flows: [
    { from: 'users', to: 'mobile-app', label: 'uses' },
    { from: 'mobile-app', to: 'api', label: 'API calls over HTTPS' },
    { from: 'sensors', to: 'api', label: 'sends telemetry over TLS' },
    { from: 'api', to: 'db', label: 'SQL over TLS' },
    { from: 'api', to: 'parcelbird', label: 'HTTPS API' },
  ],
});

const block = (src: string, title: string) => {
  const start = src.indexOf(`["${title}"]`);
  return src.slice(start, src.indexOf('\n  end', start));
};

describe('clients and external services in the diagrams', () => {
  it('puts the apps and devices on the internet side, through the WAF, and the third party outside the region', async () => {
    const ds = renderDiagrams(model);
    const net = ds.find((d) => d.id === 'network-topology')!.source;
    expect(block(net, 'Internet')).toContain('Mobile app (Flutter)');
    expect(block(net, 'Internet')).toContain('Devices');
    expect(block(net, 'External services')).toContain('Parcelbird Shipping API');
    expect(block(net, 'External services')).toContain('Vector index');
    expect(block(net, 'Private')).toContain('Local cache file');
    expect(net).toMatch(/n\d+ -->\|"API calls over HTTPS"\| z\d+/);
    for (const d of ds) expect(d.source, d.id).not.toContain('…');
    const parsed = await parseAll(ds.map((d) => d.source));
    for (const [i, r] of parsed.entries()) expect(r.ok, `${ds[i].id}: ${r.error}`).toBe(true);
  }, 60_000);
});

// Parity: every id the code speaks of (aliases, implied facts, option technologies) resolves to exactly one catalogue record.
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../src/core/knowledge/active.js';
import { POINTS } from '../../../src/core/decide/registry.js';
import { k8sIds, meshIds, iacToolIds } from '../../../src/core/review/rule-helpers.js';
import { containerIds, functionIds, kubernetesIds, platformCompute } from '../../../src/core/decide/platform-family.js';
import { PRICE_NAMES } from '../../../src/core/actions/prices.js';
import { ownPlatform } from '../../../src/core/decide/own-platform.js';
import { hyperscalerFamilies } from '../../../src/core/decide/platform-family.js';

const kb = builtinCatalogue();
const recordIds = [...kb.technologies().map((t) => t.id), ...kb.regimes().map((r) => r.id)];
const STORE_SLOTS: string[] = ['database', 'cache', 'queue', 'object-storage', 'search', 'vector-store', 'warehouse'];
const resolves = (id: string) => recordIds.filter((r) => r === id).length === 1;

describe('knowledge catalogue parity', () => {
  it('defines every id once across technologies and regimes', () => {
    const dup = recordIds.filter((id, i) => recordIds.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('resolves every alias, implied fact and variant to one record', () => {
    const missing: string[] = [];
    for (const e of kb.aliasEntries()) {
      if (!resolves(e.id)) missing.push(e.id);
      for (const imp of e.implies ?? []) if (!resolves(imp.split(':')[1])) missing.push(`${e.id} implies ${imp}`);
      for (const v of e.variants ?? []) if (!resolves(v.id)) missing.push(`${e.id} variant ${v.id}`);
    }
    expect(missing).toEqual([]);
  });

  it('files each implied fact under the category of the record it names', () => {
    const wrong: string[] = [];
    for (const e of kb.aliasEntries()) {
      for (const imp of e.implies ?? []) {
        const [category, id] = imp.split(':');
        const record = kb.tech(id);
        const lands = new Set<string | undefined>([record?.category, ...(record?.aliases ?? []).map((g) => g.category)]);
        // A platform that runs the code is a compute fact as well (canonical-ids.md, compute); one that stores data, a data store.
        if (record?.slots.includes('hosting-platform')) lands.add('compute');
        if (record?.slots.some((s) => STORE_SLOTS.includes(s))) lands.add('dataStores');
        if (record && !lands.has(category)) wrong.push(`${e.id} implies ${imp}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves the technology of every decision option to one record', () => {
    const missing = POINTS.flatMap((p) =>
      p.options.filter((o) => o.tech && !resolves(o.tech)).map((o) => `${p.meta.id}/${o.id}: ${o.tech}`),
    );
    expect(missing).toEqual([]);
  });

  it('names the record an option is: an option whose id is a catalogue id carries it as its technology, or its own commitment rule', () => {
    const unnamed = POINTS.flatMap((p) =>
      p.options.filter((o) => kb.tech(o.id) && o.tech !== o.id && !o.committedWhen).map((o) => `${p.meta.id}/${o.id}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('gives every record a decision offers a spelling of its own, or a stated reason it has none', () => {
    const offered = new Set(POINTS.flatMap((p) => p.options.flatMap((o) => [o.tech, kb.tech(o.id) ? o.id : undefined])));
    const silent = [...offered].filter((id): id is string => !!id && !kb.tech(id)?.aliases?.length && !kb.tech(id)?.aliasFree);
    expect(silent, 'add aliases (the spellings documents use) or `aliasFree: <reason>` to these records').toEqual([]);
  });

  it('resolves the provider of every option that needs its own platform to one record with a family', () => {
    const own = POINTS.flatMap((p) => p.options.filter((o) => o.needsProvider).map((o) => ({ p, o })));
    expect(own.length).toBeGreaterThan(20);
    const unresolved = own
      .map(({ p, o }) => ({ at: `${p.meta.id}/${o.id}`, own: ownPlatform(o) }))
      .filter((x) => !x.own || !resolves(x.own.provider) || x.own.family === 'unknown' || !x.own.platforms.every(resolves))
      .map((x) => x.at);
    expect(unresolved).toEqual([]);
  });

  it('finds the hyperscaler families from the platform records, in catalogue order', () => {
    expect(hyperscalerFamilies()).toEqual(['aws', 'azure', 'gcp', 'other-hyperscaler']);
  });

  it('resolves every id an option also matches on to one record', () => {
    const missing = POINTS.flatMap((p) =>
      p.options.flatMap((o) => (o.alsoMatches ?? []).filter((a) => !resolves(a)).map((a) => `${p.meta.id}/${o.id} also ${a}`)),
    );
    expect(missing).toEqual([]);
  });

  it("resolves the review rules' technology vocabularies to records", () => {
    const lists = {
      k8s: k8sIds(),
      meshes: meshIds(),
      iac: iacToolIds(),
      containers: containerIds(),
      functions: functionIds(),
      kubernetes: kubernetesIds(),
      awsCompute: platformCompute('aws'),
    };
    // Each vocabulary is a query on the catalogue: it is never empty, and every id is one record.
    expect(Object.entries(lists).filter(([, ids]) => ids.length === 0)).toEqual([]);
    const missing = Object.entries(lists).flatMap(([name, ids]) => ids.filter((id) => !resolves(id)).map((id) => `${name}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('resolves what the model draws: platform defaults, prices a decision charges and every analysis price', () => {
    const missing: string[] = [];
    for (const t of kb.technologies())
      for (const [slot, id] of Object.entries(t.defaults ?? {})) if (!resolves(id)) missing.push(`${t.id} defaults ${slot}: ${id}`);
    for (const p of POINTS)
      for (const o of p.options)
        for (const c of o.attrs?.charges ?? []) if (!(c in kb.data.prices)) missing.push(`${p.meta.id}/${o.id} charges ${c}`);
    for (const n of PRICE_NAMES) if (!(n in kb.data.prices)) missing.push(`price ${n}`);
    expect(missing).toEqual([]);
  });

  it('prices every technology the model draws as a component with a dated, sourced band or none at all', () => {
    const bad = kb
      .technologies()
      .filter((t) => t.price && (!t.price.asOf || !t.price.source))
      .map((t) => t.id);
    expect(bad).toEqual([]);
  });

  it('gives every record a display name and at least one slot', () => {
    expect(
      kb
        .technologies()
        .filter((t) => !t.name || t.slots.length === 0)
        .map((t) => t.id),
    ).toEqual([]);
  });
});

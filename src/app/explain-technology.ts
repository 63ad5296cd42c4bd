// `explain <technology>`: prints a catalogue record (what the tool knows about it, and where that knowledge comes from).
import { kb } from '../core/knowledge/active.js';
import type { TechRecord } from '../core/knowledge/types.js';

function spellings(t: TechRecord): string[] {
  return [...new Set((t.aliases ?? []).flatMap((g) => [...(g.terms ?? []), ...(g.exact ?? [])]).filter((s) => !s.startsWith('/')))];
}

export function explainTechnology(idOrName: string): string | null {
  const c = kb();
  const t =
    c.tech(idOrName) ??
    (() => {
      const r = c.lookup(idOrName, 'other');
      return r.known ? r.record : undefined;
    })();
  if (!t) {
    const regime = c.regime(idOrName);
    if (!regime) return null;
    return [
      `${regime.id} — ${regime.name} (compliance regime)`,
      `Regulated: ${regime.regulated ? 'yes' : 'no'}   Audited: ${regime.audited ? 'yes' : 'no'}`,
      `Obligations: ${regime.obligations.join('; ')}`,
      ...(regime.vendorPaper ? [`Asks vendors for: ${regime.vendorPaper}`] : []),
      ...(regime.dataPlacement ? [`Data placement: ${regime.dataPlacement}`] : []),
    ].join('\n');
  }
  const attest = Object.entries(t.attestations ?? {}).map(([r, a]) => `${r} ${a}`);
  return [
    `${t.id} — ${t.name} (technology)`,
    `Kind: ${t.kind}   Slots: ${t.slots.join(', ')}${t.provider ? `   Provider: ${t.provider}` : ''}`,
    `Found in the inputs as: ${spellings(t).join(', ') || '(no spellings: only options and packs name it)'}`,
    ...(t.traits?.length ? [`Traits: ${t.traits.join(', ')}`] : []),
    ...(attest.length ? [`Attestations: ${attest.join(', ')}`] : []),
    ...(t.regions?.length ? [`Regions: ${t.regions.join(', ')}`] : []),
    ...(t.price ? [`Price band: $${t.price.low}–$${t.price.high}/month (${t.price.source}, ${t.price.asOf})`] : []),
    ...(t.sla ? [`Typical SLA: ${t.sla.percent} % (${t.sla.basis})`] : []),
    ...(t.version ? [`Version to pin: ${t.version}`] : []),
  ].join('\n');
}

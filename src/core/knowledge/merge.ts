// Merges knowledge files into one catalogue value: later files add records or override fields of records with the same id.
import type { CatalogueData } from './types.js';

/** The part of a catalogue one file may give. */
export type CataloguePart = Partial<{ [K in keyof CatalogueData]: CatalogueData[K] }>;

function mergeById<T extends { id: string }>(base: T[], extra: T[] | undefined): T[] {
  if (!extra?.length) return base;
  const out = [...base];
  const at = new Map(out.map((r, i) => [r.id, i]));
  for (const r of extra) {
    const i = at.get(r.id);
    // An override replaces the fields it gives and keeps the others.
    if (i !== undefined) out[i] = { ...out[i], ...r };
    else {
      at.set(r.id, out.length);
      out.push(r);
    }
  }
  return out;
}

export function mergeCatalogue(base: CatalogueData, ...parts: CataloguePart[]): CatalogueData {
  let d = base;
  for (const p of parts) {
    d = {
      technologies: mergeById(d.technologies, p.technologies),
      regions: mergeById(d.regions, p.regions),
      regimes: mergeById(d.regimes, p.regimes),
      drTiers: mergeById(d.drTiers, p.drTiers),
      platformFamilies: mergeById(d.platformFamilies, p.platformFamilies),
      stages: mergeById(d.stages, p.stages),
      prices: p.prices ? { ...d.prices, ...p.prices } : d.prices,
      currencies: mergeById(d.currencies, p.currencies),
    };
  }
  return d;
}

export const EMPTY_CATALOGUE: CatalogueData = {
  technologies: [],
  regions: [],
  regimes: [],
  drTiers: [],
  platformFamilies: [],
  stages: [],
  prices: {},
  currencies: [],
};

// Generates the catalogue reference (docs/knowledge.md): every technology, region, regime and DR tier the tool knows.
import type { Catalogue } from '../knowledge/catalogue.js';

const cell = (s: string | number | undefined | null) =>
  s === undefined || s === null || s === '' ? '—' : String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s}\``;
const list = (xs: readonly string[] | undefined) => (xs?.length ? xs.join(', ') : '—');
const row = (cells: (string | number | undefined | null)[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: (string | number | undefined | null)[][]) => [
  row(head),
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map(row),
];
const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The reference text for a catalogue; deterministic (records sorted by id) so the committed file can be checked. */
export function catalogueDoc(kb: Catalogue): string {
  const techs = byId(kb.technologies());
  const regions = byId(kb.regions());
  const regimes = byId(kb.regimes());
  const tiers = kb.drTiers();
  const out: string[] = [
    '# Knowledge catalogue',
    '',
    '<!-- Generated from knowledge/*.yaml by `npm run docs`; do not edit by hand. -->',
    '',
    `What infra-arch knows, as data: ${techs.length} technologies, ${regions.length} regions, ${regimes.length} compliance regimes and ${tiers.length} DR tiers. ` +
      'Run `infra-arch explain <technology>` for one record. A project adds or overrides records with `.infra-arch/knowledge/*.yaml` ' +
      '(or `--knowledge DIR`), in the same shape as the files under `knowledge/`; a malformed file is reported with its file and line.',
    '',
    '## Technologies',
    '',
    ...table(
      ['Id', 'Name', 'Kind', 'Provider', 'Slots', 'Traits', 'Price (USD/month)', 'SLA', 'Version'],
      techs.map((t) => [
        code(t.id),
        t.name,
        t.kind,
        t.provider,
        list(t.slots),
        list(t.traits),
        t.price ? `${t.price.low}–${t.price.high} (${t.price.asOf})` : undefined,
        t.sla ? `${t.sla.percent} %` : undefined,
        t.version,
      ]),
    ),
    '',
    '## Regions',
    '',
    ...table(
      ['Id', 'Provider', 'Jurisdiction', 'Geography'],
      regions.map((r) => [code(r.id), r.provider, r.jurisdiction, r.geography]),
    ),
    '',
    '## Compliance regimes',
    '',
    ...table(
      ['Id', 'Name', 'Regulated', 'Audited', 'Expected controls', 'Vendor paper', 'Data placement', 'Obligations'],
      regimes.map((r) => [
        code(r.id),
        r.name,
        r.regulated ? 'yes' : 'no',
        r.audited ? 'yes' : 'no',
        list(r.controls),
        r.vendorPaper,
        r.dataPlacement,
        r.obligations.join('; '),
      ]),
    ),
    '',
    '## DR tiers',
    '',
    ...table(
      ['Id', 'Name', 'RTO', 'RPO', 'Cost', 'Summary'],
      tiers.map((t) => [
        code(t.id),
        t.name,
        t.rtoMinutes === null ? t.rtoBand : `${t.rtoBand} (${t.rtoMinutes} min)`,
        t.rpoMinutes === null ? t.rpoBand : `${t.rpoBand} (${t.rpoMinutes} min)`,
        t.costClass,
        t.summary,
      ]),
    ),
    '',
    '## Platform families',
    '',
    'Which hosting platforms each family holds (by id, else by kind; the fallback family takes the rest) and what it brings when no decision names it.',
    '',
    ...table(
      ['Id', 'Platforms', 'Kinds', 'Secret store', 'Identity', 'Secrets', 'Telemetry', 'Isolation'],
      kb.data.platformFamilies.map((f) => [
        code(f.id),
        f.fallback ? 'any other' : list(f.platforms),
        list(f.kinds),
        f.secretStore,
        f.operations.identity,
        f.operations.secrets,
        `${f.operations.metrics}; ${f.operations.logs}; ${f.operations.traces}`,
        f.operations.isolation,
      ]),
    ),
    '',
    '## Environment stages',
    '',
    ...table(
      ['Id', 'Name', 'Purpose'],
      kb.data.stages.map((s) => [code(s.id), s.name, s.purpose]),
    ),
    '',
  ];
  return out.join('\n');
}

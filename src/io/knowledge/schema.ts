// Zod schema of a knowledge file (knowledge/*.yaml and user packs): what a record may say, checked at load.
import { z } from 'zod';
import {
  PLATFORM_FAMILIES,
  REGIME_CONTROLS,
  RUNS_ON,
  SECRET_STORES,
  TECH_KINDS,
  TECH_ROLES,
  TECH_TRAITS,
} from '../../core/knowledge/types.js';

const CATEGORIES = [
  'cloudProviders',
  'dataStores',
  'compute',
  'iacTools',
  'ciCd',
  'compliance',
  'languages',
  'frameworks',
  'services',
] as const;
const SLOTS = [
  'hosting-platform',
  'runtime',
  'database',
  'cache',
  'queue',
  'object-storage',
  'search',
  'ci-cd',
  'iac',
  'identity',
  'secrets',
  'telemetry',
  'cdn-waf',
  'waf',
  'load-balancer',
  'registry',
  'distribution-channel',
  'api-gateway',
  'workflow',
  'vector-store',
  'warehouse',
  'paging',
  'service-mesh',
  'framework',
  'language',
  'other',
] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lowercase kebab-case');
const regexSource = z
  .string()
  .min(1)
  .refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');
const term = z
  .string()
  .min(1)
  .refine(
    (s) => !(s.startsWith('/') && s.endsWith('/') && s.length > 2) || regexSource.safeParse(s.slice(1, -1)).success,
    'not a valid /regular expression/',
  );
const implied = z
  .string()
  .regex(
    /^(cloudProviders|dataStores|compute|iacTools|ciCd|compliance|languages|frameworks|services):[a-z0-9][a-z0-9.-]*$/,
    'write an implied fact as category:id, e.g. cloudProviders:aws',
  );

export const AliasGroupSchema = z
  .object({
    category: z.enum(CATEGORIES).optional(),
    terms: z.array(term).optional(),
    exact: z.array(term).optional(),
    vendor: regexSource.optional(),
    vendorMatchCase: z.boolean().optional(),
    stackOnly: z.boolean().optional(),
    implies: z.array(implied).optional(),
    variants: z.array(z.object({ when: regexSource, id }).strict()).optional(),
  })
  .strict();

const Price = z
  .object({ low: z.number().min(0), high: z.number().min(0), asOf: z.string().min(1), source: z.string().min(1) })
  .strict()
  .refine((p) => p.low <= p.high, 'low must not exceed high');

export const TechSchema = z
  .object({
    id,
    name: z.string().min(1),
    kind: z.enum(TECH_KINDS),
    category: z.enum(CATEGORIES),
    slots: z.array(z.enum(SLOTS)).min(1),
    provider: id.optional(),
    role: z.enum(TECH_ROLES).optional(),
    traits: z.array(z.enum(TECH_TRAITS)).optional(),
    attestations: z.record(id, z.enum(['standard', 'plan', 'self'])).optional(),
    regions: z.array(z.string().min(1)).optional(),
    price: Price.optional(),
    sla: z
      .object({ percent: z.number().min(0).max(100), basis: z.string().min(1) })
      .strict()
      .optional(),
    version: z.string().min(1).optional(),
    runsOn: z.array(z.enum(RUNS_ON)).min(1).optional(),
    defaults: z.partialRecord(z.enum(SLOTS), id).optional(),
    files: z
      .array(z.string().regex(/^(?:\*\.)?[A-Za-z0-9_.-]+$/, 'write a file name (Chart.yaml) or an extension pattern (*.tf)'))
      .optional(),
    aliases: z.array(AliasGroupSchema).optional(),
    aliasFree: z.string().min(1).optional(),
  })
  .strict();

export const RegionSchema = z
  .object({
    id: z.string().min(1),
    provider: id.optional(),
    jurisdiction: z.enum(['eu', 'us', 'apac', 'ca', 'latam', 'mea']),
    country: z
      .string()
      .regex(/^[a-z]{2}$/, 'write the ISO 3166 two-letter country code in lower case (au, ca)')
      .optional(),
    geography: z.string().min(1),
    patterns: z.array(regexSource).optional(),
    residencyTerms: z.array(z.string().min(2)).optional(),
    names: z.array(z.string().min(2)).optional(),
    places: z.array(z.string().min(2)).optional(),
  })
  .strict();

export const RegimeSchema = z
  .object({
    id,
    name: z.string().min(1),
    regulated: z.boolean(),
    audited: z.boolean(),
    obligations: z.array(z.string().min(1)),
    controls: z.array(z.enum(REGIME_CONTROLS)).optional(),
    vendorPaper: z.string().min(1).optional(),
    dataPlacement: z.string().min(1).optional(),
    residencyArea: z.string().min(1).optional(),
    aliases: z.array(AliasGroupSchema).optional(),
  })
  .strict();

const minutes = z.number().int().min(0).nullable();
export const DrTierSchema = z
  .object({
    id,
    name: z.string().min(1),
    rtoMinutes: minutes,
    rpoMinutes: minutes,
    rtoBand: z.string().min(1),
    rpoBand: z.string().min(1),
    costClass: z.enum(['free', 'low', 'medium', 'high']),
    summary: z.string().min(1),
  })
  .strict();

const words = z.string().min(1);
export const PlatformFamilySchema = z
  .object({
    id: z.enum(PLATFORM_FAMILIES),
    platforms: z.array(id).optional(),
    kinds: z.array(z.enum(TECH_KINDS)).optional(),
    fallback: z.boolean().optional(),
    secretStore: z.enum(SECRET_STORES),
    operations: z
      .object({
        identity: words,
        secrets: words,
        metrics: words,
        logs: words,
        traces: words,
        alerting: words,
        isolation: words,
        network: words,
      })
      .strict(),
  })
  .strict();

export const StageSchema = z.object({ id, name: words, purpose: words, isolation: words.optional() }).strict();

export const UnitPriceSchema = z
  .object({
    usd: z.number().min(0),
    high: z.number().min(0).optional(),
    label: z.string().min(1).optional(),
    unit: z.string().min(1),
    asOf: z.string().min(1),
    source: z.string().min(1),
  })
  .strict()
  .refine((p) => p.high === undefined || p.usd <= p.high, 'usd must not exceed high');

export const CurrencySchema = z
  .object({
    id: z.string().regex(/^[A-Z]{3}$/, 'a currency id is its ISO 4217 code, e.g. EUR'),
    usd: z.number().positive(),
    asOf: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();

/** One knowledge file: any of the record families, each a list, plus unit prices. */
export const KnowledgeFileSchema = z
  .object({
    technologies: z.array(TechSchema).optional(),
    regions: z.array(RegionSchema).optional(),
    regimes: z.array(RegimeSchema).optional(),
    drTiers: z.array(DrTierSchema).optional(),
    platformFamilies: z.array(PlatformFamilySchema).optional(),
    stages: z.array(StageSchema).optional(),
    prices: z.record(z.string().min(1), UnitPriceSchema).optional(),
    currencies: z.array(CurrencySchema).optional(),
  })
  .strict();

export type KnowledgeFile = z.infer<typeof KnowledgeFileSchema>;

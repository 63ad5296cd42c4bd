// A technology the inputs state for a role is the choice or carried alongside, never replaced by a catalogue option.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import type { Decision, TechSlot } from '../../../src/core/types.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

function decide(spec: ProfileSpec, unknown: { id: string; name: string; slot: TechSlot }[] = []): Map<string, Decision> {
  const p = makeProfile(spec);
  p.unknownTechnologies = unknown.map((u) => ({ ...u, evidence: [{ file: 'docs/stack.md', line: 4, quote: u.name }], confidence: 0.9 }));
  return new Map(decideAll(p).map((d) => [d.id, d]));
}

describe('stated choices are kept', () => {
  it.each<[string, ProfileSpec, string, string]>([
    ['an IaC tool outside the options', { cloudProviders: ['azure'], iacTools: ['arm-templates'] }, 'cicd.iac-tool', 'arm-templates'],
    ['a database outside the options', { cloudProviders: ['azure'], dataStores: ['sql-server'] }, 'data.primary-database', 'sql-server'],
    ['a graph database', { compute: ['kubernetes'], dataStores: ['neo4j', 'redis'] }, 'data.primary-database', 'neo4j'],
    ['a time-series database', { cloudProviders: ['aws'], dataStores: ['influxdb'] }, 'data.primary-database', 'influxdb'],
  ])('%s becomes the choice', (_n, spec, point, id) => {
    const d = decide(spec).get(point)!;
    expect(d.choice).toBe(id);
    expect(d.basis).toBe('committed');
    expect(d.stated?.unknown).toBe(false);
    expect(d.options[0].id).toBe(id);
    expect(d.assumptions).toEqual([]);
  });

  it("gives a stated engine its own engine attribute, not the closest option's", () => {
    const d = decide({ compute: ['kubernetes'], dataStores: ['neo4j'] }).get('data.primary-database')!;
    expect(d.attributes?.engine).toBe('neo4j');
  });

  it('carries a stated tool alongside a committed option', () => {
    const d = decide({ cloudProviders: ['gcp'], iacTools: ['terraform', 'firebase-cli'] }).get('cicd.iac-tool')!;
    expect(d.choice).toBe('terraform');
    expect(d.alsoCommitted).toContain('firebase-cli');
  });

  it('does not read a data store of another role as the database', () => {
    const d = decide({ cloudProviders: ['aws'], dataStores: ['postgresql', 'redis', 's3'] }).get('data.primary-database')!;
    expect(d.choice).toBe('postgresql');
    expect(d.alsoCommitted).toEqual([]);
  });

  it('keeps a platform the knowledge base lacks, and stays compatible with it', () => {
    const ds = decide({ frameworks: ['react'], languages: ['python'], dataStores: ['postgresql'] }, [
      { id: 'zephyr-cloud', name: 'Zephyr Cloud', slot: 'hosting-platform' },
    ]);
    const platform = ds.get('cloud.primary-platform')!;
    expect(platform.choice).toBe('zephyr-cloud');
    expect(platform.stated).toMatchObject({ unknown: true, name: 'Zephyr Cloud' });
    expect(platform.rationale).toContain('not in the knowledge base');
    const hyperscalerOnly = [
      'aws-waf',
      'azure-waf',
      'cloud-armor',
      'cloudfront',
      'azure-front-door',
      'cloud-cdn',
      'ecs',
      'cloud-run',
      'container-apps',
      'amazon-rds',
      'cloud-sql',
      'azure-database',
      'aws-secrets-manager',
      'azure-key-vault',
      'gcp-secret-manager',
      'cloudwatch',
      'azure-monitor',
      'cloud-monitoring',
    ];
    const offending = [...ds.values()].filter((d) => hyperscalerOnly.includes(d.choice)).map((d) => `${d.id}=${d.choice}`);
    expect(offending).toEqual([]);
  });

  it('keeps an unknown IaC tool as the choice', () => {
    const d = decide({ cloudProviders: ['aws'] }, [{ id: 'stackforge', name: 'StackForge', slot: 'iac' }]).get('cicd.iac-tool')!;
    expect(d.choice).toBe('stackforge');
    expect(d.stated?.unknown).toBe(true);
  });
});

// The products the network, registry, database-hosting and logging decisions offer are seen committed when a stack names them;
// a spelling that writes out its provider ("AWS WAF") commits the provider too, one that does not ("Amazon ECR") only implies it.
import { describe, expect, it } from 'vitest';
import { ProfileView } from '../../../src/core/decide/profile-view.js';
import { doc, profileOf } from './helpers.js';

const stackRow = (layer: string, name: string) =>
  profileOf(
    doc('docs/architecture/tech-stack.md', 'tech-stack', `# Tech Stack\n\n| Layer | Technology |\n| --- | --- |\n| ${layer} | ${name} |\n`),
  );

describe('option records named in a tech stack', () => {
  it.each([
    ['WAF', 'AWS WAF', 'aws-waf', 'aws'],
    ['WAF', 'Google Cloud Armor', 'cloud-armor', 'gcp'],
    ['WAF', 'Cloudflare WAF', 'cloudflare-waf', 'cloudflare'],
    ['WAF', 'Azure Web Application Firewall', 'azure-waf', 'azure'],
    ['Edge', 'Azure Front Door', 'azure-front-door', 'azure'],
    ['Load balancer', 'AWS Application Load Balancer', 'alb', 'aws'],
    ['Load balancer', 'Azure Application Gateway', 'azure-app-gateway', 'azure'],
    ['Load balancer', 'Google Cloud Load Balancing', 'google-load-balancer', 'gcp'],
    ['Database', 'Google Cloud SQL for MySQL', 'cloud-sql', 'gcp'],
    ['Database', 'Azure Database for PostgreSQL', 'azure-database', 'azure'],
    ['Registry', 'AWS ECR', 'ecr', 'aws'],
    ['Registry', 'Google Cloud Artifact Registry', 'artifact-registry', 'gcp'],
    ['Logs', 'CloudWatch Logs', 'cloudwatch-logs', null],
  ])('%s: %s commits to %s (and its provider %s)', (layer, name, id, provider) => {
    const v = new ProfileView(stackRow(layer, name));
    expect(v.committed(id)).not.toBeNull();
    if (provider) expect(v.committed(provider)).not.toBeNull();
  });

  it.each([
    ['Database', 'Amazon RDS for PostgreSQL', 'amazon-rds'],
    ['Registry', 'Amazon ECR', 'ecr'],
    ['Load balancer', 'Application Load Balancer', 'alb'],
    ['Registry', 'GitLab Container Registry', 'gitlab-registry'],
    ['Registry', 'GitHub Container Registry', 'ghcr'],
    ['Registry', 'Docker Hub', 'docker-hub'],
    ['Alerting', 'Grafana OnCall', 'grafana-oncall'],
    ['APM', 'Datadog APM', 'datadog-apm'],
  ])('%s: %s commits to %s', (layer, name, id) => {
    expect(new ProfileView(stackRow(layer, name)).committed(id)).not.toBeNull();
  });

  it('keeps the engine as the data store and files the managed service apart', () => {
    const p = stackRow('Database', 'Amazon RDS for PostgreSQL');
    expect(p.dataStores.map((f) => f.id)).toEqual(['postgresql']);
    expect(p.services.map((f) => f.id)).toContain('amazon-rds');
  });
});

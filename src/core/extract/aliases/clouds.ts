// Clouds and hosting platforms: the providers a project can commit to.
import { alias, type AliasEntry } from './alias-entry.js';

export const CLOUD_ALIASES: AliasEntry[] = [
  alias('aws', 'cloudProviders', ['AWS', 'Amazon Web Services', 'Amazon Cloud']),
  alias('azure', 'cloudProviders', ['Azure', 'MS Azure', 'Microsoft Azure', 'Azure Cloud']),
  alias('gcp', 'cloudProviders', ['GCP', 'Google Cloud Platform', 'Google Cloud', 'Google Compute Engine']),
  alias('vercel', 'cloudProviders', ['Vercel'], { implies: ['compute:vercel'] }),
  alias('netlify', 'cloudProviders', ['Netlify'], { implies: ['compute:netlify'] }),
  alias('cloudflare', 'cloudProviders', ['Cloudflare', 'CloudFlare']),
  alias('supabase', 'cloudProviders', ['Supabase'], { implies: ['dataStores:postgresql'] }),
  alias('firebase', 'cloudProviders', ['Firebase']),
  alias('heroku', 'cloudProviders', ['Heroku'], { implies: ['compute:heroku'] }),
  alias('fly-io', 'cloudProviders', ['Fly.io', 'fly io', 'flyio'], { implies: ['compute:fly-io'] }),
  alias('railway', 'cloudProviders', ['Railway', 'Railway.app'], { implies: ['compute:railway'] }),
  alias('render', 'cloudProviders', ['Render.com'], { exact: ['Render'], vendor: /\b(deploy|host|hosting|paas|platform|render\.com|web service|background worker)\b/i, stackOnly: true, implies: ['compute:render'] }),
  alias('digitalocean', 'cloudProviders', ['DigitalOcean', 'Digital Ocean']),
  alias('vms', 'compute', ['Droplet', 'Droplets', 'DO Droplet'], { implies: ['cloudProviders:digitalocean'] }),
  alias('hetzner', 'cloudProviders', ['Hetzner', 'Hetzner Cloud']),
  alias('linode', 'cloudProviders', ['Linode', 'Akamai Cloud']),
  alias('ovhcloud', 'cloudProviders', ['OVH', 'OVHcloud', 'OVH Cloud']),
  alias('huawei-cloud', 'cloudProviders', ['Huawei Cloud']),
  alias('alibaba-cloud', 'cloudProviders', ['Alibaba Cloud', 'Aliyun']),
  alias('oracle-cloud', 'cloudProviders', ['Oracle Cloud', 'OCI', 'Oracle Cloud Infrastructure']),
  alias('ibm-cloud', 'cloudProviders', ['IBM Cloud']),
  alias('convex', 'cloudProviders', ['Convex'], { vendor: /\b(convex\b.{0,60}\b(backend|database|platform|functions?|queries|mutations|actions|real-?time|adapter|schema)|(backend|database|platform)\b.{0,40}\bconvex)/i, implies: ['dataStores:convex', 'compute:convex-functions'] }),
  alias('cloudkit', 'cloudProviders', ['CloudKit', 'iCloud CloudKit'], { implies: ['dataStores:cloudkit'] }),
  alias('on-prem', 'cloudProviders', [
    'on-prem', 'on-premise', 'on-premises', 'on premise', 'on premises', 'self-hosted', 'self hosted',
    'customer-managed VMs', 'customer managed VMs', 'customer VMs', 'customer-managed infrastructure', '/customer data ?cent(?:er|re)s?/',
    '/customer[- ]managed (?:virtual machines|servers|environments)/', '/less[- ]cloud[- ]native (?:customer )?environments?/',
    'bare metal', 'bare-metal', '/(?:our|their) own data ?cent(?:er|re)s?/',
  ]),
];

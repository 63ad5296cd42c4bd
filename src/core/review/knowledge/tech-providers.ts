// Which provider a provider-specific service or tool belongs to, to spot services that cannot run on the chosen platform.

/** Managed services that exist only on one provider. */
export const SERVICE_PROVIDER: Record<string, string> = {
  eks: 'aws',
  ecs: 'aws',
  fargate: 'aws',
  'aws-lambda': 'aws',
  'elastic-beanstalk': 'aws',
  'api-gateway': 'aws',
  cloudfront: 'aws',
  'cloudfront-functions': 'aws',
  dynamodb: 'aws',
  sqs: 'aws',
  sns: 'aws',
  kinesis: 'aws',
  redshift: 'aws',
  s3: 'aws',
  aks: 'azure',
  'app-service': 'azure',
  'container-apps': 'azure',
  'azure-functions': 'azure',
  'cosmos-db': 'azure',
  'service-bus': 'azure',
  'event-hubs': 'azure',
  'azure-blob-storage': 'azure',
  gke: 'gcp',
  'cloud-run': 'gcp',
  'cloud-functions': 'gcp',
  'app-engine': 'gcp',
  firestore: 'gcp',
  bigquery: 'gcp',
  pubsub: 'gcp',
  gcs: 'gcp',
  'vercel-functions': 'vercel',
  'cloudflare-workers': 'cloudflare',
  r2: 'cloudflare',
  'supabase-edge-functions': 'supabase',
  'firebase-functions': 'firebase',
};

/** Services that many clients reach over the internet from any platform: a different provider is normal, not a mismatch. */
export const PORTABLE_SERVICES = new Set(['s3', 'r2', 'gcs', 'bigquery', 'cloudfront', 'sns', 'sqs']);

/** Infrastructure-as-code tools that can only drive one provider. */
export const IAC_PROVIDER: Record<string, string> = {
  cdk: 'aws',
  cloudformation: 'aws',
  sam: 'aws',
  bicep: 'azure',
  'arm-templates': 'azure',
  'deployment-manager': 'gcp',
};

/** Providers that count as the same account family (Firebase runs inside Google Cloud). */
export const SAME_FAMILY: Record<string, string> = { firebase: 'gcp' };

export function sameProvider(a: string, b: string): boolean {
  return (SAME_FAMILY[a] ?? a) === (SAME_FAMILY[b] ?? b);
}

// What runs the code: orchestrators, functions, containers, VMs, platforms, gateways and CDNs.
import { alias, type AliasEntry } from './alias-entry.js';

const AWS = ['cloudProviders:aws'];
const GCP = ['cloudProviders:gcp'];
const AZURE = ['cloudProviders:azure'];
const CF = ['cloudProviders:cloudflare'];

export const COMPUTE_ALIASES: AliasEntry[] = [
  alias('kubernetes', 'compute', ['Kubernetes', 'K8s', 'k3s', 'OpenShift', 'Rancher', 'kubectl']),
  alias('eks', 'compute', ['EKS', 'Amazon EKS', 'AWS EKS', 'Elastic Kubernetes Service'], { implies: [...AWS, 'compute:kubernetes'] }),
  alias('aks', 'compute', ['AKS', 'Azure Kubernetes Service'], { implies: [...AZURE, 'compute:kubernetes'] }),
  alias('gke', 'compute', ['GKE', 'Google Kubernetes Engine', 'GKE Autopilot'], { implies: [...GCP, 'compute:kubernetes'] }),
  alias('ecs', 'compute', ['ECS', 'Amazon ECS', 'AWS ECS', 'Elastic Container Service', 'ECS Fargate'], { implies: AWS }),
  alias('fargate', 'compute', ['Fargate', 'AWS Fargate', 'ECS on Fargate'], { implies: AWS }),
  alias('aws-lambda', 'compute', ['AWS Lambda', 'Amazon Lambda', 'Lambda function', 'Lambda functions', 'Lambda@Edge', 'Lambdas'], { implies: AWS }),
  alias('aws-lambda', 'compute', [], { exact: ['Lambda'], implies: AWS }),
  alias('azure-functions', 'compute', ['Azure Functions', 'Azure Function', 'Azure Durable Functions'], { implies: AZURE }),
  alias('cloud-functions', 'compute', ['Cloud Functions', 'Google Cloud Functions', 'GCP Cloud Functions', 'Cloud Run functions'], { implies: GCP }),
  alias('cloud-run', 'compute', ['Cloud Run', 'Google Cloud Run', 'GCP Cloud Run', 'Cloud Run Jobs'], { implies: GCP }),
  alias('app-service', 'compute', ['Azure App Service', 'App Service', 'Azure Web Apps'], { implies: AZURE }),
  alias('container-apps', 'compute', ['Azure Container Apps', 'Container Apps'], { implies: AZURE }),
  alias('app-engine', 'compute', ['App Engine', 'Google App Engine'], { implies: GCP }),
  alias('elastic-beanstalk', 'compute', ['Elastic Beanstalk', 'AWS Elastic Beanstalk'], { implies: AWS }),
  alias('app-runner', 'compute', ['App Runner', 'AWS App Runner'], { implies: AWS }),
  alias('vms', 'compute', ['EC2', 'Amazon EC2', 'EC2 instance', 'EC2 instances'], { implies: AWS }),
  alias('vms', 'compute', ['Compute Engine'], { implies: GCP }),
  alias('vms', 'compute', ['Azure VMs', 'Azure Virtual Machines'], { implies: AZURE }),
  alias('vms', 'compute', ['virtual machine', 'virtual machines', 'VPS', 'VMs', 'Linux server', 'Ubuntu server', 'dedicated server', 'Lightsail']),
  alias('docker', 'compute', ['Docker', 'Dockerfile', 'Dockerfiles', 'Docker containers', 'Docker images', 'Podman', 'containerd']),
  alias('docker-compose', 'compute', ['Docker Compose', 'docker-compose', 'Compose file', 'compose.yaml', 'docker-compose.yml']),
  alias('docker-swarm', 'compute', ['Docker Swarm']),
  alias('nomad', 'compute', ['Nomad', 'HashiCorp Nomad']),
  alias('vercel-functions', 'compute', ['Vercel Functions', 'Vercel Serverless Functions', 'Vercel Edge Functions'], { implies: ['cloudProviders:vercel'] }),
  alias('edge-functions', 'compute', ['Edge Functions', 'edge function']),
  alias('supabase-edge-functions', 'compute', ['Supabase Edge Functions', 'Supabase Edge Function', 'Supabase Functions'], { implies: ['cloudProviders:supabase', 'compute:edge-functions'] }),
  alias('cloudflare-workers', 'compute', ['Cloudflare Workers', 'Cloudflare Worker', 'CF Workers', 'Workers for Platforms', 'Durable Objects'], { implies: CF }),
  alias('cloudflare-workers', 'compute', [], { exact: ['Workers', 'Worker'], vendor: /cloudflare|wrangler/i, implies: CF }),
  alias('cloudflare-pages', 'compute', ['Cloudflare Pages', 'CF Pages'], { implies: CF }),
  alias('cloudflare-pages', 'compute', [], { exact: ['Pages'], vendor: /cloudflare|wrangler/i, implies: CF }),
  alias('firebase-functions', 'compute', ['Firebase Functions', 'Cloud Functions for Firebase'], { implies: ['cloudProviders:firebase'] }),
  alias('convex-functions', 'compute', ['Convex functions', 'Convex actions', 'Convex mutations', 'Convex queries'], { implies: ['cloudProviders:convex'] }),
  alias('api-gateway', 'compute', ['API Gateway', 'Amazon API Gateway', 'AWS API Gateway', 'HTTP API Gateway', 'API GW', 'APIGW'], { vendor: /\b(aws|amazon|lambda|api gateway v2|rest api|http api|apigw|api gw|cdk)\b/i, implies: AWS }),
  alias('cloudfront', 'compute', ['CloudFront', 'Amazon CloudFront', 'AWS CloudFront', 'CloudFront distribution'], { implies: AWS }),
  alias('cloudfront-functions', 'compute', ['CloudFront Functions', 'CloudFront Function'], { implies: [...AWS, 'compute:cloudfront'] }),
  alias('step-functions', 'compute', ['Step Functions', 'AWS Step Functions'], { implies: AWS }),
];

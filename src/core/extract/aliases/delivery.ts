// Infrastructure-as-code tools and CI/CD systems.
import { alias, type AliasEntry } from './alias-entry.js';

export const IAC_ALIASES: AliasEntry[] = [
  alias('terraform', 'iacTools', ['Terraform', 'HashiCorp Terraform', 'Terraform Cloud', 'HCL modules']),
  alias('opentofu', 'iacTools', ['OpenTofu', 'Open Tofu']),
  alias('pulumi', 'iacTools', ['Pulumi']),
  alias('cdk', 'iacTools', ['AWS CDK', 'CDK', 'Cloud Development Kit', 'CDK v2', 'CDKv2', 'aws-cdk-lib', 'aws-cdk'], { implies: ['cloudProviders:aws'] }),
  alias('cdktf', 'iacTools', ['CDKTF', 'CDK for Terraform']),
  alias('cloudformation', 'iacTools', ['CloudFormation', 'AWS CloudFormation', 'CFN template', 'CloudFormation stack', 'CloudFormation stacks'], { implies: ['cloudProviders:aws'] }),
  alias('bicep', 'iacTools', ['Bicep', 'Azure Bicep'], { implies: ['cloudProviders:azure'] }),
  alias('arm-templates', 'iacTools', ['ARM template', 'ARM templates', 'Azure Resource Manager templates'], { implies: ['cloudProviders:azure'] }),
  alias('ansible', 'iacTools', ['Ansible', 'Ansible playbooks', 'Ansible playbook']),
  alias('helm', 'iacTools', ['Helm', 'Helm chart', 'Helm charts', 'Helmfile'], { implies: ['compute:kubernetes'] }),
  alias('kustomize', 'iacTools', ['Kustomize']),
  alias('serverless-framework', 'iacTools', ['Serverless Framework', 'serverless.yml']),
  alias('sam', 'iacTools', ['AWS SAM', 'SAM template', 'Serverless Application Model'], { implies: ['cloudProviders:aws'] }),
  alias('crossplane', 'iacTools', ['Crossplane']),
  alias('wrangler', 'iacTools', ['Wrangler', 'wrangler.toml', 'Wrangler CLI'], { implies: ['cloudProviders:cloudflare'] }),
  alias('chef', 'iacTools', ['Chef Infra']),
  alias('puppet', 'iacTools', ['Puppet']),
];

export const CICD_ALIASES: AliasEntry[] = [
  alias('github-actions', 'ciCd', ['GitHub Actions', 'Github Action', 'GH Actions', 'GitHub workflows', '.github/workflows']),
  alias('gitlab-ci', 'ciCd', ['GitLab CI', 'GitLab CI/CD', 'GitLab pipelines', 'gitlab-ci.yml', '.gitlab-ci.yml', 'GitLab Runner']),
  alias('azure-devops', 'ciCd', ['Azure DevOps', 'Azure Pipelines', 'ADO pipelines'], { implies: [] }),
  alias('jenkins', 'ciCd', ['Jenkins', 'Jenkinsfile']),
  alias('circleci', 'ciCd', ['CircleCI', 'Circle CI']),
  alias('bitbucket-pipelines', 'ciCd', ['Bitbucket Pipelines']),
  alias('aws-codepipeline', 'ciCd', ['CodePipeline', 'AWS CodePipeline', 'CodeBuild', 'AWS CodeBuild'], { implies: ['cloudProviders:aws'] }),
  alias('cloud-build', 'ciCd', ['Cloud Build', 'Google Cloud Build'], { implies: ['cloudProviders:gcp'] }),
  alias('argocd', 'ciCd', ['Argo CD', 'ArgoCD']),
  alias('flux', 'ciCd', ['FluxCD', 'Flux CD'], { exact: ['Flux'], vendor: /gitops|kubernetes|k8s|helm/i }),
  alias('vercel-deployments', 'ciCd', ['Vercel deployments', 'Vercel preview deployments', 'Vercel Git integration']),
  alias('expo-eas', 'ciCd', ['Expo EAS', 'EAS Build', 'EAS Submit', 'EAS Update', 'Expo Application Services']),
  alias('expo-eas', 'ciCd', [], { exact: ['EAS'], vendor: /expo/i }),
  alias('xcode-cloud', 'ciCd', ['Xcode Cloud']),
  alias('fastlane', 'ciCd', ['fastlane']),
  alias('travis-ci', 'ciCd', ['Travis CI', 'TravisCI']),
  alias('teamcity', 'ciCd', ['TeamCity']),
  alias('drone-ci', 'ciCd', ['Drone CI']),
];

// Environments: which ones exist, how they are isolated, configured and kept alike.
import { item } from '../checklist-item.js';
import { anyOf, atLeast, mentions, words } from '../detectors.js';

export const environmentItems = [
  item({
    id: 'ckl-env-named',
    area: 'environments',
    title: 'Environments named',
    description: 'At least two environments (for example development, staging, production) are named.',
    severity: 'error',
    detects: 'two of: dev/development/local, test/QA/staging/UAT/pre-prod/preview, prod/production/live',
    detect: atLeast(2, [
      words('dev', 'development', 'local', 'sandbox'),
      words('test(?:ing)? environment', 'QA', 'staging', 'stage', 'UAT', 'pre-?prod(?:uction)?', 'preview'),
      words('prod', 'production', 'live'),
    ]),
    docs: {
      why: 'Changes need somewhere to be proven before they reach users.',
      fix: 'List the environments with their purpose, who uses them and how close each is to production.',
    },
  }),
  item({
    id: 'ckl-env-isolation',
    area: 'environments',
    title: 'Environment isolation',
    description: 'How environments are kept apart (separate accounts, projects, networks, databases, credentials) is stated.',
    severity: 'error',
    detects:
      'isolation/isolated, separate accounts/projects/subscriptions/databases/clusters, dedicated per environment, namespaces, segregation',
    detect: anyOf(
      mentions(
        words(
          'isolat(?:ed|ion|es|e)',
          'segregat\\w*',
          'separate(?:d)? (?:AWS |GCP |Azure |cloud )?(?:accounts?|projects?|subscriptions?|databases?|instances?|VPCs?|VNets?|clusters?|stacks?|environments?|credentials|keys|buckets?|apps?|services?|branches)',
          'dedicated (?:accounts?|projects?|databases?|instances?|VPCs?|clusters?|stacks?)',
          'namespaces?',
          'per[- ]environment',
          'account per',
          'environment-specific (?:stacks?|accounts?|resources|credentials|databases?)',
          'no shared (?:resources|data|databases?|credentials)',
        ),
      ),
    ),
    docs: {
      why: 'Shared resources between environments let a test mistake damage production data.',
      fix: 'State the isolation boundary (account, project, network, database) and which credentials each environment uses.',
    },
  }),
  item({
    id: 'ckl-env-configuration',
    area: 'environments',
    title: 'Per-environment configuration',
    description: 'How configuration differs per environment (variables, parameter files, feature flags) is described.',
    severity: 'warning',
    detects:
      'environment variables, env vars, .env files, config per environment, parameter files (tfvars, CDK context), app configuration, feature flags',
    detect: mentions(
      words(
        'environment variables?',
        'env(?:ironment)? vars?',
        '\\.env(?:\\.\\w+)?',
        'configuration (?:management|per environment|files?)',
        'config(?:uration)? (?:files?|maps?|per)',
        'ConfigMaps?',
        'tfvars',
        'CDK context',
        'context values',
        'parameter (?:files?|store)',
        'App Configuration',
        'feature flags?',
        'settings per environment',
        'environment-specific (?:config\\w*|settings|values)',
      ),
    ),
    docs: {
      why: 'Configuration differences are where environment drift and "works in staging" bugs come from.',
      fix: 'Say where configuration lives, how it is versioned and which values differ per environment.',
    },
  }),
  item({
    id: 'ckl-env-parity',
    area: 'environments',
    title: 'Environment parity',
    description: 'How closely non-production environments mirror production is stated.',
    severity: 'info',
    detects: 'parity, production-like, mirrors production, same IaC/templates, scaled-down copy',
    detect: mentions(
      words(
        'parity',
        'production-like',
        'prod-like',
        'mirror(?:s|ing)? (?:of )?prod(?:uction)?',
        '(?:same|identical) (?:IaC|templates?|stacks?|configuration|infrastructure|code)',
        'scaled[- ]down',
        'replica of production',
        'close to production',
      ),
    ),
    docs: {
      why: 'The further staging drifts from production, the less a passing test there means.',
      fix: 'State which aspects match production (IaC, versions, data shape) and which are scaled down, and why.',
    },
  }),
];

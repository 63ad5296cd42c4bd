// BMAD integration: development environment, deployment of agents' work, integration and testing infrastructure.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, together, words } from '../detectors.js';

export const bmadItems = [
  item({
    id: 'ckl-bmad-dev-environment',
    area: 'bmad',
    title: 'Local development environment',
    description: 'How developers run and test the system locally is described.',
    severity: 'warning',
    detects: 'local development/setup/environment, Docker Compose, devcontainers, emulators, LocalStack, localhost',
    detect: anyOf(
      heading(words('development environment', 'local development', 'local setup', 'developer setup', 'dev environment')),
      mentions(
        words(
          'local (?:development|dev|setup|environment|testing|stack)',
          'locally',
          'docker[- ]compose',
          'dev ?containers?',
          'LocalStack',
          'emulators?',
          'localhost',
          'sam local',
          'supabase start',
          'vercel dev',
          'hot reload',
        ),
      ),
    ),
    docs: {
      why: 'A reproducible local environment is what every development agent and engineer starts from.',
      fix: 'Describe the local stack (containers, emulators, seed data) and how it mirrors the cloud services.',
    },
  }),
  item({
    id: 'ckl-bmad-app-deployment',
    area: 'bmad',
    title: 'How application code is deployed',
    description: 'How frontend and backend code produced by development agents gets deployed is described.',
    severity: 'info',
    detects: 'frontend/backend/API/web app named together with deploy/hosted/served/runs on',
    detect: together(
      words('front-?end', 'back-?end', 'API', 'web ?app', 'site', 'application', 'SPA', 'static assets'),
      words('deploy\\w*', 'hosted', 'hosting', 'served', 'runs on', 'published', 'uploaded'),
    ),
    docs: {
      why: 'Development agents need to know where their output runs and how it gets there.',
      fix: 'For each application component state the build artefact, target platform and deployment trigger.',
    },
  }),
  item({
    id: 'ckl-bmad-integration',
    area: 'bmad',
    title: 'Service integration',
    description: 'How services communicate (APIs, events, queues, webhooks) and how infrastructure supports it is described.',
    severity: 'info',
    detects: 'service-to-service calls, API gateway, REST/GraphQL/gRPC, events, queues, webhooks, pub/sub, integration points',
    detect: mentions(
      words(
        'service-to-service',
        'inter-service',
        'API Gateway',
        'REST(?:ful)?',
        'GraphQL',
        'gRPC',
        'events?',
        'event bus',
        'EventBridge',
        'queues?',
        'webhooks?',
        'pub/?sub',
        'message (?:bus|broker|queue)',
        'integration (?:points?|architecture|patterns?)',
        'integrations?',
      ),
    ),
    docs: {
      why: 'Communication paths decide network rules, identity between services and failure behaviour.',
      fix: 'List the integration paths with protocol, authentication and what happens on failure.',
    },
  }),
  item({
    id: 'ckl-bmad-testing-infrastructure',
    area: 'bmad',
    title: 'Testing infrastructure',
    description: 'Infrastructure for testing (test environments, preview deployments, test data, CI test runners) is described.',
    severity: 'info',
    detects: 'test environments, testing infrastructure, preview/ephemeral environments, test data/fixtures, integration-test setup',
    detect: mentions(
      words(
        'test(?:ing)? (?:environments?|infrastructure|data|fixtures|accounts?|stacks?|databases?)',
        '(?:preview|ephemeral|review) (?:environments?|apps?|deploy\\w*)',
        'integration tests?',
        'e2e',
        'end-to-end',
        'testing patterns?',
        'test suites?',
      ),
    ),
    docs: {
      why: 'QA and development agents need places and data to test against that do not touch production.',
      fix: 'Describe the test environments, how they are created and where test data comes from.',
    },
  }),
  item({
    id: 'ckl-bmad-agent-workflows',
    area: 'bmad',
    title: 'Support for BMAD agent workflows',
    description:
      'The infrastructure needs of the BMAD agents (architect, developer, QA, DevOps) or the wider development workflow are addressed.',
    severity: 'info',
    detects: 'BMAD, agents, stories/epics, developer workflow',
    detect: mentions(words('BMAD', 'agents?', 'stor(?:y|ies)', 'epics?', 'developer workflow', 'development workflow', 'sprint')),
    docs: {
      why: 'In BMAD projects the architecture is consumed by agents that implement stories; they need explicit infrastructure guidance.',
      fix: 'Add a BMAD integration section listing what each agent workflow needs from the infrastructure.',
    },
  }),
];

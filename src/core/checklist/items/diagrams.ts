// Diagrams: at least one Mermaid diagram, and diagrams for the views reviewers expect.
import { item } from '../checklist-item.js';
import { diagramAbout, diagramBlocks, words } from '../detectors.js';

export const diagramItems = [
  item({
    id: 'ckl-diag-mermaid-present',
    area: 'diagrams',
    title: 'Mermaid diagram present',
    description: 'The document contains at least one Mermaid diagram.',
    severity: 'warning',
    detects: 'a ```mermaid fenced block',
    detect: (view) => {
      const d = diagramBlocks(view, true)[0];
      return d ? { passed: true, line: d.line } : { passed: false };
    },
    docs: {
      why: 'Mermaid diagrams render on GitHub and in most doc tools and stay versioned with the text.',
      fix: 'Add a high-level infrastructure diagram as a ```mermaid flowchart.',
    },
  }),
  item({
    id: 'ckl-diag-network',
    area: 'diagrams',
    title: 'Network or infrastructure topology diagram',
    description: 'A diagram shows the network or overall infrastructure topology.',
    severity: 'warning',
    detects:
      'a diagram whose content or heading mentions network, VPC, subnet, topology, internet, CDN, load balancer, infrastructure or architecture',
    detect: diagramAbout(
      words(
        'network',
        'VPC',
        'VNet',
        'subnets?',
        'topology',
        'internet',
        'CDN',
        'CloudFront',
        'load balancer',
        'ALB',
        'infrastructure',
        'architecture',
        'overview',
      ),
    ),
    docs: {
      why: 'A topology diagram is the fastest way to review zones, exposure and dependencies.',
      fix: 'Add a diagram of the networks/zones and the components in each, from the internet to the data tier.',
    },
  }),
  item({
    id: 'ckl-diag-data-flow',
    area: 'diagrams',
    title: 'Data-flow diagram',
    description: 'A diagram shows how data flows between components and external services.',
    severity: 'info',
    detects: 'a sequence diagram, or a diagram whose content or heading mentions data flow, flow, request, integration',
    detect: diagramAbout(/sequenceDiagram|\b(?:data[- ]?flow|flows?|request|integration|interaction)\b/i),
    docs: {
      why: 'Data flows show where personal data travels, which matters for security and compliance review.',
      fix: 'Add a sequence or flow diagram of the main request and data paths.',
    },
  }),
  item({
    id: 'ckl-diag-pipeline',
    area: 'diagrams',
    title: 'Deployment pipeline diagram',
    description: 'A diagram shows the CI/CD pipeline stages.',
    severity: 'info',
    detects: 'a diagram whose content or heading mentions pipeline, CI/CD, build, deploy, release',
    detect: diagramAbout(words('pipeline', 'CI ?/ ?CD', 'CI', 'build', 'deploy\\w*', 'release', 'GitHub Actions')),
    docs: {
      why: 'A pipeline diagram makes gates and promotion order reviewable at a glance.',
      fix: 'Add a flowchart of build, test, scan and deploy stages per environment.',
    },
  }),
  item({
    id: 'ckl-diag-environments',
    area: 'diagrams',
    title: 'Environment promotion diagram',
    description: 'A diagram shows the environments and how changes are promoted between them.',
    severity: 'info',
    detects: 'a diagram whose content or heading mentions environments, or both a non-production and a production environment',
    detect: (view) => {
      const prod = /\bprod(?:uction)?\b/i;
      const nonProd = /\b(?:dev|development|staging|test|uat|preview|local)\b/i;
      const d = diagramBlocks(view).find(
        (c) => (prod.test(c.source) && nonProd.test(c.source)) || c.trail.some((t) => /\benvironments?\b|promotion/i.test(t)),
      );
      return d ? { passed: true, line: d.line } : { passed: false };
    },
    docs: {
      why: 'Seeing the environments side by side exposes shared resources and missing stages.',
      fix: 'Add a diagram of dev → staging → production with what is promoted and the gates.',
    },
  }),
  item({
    id: 'ckl-diag-security',
    area: 'diagrams',
    title: 'Security / trust-boundary diagram',
    description: 'A diagram shows trust boundaries or security controls.',
    severity: 'info',
    detects: 'a diagram whose content or heading mentions security, trust, boundary, WAF, firewall, IAM, auth, encryption',
    detect: diagramAbout(
      words('security', 'trust', 'boundar(?:y|ies)', 'WAF', 'firewall', 'IAM', 'auth\\w*', 'encrypt\\w*', 'Cognito', 'zones?', 'private'),
    ),
    docs: {
      why: 'A trust-boundary diagram is the starting point of any threat model.',
      fix: 'Add a diagram with the boundaries (internet, edge, app, data, admin) and the controls at each crossing.',
    },
  }),
];

// Cloud strategy and platform selection: which provider, where, and why.
import { item } from '../checklist-item.js';
import { anyOf, heading, inSection, mentions, techWords, together, words } from '../detectors.js';

/** A hosting platform the catalogue knows, or words for hosting with no product name. */
export const PROVIDER = techWords(
  (c) => c.hostingTargets(),
  'on-?prem(?:ise|ises)?',
  'self-?hosted',
  'bare[- ]metal',
  '(?:own|customer) data ?cent(?:er|re)s?',
  'private cloud',
);

export const cloudItems = [
  item({
    id: 'ckl-cloud-provider-named',
    area: 'cloud',
    title: 'Cloud or hosting platform named',
    description: 'The document names the cloud provider(s) or hosting platform(s) the system runs on.',
    severity: 'error',
    detects: 'a provider or platform name (AWS, Azure, GCP, Vercel, Railway, on-premises, ...)',
    detect: mentions(PROVIDER),
    docs: {
      why: 'Every other decision (network, identity, managed services, cost) depends on the platform; a reader must find it in one glance.',
      fix: 'State the primary platform in the overview, e.g. "Runs on AWS (eu-west-2)", and any secondary providers.',
    },
  }),
  item({
    id: 'ckl-cloud-rationale',
    area: 'cloud',
    title: 'Platform choice justified',
    description: 'The platform choice comes with a rationale or the alternatives that were weighed.',
    severity: 'warning',
    detects:
      'rationale words (because, rationale, chosen, trade-off, pros/cons, alternatives) next to a provider or in a cloud/platform section',
    detect: anyOf(
      together(
        PROVIDER,
        words(
          'because',
          'rationale',
          'reasons?',
          'chosen',
          'selected',
          'justification',
          'trade-?offs?',
          'pros',
          'cons',
          'alternatives?',
          'why',
          'instead of',
          'rather than',
          'over',
          'compared',
          'fits?',
          'due to',
          'for (?:its|their)',
          'leverag\\w*',
        ),
      ),
      inSection(
        words('cloud', 'platform', 'provider', 'hosting'),
        words('because', 'rationale', 'chosen', 'selected', 'justification', 'trade-?offs?', 'why', 'alternatives?'),
      ),
    ),
    docs: {
      why: 'A choice without a reason cannot be re-examined when constraints change, and reviewers cannot tell a decision from a default.',
      fix: 'Add a short rationale (team skills, existing accounts, managed services, cost, compliance) and the alternatives considered.',
    },
  }),
  item({
    id: 'ckl-cloud-regions',
    area: 'cloud',
    title: 'Regions or locations stated',
    description: 'Where the system is hosted (cloud regions, geography or data-residency boundary) is stated.',
    severity: 'warning',
    detects: 'region codes (us-east-1, eu-west-2, sgp1), the word region(s), a geography tied to hosting, or data residency',
    detect: mentions(
      words(
        'regions?',
        'regional',
        'multi-region',
        'data residency',
        'residency',
        'availability zones?',
        'AZs?',
        'data ?cent(?:er|re)s?',
        'geograph\\w*',
        'locality',
      ),
      /\b(?:us|eu|ap|ca|sa|me|af|uk|europe|asia|australia|northeurope|westeurope)-(?:[a-z]+-)?\d\b|\b[a-z]{2,4}\d\b(?=.*\b(?:region|droplet|datacenter)\b)/i,
    ),
    docs: {
      why: 'Latency, data-protection law and disaster-recovery design all hinge on where the system runs.',
      fix: 'Name the primary region (and a secondary one if DR needs it), and say why (users, data residency).',
    },
  }),
  item({
    id: 'ckl-cloud-managed-services',
    area: 'cloud',
    title: 'Managed services identified',
    description: 'The document says which capabilities come from managed services and which are self-run.',
    severity: 'info',
    detects: 'managed, fully managed, PaaS, SaaS, serverless or "as-a-service" wording',
    detect: mentions(
      words(
        'managed',
        'fully[- ]managed',
        'PaaS',
        'SaaS',
        'serverless',
        '\\w+-as-a-service',
        'as a service',
        'provider-managed',
        'self-managed',
        'self-hosted',
      ),
    ),
    docs: {
      why: 'Managed versus self-run is the main driver of operational load and of the shared-responsibility split.',
      fix: 'For each major component say whether it is a managed service, and which operational duties remain with the team.',
    },
  }),
  item({
    id: 'ckl-cloud-account-structure',
    area: 'cloud',
    title: 'Account or project structure',
    description: 'How cloud accounts, subscriptions, projects or workspaces are organised is described.',
    severity: 'info',
    detects: 'accounts, subscriptions, GCP projects, organizations, landing zone, workspaces, tenancy, profiles',
    detect: anyOf(
      mentions(
        words(
          '(?:AWS |cloud |separate |dedicated |single |sub-?)accounts?',
          'account (?:structure|strategy|per)',
          'organi[sz]ations?',
          'landing zone',
          'subscriptions?',
          'resource groups?',
          'management groups?',
          'GCP projects?',
          'folders?',
          'workspaces?',
          'OUs?',
          'Control Tower',
          'AWS profile',
        ),
      ),
      heading(words('accounts?', 'tenancy', 'landing zone')),
    ),
    docs: {
      why: 'Account boundaries are the strongest isolation and billing boundary a cloud offers.',
      fix: 'Describe the account/subscription/project layout (for example one per environment) and who administers it.',
    },
  }),
];

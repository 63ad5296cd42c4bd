// The phrases that say who runs the product and where: each a weighted vote for one product archetype.
import type { ProductArchetype } from '../types.js';

export interface ArchetypeSignal {
  archetype: ProductArchetype;
  /** What the phrase shows, for the evidence list and the tests. */
  name: string;
  weight: number;
  /** Matched against one block's text; must be global so every hit is seen. */
  re: RegExp;
  /** A cheap test a block must pass before `re` runs: most blocks hold none of these words. */
  gate: RegExp;
}

// Who may be running the software when it is not the team: the people it is shipped to.
const RECIPIENT = String.raw`(?:customers?|clients?|users?|operators?|organi[sz]ations?|enterprises?|tenants?|adopters?|administrators?|admins?|companies|teams)`;
const OWN_PLACE = String.raw`(?:infrastructure|servers?|machines?|hardware|clusters?|data\s*cent(?:er|re)s?|clouds?|premises|environments?|networks?|vms?|hosts?|accounts?)`;
const DEVICE = String.raw`(?:raspberry\s*pi|jetson|esp32|arduino|microcontrollers?|single[- ]board\s+computers?|embedded\s+(?:devices?|boards?|linux|systems?|hardware)|edge\s+devices?|kiosks?|appliances?|drones?|robots?|companion\s+computers?|set[- ]top\s+box(?:es)?|gateways?\s+devices?)`;
// "no server-side rendering", "no backend changes": a part or an activity of a server, not its absence.
const NOT_A_SERVER_PART = String.raw`(?![-\w])(?!\s+(?:rendering|changes|work|code|calls?|connections?|round[- ]?trips?|logic|validation|state|sessions?|push|polling|processing|access|required\s+for))`;
const ARTEFACT = String.raw`(?:(?:docker|container|oci)\s+(?:containers?|images?)|helm\s+charts?|binar(?:y|ies)|installers?|(?:deb|rpm|msi|apk)\s+packages?|appliance\s+images?)`;
const REGISTRY = String.raw`(?:npm|pypi|crates\.io|maven\s+central|rubygems|nuget|homebrew|packagist|pub\.dev|cocoapods|jsr|hex\.pm|the\s+go\s+module\s+proxy)`;

export const ARCHETYPE_SIGNALS: ArchetypeSignal[] = [
  // Shipped to others to run: their infrastructure, their premises, any cluster, an installable artefact.
  {
    archetype: 'self-hosted-distributable',
    name: "runs on the recipient's own infrastructure",
    weight: 3,
    gate: /\b(?:own|private|internal)\s/i,
    re: new RegExp(
      String.raw`\b${RECIPIENT}'?\s*(?:[\w-]+\s+){0,6}?(?:their|its|your)\s+own\s+(?:[\w-]+\s+){0,2}?${OWN_PLACE}\b|\b${RECIPIENT}'?s?'?\s+(?:own\s+|private\s+|internal\s+)${OWN_PLACE}\b`,
      'gi',
    ),
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'customer-managed environment',
    weight: 3,
    gate: /\b(?:customer|client)[- ]/i,
    re: /\b(?:customer|client)[- ](?:managed|hosted|operated|owned|premises|sites?|environments?|infrastructure|clusters?|data\s*cent(?:er|re)s?|vms?)\b/gi,
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'on-premises deployment',
    weight: 2,
    gate: /\bon[- ]?prem/i,
    re: /\bon[- ]?prem(?:ise|ises)?s?\b[^.;\n]{0,30}?\b(?:deploy(?:ment|able|ed)?s?|install(?:ation|ed|able)?s?|kubernetes|clusters?)\b|\b(?:deploy(?:ment|able|ed)?|install(?:ed|able)?)\b[^.;\n]{0,40}?\bon[- ]?prem(?:ise|ises)?s?\b/gi,
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'runs on any cluster or cloud',
    weight: 2.5,
    gate: /\bany\s+(?:\w+\s+){0,2}?(?:kubernetes|k8s|cluster|cloud|linux|server|machine|host|vm)|cloud[- ](?:agnostic|neutral|independent)/i,
    re: /\b(?:runs?|running|deploy(?:ed|able)?|install(?:ed|able)?)\s+(?:\w+\s+){0,2}?(?:on|to|in|into)\s+any\s+(?:\w+\s+){0,2}?(?:kubernetes|k8s|clusters?|clouds?|linux|servers?|machines?|hosts?|vms?)\b|\bcloud[- ](?:agnostic|neutral|independent)\b/gi,
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'installable artefact',
    weight: 2,
    gate: /helm|installer|image|binar|packages?\b/i,
    re: /\b(?:deployable|installable|installed|distributed|shipped|packaged|delivered)\s+(?:\w+\s+){0,2}?(?:via|as|with|through|using)\s+(?:a\s+|an\s+|one\s+)?(?:single\s+)?(?:helm\s+charts?|installer|(?:docker|container|oci)\s+images?|binar(?:y|ies)|(?:deb|rpm|msi)\s+packages?)\b|\bhelm\s+install\b/gi,
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'recipients run a shipped artefact',
    weight: 3,
    gate: /docker|container|oci|helm|binar|installer|packages?\b|image/i,
    re: new RegExp(
      String.raw`\b${RECIPIENT}\s+(?:can\s+|will\s+|must\s+|should\s+)?(?:start|run|install|deploy|launch|pull|self-host|operate)s?\s+(?:[\w-]+\s+){0,4}?(?:as|from|with|using|via)\s+(?:an?\s+|the\s+|our\s+|one\s+)?(?:single\s+)?${ARTEFACT}`,
      'gi',
    ),
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'open-source server software',
    weight: 1,
    gate: /open[- ]source/i,
    re: /\bopen[- ]source\s+(?:[\w-]+\s+){0,3}?(?:servers?|services?|platforms?|tools?|gateways?|agents?|operators?|proxies|proxy)\b/gi,
  },
  {
    archetype: 'self-hosted-distributable',
    name: 'self-hosting',
    weight: 1.5,
    gate: /self[- ]?host/i,
    re: /\bself[- ]?host(?:able|ing|ed\s+(?:deployments?|installations?|editions?|versions?|distributions?|instances?\s+of\s+the\s+(?:product|platform|system|application)))\b/gi,
  },
  { archetype: 'self-hosted-distributable', name: 'air-gapped installation', weight: 2, gate: /air[- ]?gap/i, re: /\bair[- ]?gapped\b/gi },

  // Runs on a device the team builds or configures.
  {
    archetype: 'embedded-device',
    name: 'runs on a device',
    weight: 3,
    gate: new RegExp(DEVICE, 'i'),
    re: new RegExp(
      String.raw`\b(?:runs?|running|hosted|deployed|installed|executes?|executing|served|lives|resides|on-?board)\s+(?:\w+\s+){0,3}?(?:on|to|onto|in)\s+(?:the\s+|a\s+|an\s+|each\s+|every\s+|our\s+|one\s+)?(?:single\s+)?(?:[\w-]+\s+){0,1}?${DEVICE}`,
      'gi',
    ),
  },
  {
    archetype: 'embedded-device',
    name: 'device platform',
    weight: 0.75,
    gate: new RegExp(String.raw`${DEVICE}|firmware|on[- ]board`, 'i'),
    re: new RegExp(String.raw`\b${DEVICE}|\bfirmware\b|\bon[- ]board\s+(?:computer|software)\b`, 'gi'),
  },

  // Apps on end-user devices with nothing the team operates behind them.
  {
    archetype: 'client-app',
    name: 'no backend the team operates',
    weight: 3,
    gate: /backend|back-end|server|client[- ]only|no\s+cloud/i,
    re: new RegExp(
      String.raw`\bno\s+(?:custom\s+|dedicated\s+|own\s+|separate\s+|server[- ]side\s+|central(?:i[sz]ed)?\s+)?(?:backend|back-end|server)s?\b${NOT_A_SERVER_PART}|\bclient[- ]only\b|\bwithout\s+(?:a\s+|any\s+)?(?:backend|back-end|server)s?\b|\b(?:serverless|backend-?less)\s+(?:client|app)\b|\bno\s+cloud\s+(?:backend|dependenc(?:y|ies)|services?|infrastructure|hosting)\b`,
      'gi',
    ),
  },
  {
    archetype: 'client-app',
    name: 'data kept on the device',
    weight: 1.5,
    gate: /first\b|peer|locally|on[- ]device|on[- ]the|machine/i,
    re: /\b(?:local|offline)[- ]first\b|\bpeer[- ]to[- ]peer\b|\b(?:all\s+)?data\s+(?:stays|remains|is\s+(?:stored|kept)|lives)\s+(?:only\s+)?(?:locally|on[- ](?:the\s+)?(?:device|machine))\b|\bon[- ]device\s+(?:storage|processing|database|inference|data)\b/gi,
  },
  {
    archetype: 'client-app',
    name: 'app store distribution',
    weight: 1,
    gate: /store|google\s+play|testflight|f-droid/i,
    re: /\b(?:app\s+store|play\s+store|google\s+play|testflight|mac\s+app\s+store|microsoft\s+store|f-droid)\b/gi,
  },
  {
    archetype: 'client-app',
    name: 'native or desktop client',
    weight: 0.5,
    gate: /ios|macos|android|desktop|windows|linux|swiftui|electron|tauri|compose/i,
    re: /\b(?:native\s+)?(?:ios|ipados|macos|android|desktop|windows|linux)\s+(?:app(?:lication)?s?|client)\b|\b(?:swiftui|electron|tauri|jetpack\s+compose)\b|\b(?:target\s+)?platforms?\s*:[\s*]*(?:windows|macos|ios|ipados|android)\b/gi,
  },

  // An MCP or language server spoken to over stdio: the user's client launches it as a local process, nothing the team hosts.
  {
    archetype: 'library-or-cli',
    name: 'a local process its client launches (stdio)',
    weight: 3,
    gate: /stdio|standard\s+input/i,
    re: /\b(?:stdio|standard\s+input\/output)\s+(?:transport|mode|server|interface|protocol)\b|\b(?:over|via|through|using|on)\s+(?:the\s+)?(?:stdio|standard\s+input\/output)\b/gi,
  },
  // The same server deployed with a network endpoint the team runs.
  {
    archetype: 'hosted-service',
    name: 'a remote MCP endpoint the team runs',
    weight: 2,
    gate: /\bmcp\b/i,
    re: /\bremote\s+mcp\s+(?:server|endpoint)s?\b|\bmcp\s+(?:server|endpoint)s?\s+(?:is\s+|are\s+)?(?:hosted|deployed)\s+(?:on|to|at|in)\b/gi,
  },
  // Published for others to install as a package or command.
  {
    archetype: 'library-or-cli',
    name: 'published to a package registry',
    weight: 3,
    gate: /npm|pypi|crates|maven|rubygems|nuget|homebrew|packagist|pub\.dev|cocoapods|jsr|hex\.pm|module\s+proxy/i,
    re: new RegExp(
      String.raw`\b(?:publish(?:ed|es|ing)?|releas(?:ed|es|ing)|distribut(?:ed|es|ing)|available|install(?:ed|able)?)\s+(?:\w+\s+){0,3}?(?:to|on|via|through|from)\s+(?:the\s+)?${REGISTRY}\b`,
      'gi',
    ),
  },
  {
    archetype: 'library-or-cli',
    name: 'package or command-line tool',
    weight: 1,
    gate: /package|librar|module|crate|gem\b|sdk|command[- ]line|cli\b/i,
    // "a command-line task planner", "a simple CLI": the product described as a command, whatever it does.
    re: /\b(?:npm|python|pypi|rust|go|java(?:script)?|typescript|ruby|\.net)\s+(?:package|library|module|crate|gem|sdk)\b|\bcommand[- ]line\s+(?:tool|interface|utility|application|program)\b|\bcli\s+(?:tool|application|utility|program|interface)\b|\ban?\s+(?:(?:simple|small|fast|minimal|lightweight|cross-platform|single-binary)\s+)?(?:command[- ]line|cli)\b(?!\s+(?:flags?|options?|arguments?|access|for\s+admin))/gi,
  },

  {
    archetype: 'library-or-cli',
    name: 'a public API of functions and types',
    weight: 2,
    gate: /public\s+api/i,
    re: /\bpublic\s+api\b[^.\n]{0,40}?\b(?:functions?|methods|classes|types|traits|structs|interfaces)\b/gi,
  },

  // The team runs it for its users.
  {
    archetype: 'hosted-service',
    name: 'the team hosts it',
    weight: 1.5,
    gate: /saas|software[- ]as|central|\b(?:we|team)\s+(?:host|operate|run)|hosted\s/i,
    re: /\bsaas\b|\bsoftware[- ]as[- ]a[- ]service\b|\bcentral(?:ly|i[sz]ed)[- ]?host(?:ed|ing)\b|\b(?:we|the\s+team)\s+(?:host|operate|run)s?\s+(?:the|it|our|a)\b|\bhosted\s+(?:service|platform|solution|offering|web\s+app(?:lication)?)\b/gi,
  },
  {
    archetype: 'hosted-service',
    name: 'the system is deployed somewhere the team runs',
    weight: 1.5,
    gate: /\b(?:runs?|hosted|deployed|deploys)\s/i,
    re: new RegExp(
      String.raw`\b(?:backend|back-end|api|server|services?|app(?:lication)?|web\s*app|frontend|front-end|site|workers?|system|platform)\s+(?:\w+\s+){0,2}?(?:runs?|is\s+hosted|are\s+hosted|is\s+deployed|are\s+deployed|deploys?)\s+(?:on|to|in)\s+(?!(?:the\s+|a\s+|each\s+|their\s+|its\s+|your\s+)?(?:[\w-]+\s+)?(?:${DEVICE}|devices?|users?|clients?|customers?|phones?|browsers?|local|own|premises|on[- ]prem))`,
      'gi',
    ),
  },
  {
    archetype: 'hosted-service',
    name: 'web application or API served to users',
    weight: 0.5,
    gate: /web|api\b|production/i,
    // A "public API" alone may be a library's functions; only a REST or GraphQL API is surely served over the network.
    re: /\bweb[- ]?(?:app(?:lication)?|portal|dashboard|site)s?\b|\b(?:rest(?:ful)?|graphql)\s+api\b|\bproduction\s+environment\b/gi,
  },
];

/** Compute the team runs itself: a managed runtime, a cluster or a platform. Plain Docker or a VM says less. */
export const OPERATED_COMPUTE_WEIGHT = (id: string): number =>
  ['docker', 'docker-compose'].includes(id) ? 0.25 : ['vms', 'kubernetes'].includes(id) ? 0.5 : 1.5;

/** Platforms a client app may use without the team operating a backend (contract: CloudKit used only from the client). */
export const CLIENT_SIDE_PLATFORMS = new Set(['cloudkit', 'on-prem']);

/** In a Non-goals or Out-of-scope list, a refused graphical interface says the product is used as a command or a library. */
export const RULED_OUT_GUI: ArchetypeSignal = {
  archetype: 'library-or-cli',
  name: 'rules out a graphical interface',
  weight: 1.5,
  gate: /gui|graphical|user\s+interface|\bui\b/i,
  re: /\b(?:gui|graphical(?:\s+user)?\s+interface|(?:web|desktop)\s+(?:ui|user\s+interface)|user\s+interface)\b/gi,
};

/** In a Non-goals or Out-of-scope list, the service features a product rules out: what is refused says who runs it. */
export const RULED_OUT_SECTION = /\bnon[- ]?goals?\b|\bout\s+of\s+scope\b|\bnot\s+in\s+scope\b|\bexclusions?\b/i;
export const RULED_OUT_SERVICE: ArchetypeSignal = {
  archetype: 'client-app',
  name: 'rules out the features of a hosted service',
  weight: 1.5,
  gate: /cloud|sync|account|sign|log|server|back|online|hosting|user/i,
  re: /\b(?:cloud\s+(?:sync(?:hroni[sz]ation)?|storage|backups?|services?)|sync(?:ing|hroni[sz]ation)?\s+(?:across|between)\s+devices|(?:user\s+)?accounts?|sign[- ]?(?:in|up)|log[- ]?ins?|(?:a\s+)?(?:backend|back-end|server)s?|hosting|online\s+(?:features?|services?|mode)|multi[- ]?user)\b/gi,
};

/**
 * A BMAD PRD's front matter classifies the project (`classification.projectType`: desktop_app, cli_tool, iot_embedded…):
 * the template's own words for what is shipped, read by their parts so "Desktop App" and "desktop_app" agree.
 * A developer tool or a blockchain project may be hosted or not, so it says nothing here.
 */
export const PROJECT_TYPE_ARCHETYPE: { words: RegExp; archetype: ProductArchetype; weight: number }[] = [
  { words: /\b(?:desktop|mobile|game|ios|android)\b/, archetype: 'client-app', weight: 3 },
  { words: /\b(?:cli|library|sdk|package)\b/, archetype: 'library-or-cli', weight: 3 },
  { words: /\b(?:iot|embedded|firmware)\b/, archetype: 'embedded-device', weight: 3 },
  { words: /\b(?:web|saas|api|backend|full)\b/, archetype: 'hosted-service', weight: 2 },
];

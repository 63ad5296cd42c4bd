// The words a stack row's category cell uses for each slot ("Hosting", "CI/CD", "Cache"), first match wins.
import type { TechSlot } from '../types.js';

/** A category cell's words → the slot it names; order matters ("Deployment platform" is hosting before "platform" alone). */
export const SLOT_WORDS: [RegExp, TechSlot][] = [
  // "Platform" alone or a hosting kind of platform; "Target Platform" (an OS) or "Analytics Platform" (a product) is another concern.
  [
    /\b(?:hosting|host|cloud|paas|deploy(?:ment)?\s+target|infrastructure)\b|^\s*(?:(?:deploy(?:ment)?|runtime|server|app(?:lication)?|compute)\s+)?platform\s*$/i,
    'hosting-platform',
  ],
  [/\bci\s*(?:\/\s*)?cd|pipeline|continuous\b/i, 'ci-cd'],
  [/\biac\b|infrastructure\s+as\s+code|provisioning/i, 'iac'],
  [/\b(?:database|db|data\s*store|persistence)\b/i, 'database'],
  [/\bcach(?:e|ing)\b/i, 'cache'],
  [/\b(?:queue|messaging|broker|event\s+bus|streaming)\b/i, 'queue'],
  [/\b(?:object|file|blob)\s+storage\b|\bstorage\b/i, 'object-storage'],
  [/\bsearch\b/i, 'search'],
  [/\b(?:auth(?:entication|orization)?|identity|sso)\b/i, 'identity'],
  [/\bsecrets?\b/i, 'secrets'],
  [/\b(?:monitoring|logging|observability|telemetry|tracing|metrics|apm|error\s+tracking)\b/i, 'telemetry'],
  [/\b(?:cdn|waf|edge)\b/i, 'cdn-waf'],
  [/\bregistry\b/i, 'registry'],
  [/\b(?:runtime|compute|serverless|functions?)\b/i, 'runtime'],
  [/\bframework\b|\bfrontend\b|\bbackend\b|\bui\b/i, 'framework'],
  [/\blanguage\b/i, 'language'],
];

// "Hosting + CI/CD", "Hosting & pipeline", "Database and cache": the parts a joined category cell names.
const JOIN = /[+&,/]|\band\b/i;

/** Every slot a short category cell names, one per part of a joined cell ("Hosting + CI/CD" → hosting-platform, ci-cd). */
export function slotsNamed(cell: string): TechSlot[] {
  if (cell.length > 60) return [];
  const out: TechSlot[] = [];
  // "CI/CD" is one slot: its slash is not a join.
  for (const part of cell.replace(/\bci ?\/ ?cd\b/gi, 'CICD').split(JOIN)) {
    const slot = SLOT_WORDS.find(([re]) => re.test(part))?.[1];
    if (slot && !out.includes(slot)) out.push(slot);
  }
  return out;
}

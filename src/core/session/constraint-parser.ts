// Maps a free-text constraint ("no kubernetes", "must use terraform", "avoid AWS") to technology ids.
import { defaultMatcher } from '../extract/tech-hits.js';

export interface ParsedConstraint {
  text: string;
  excludes: string[];
  requires: string[];
}

const NEGATIVE =
  /\b(no|not|never|without|avoid|exclude|excluding|ban|forbid|forbidden|drop|stop using|instead of|rather than|don'?t|do not|mustn'?t|can'?t|cannot)\b/i;
const POSITIVE = /\b(must|use|require|required|mandate|only|prefer|standardi[sz]e on|stick (to|with)|keep)\b/i;

/** Ids of a few words people use that the alias tables spell differently or not at all. */
const EXTRA: [RegExp, string][] = [
  [/\bk8s\b/i, 'kubernetes'],
  [/\bserverless\b/i, 'aws-lambda'],
  [/\bself[- ]hosted\b|\bon[- ]prem(ises)?\b/i, 'on-prem'],
];

/** Splits on clause boundaries so "use Terraform, no Kubernetes" reads as two clauses. */
function clauses(text: string): string[] {
  const marked = text.replace(/\b(over|instead of|rather than)\b/gi, ', not');
  return marked
    .split(/[,;]|\band\b|\bbut\b/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function parseConstraint(text: string): ParsedConstraint {
  const matcher = defaultMatcher();
  const excludes: string[] = [];
  const requires: string[] = [];
  let lastPolarity: 'ex' | 'req' = 'req';
  for (const clause of clauses(text)) {
    const ids = new Set<string>();
    for (const hit of matcher.scan(clause)) ids.add(hit.entries[0].id);
    for (const [re, id] of EXTRA) if (re.test(clause)) ids.add(id);
    if (!ids.size) continue;
    // "instead of X" / "rather than X" negate what follows; otherwise the clause's own words decide, else the previous clause's.
    const polarity: 'ex' | 'req' = NEGATIVE.test(clause) ? 'ex' : POSITIVE.test(clause) ? 'req' : lastPolarity;
    lastPolarity = polarity;
    for (const id of [...ids].sort()) (polarity === 'ex' ? excludes : requires).push(id);
  }
  return { text: text.trim(), excludes: [...new Set(excludes)], requires: [...new Set(requires)] };
}

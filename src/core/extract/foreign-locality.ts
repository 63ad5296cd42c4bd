// "On-prem" said of another named system ("Active Directory on-prem", "LDAP (on-prem)") places that system, not this one.
import type { AliasMatcher } from './alias-matcher.js';

// The name right before: "AD on-prem", "Exchange On-Prem", "LdapProvider (on-prem)". A capitalised word, then a blank or a bracket.
const NAME_BEFORE = /(?:^|[^\w-])([A-Z][\w.-]*)(?: |\s?\(\s?)$/;
// Words that say where this system goes, or open a sentence about it: "Deploy on-prem", "Hosting (on-prem)".
const OWN_PLACEMENT =
  /^(?:deploy\w*|host\w*|run\w*|install\w*|ship\w*|self-hosted|production|infrastructure|environments?|servers?|options?|target|both|either|only|fully|entirely|also|or|and|the|a|an)$/i;
// "(on-prem vs cloud)", "(on-prem or online)", "on-prem via LDAP and Online via Graph": the two homes of a system it talks to.
const TWO_HOMES_AFTER = /^\)?(?: (?:via|through) [\w.-]+)? (?:vs\.?|versus|or|and|\/) (?:the )?(?:cloud|online)\b/i;
/** Categories of this system's own platform: "Kubernetes on-prem" says where the team runs its cluster. */
const OWN_PLATFORM = new Set(['cloudProviders', 'compute']);

/** Whether the on-premises mention at [start, end) of `text` places another named system rather than this one. */
export function placesOtherSystem(text: string, start: number, end: number, matcher: AliasMatcher): boolean {
  if (TWO_HOMES_AFTER.test(text.slice(end, end + 40))) return true;
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m || OWN_PLACEMENT.test(m[1])) return false;
  return !matcher.scan(m[1]).some((h) => h.entries.some((e) => OWN_PLATFORM.has(e.category)));
}

// Reads the constraints a statement sets by refusing a kind of thing rather than naming one: no cloud, localhost only, no new technology.

/** A refusal the cross-check compares with the decisions' typed attributes. */
export type NegativeConstraint = 'no-cloud' | 'localhost-only' | 'no-new-technology' | 'no-lock-in';

export const NEGATIVE_TOPIC: Record<NegativeConstraint, string> = {
  'no-cloud': 'Cloud dependency',
  'localhost-only': 'Network exposure',
  'no-new-technology': 'New technologies',
  'no-lock-in': 'Vendor lock-in',
};

// "no cloud dependency", "without any cloud services", "fully offline", "air-gapped", "on-premises only", "must not rely on the cloud".
// "offline-first" or "offline mode" alone is a client capability beside a server, not a refusal of the cloud.
const NO_CLOUD =
  /\b(?:no|without(?: any)?|zero)[ -](?:public[ -])?cloud\b|\b(?:fully|entirely|completely|purely|100 ?%) (?:offline|local)\b|\boffline[- ]only\b|\bair[- ]?gapped\b|\bno (?:internet|network) (?:connection|connectivity|access|dependency)\b|\bon[- ]prem(?:ise|ises)?[- ]only\b|\blocal[- ]only (?:deployment|operation|application|app|system|installation|processing)\b|\b(?:not|never) (?:rely|depend)(?:s|ing)? on (?:the |any )?(?:public )?cloud\b/i;
// "must run on-premises", "shall be deployed entirely on-prem", "self-hosted only": a place the system must run, so no cloud.
const ON_PREM_ONLY =
  /\b(?:must|shall|has to|have to|needs? to|will) (?:be )?(?:run|runs|deployed|hosted|installed|operated) (?:entirely |only |fully |exclusively )?on[- ]prem(?:ise|ises)?\b|\bself[- ]hosted[- ]only\b/i;
// "no vendor lock-in", "avoid cloud lock-in", "cloud-agnostic", "provider-neutral".
const NO_LOCK_IN =
  /\b(?:no|avoid(?:ing)?|without|minimi[sz]e|prevent|limit) (?:any )?(?:vendor|cloud|provider|platform)[- ]lock[- ]?in\b|\b(?:cloud|vendor|provider)[- ](?:agnostic|neutral|independent)\b/i;
// "localhost only", "binds only to 127.0.0.1", "accessible only on localhost".
const LOCALHOST_ONLY =
  /\b(?:localhost|127\.0\.0\.1)[- ]only\b|\bonly (?:on|to|via|from) (?:localhost|127\.0\.0\.1)\b|\bbinds? (?:only )?to (?:localhost|127\.0\.0\.1)\b|\b(?:localhost|127\.0\.0\.1) (?:access )?only\b/i;
// "no new technologies", "stick to the existing stack", "avoid introducing new tools".
const NO_NEW_TECH =
  /\bno new (?:technolog(?:y|ies)|tools?|frameworks?|infrastructure|services|dependencies|languages|platforms?)\b|\b(?:stick|limited|restricted) to (?:the |our )?(?:existing|current) (?:stack|technolog(?:y|ies)|tools|tooling|infrastructure)\b|\bavoid (?:introducing|adding) (?:any )?new (?:technolog(?:y|ies)|tools?|infrastructure|services|dependencies)\b/i;

// "works fully offline with automatic sync": offline capability beside a server it syncs to, not a refusal of the cloud.
const SYNCS = /\bsync(?:s|ed|ing|hroni[sz]\w*)?\b|\boffline[- ]first\b|\b(?:back )?online\b|\breconnect/i;

const RULES: [RegExp, NegativeConstraint][] = [
  [NO_CLOUD, 'no-cloud'],
  [ON_PREM_ONLY, 'no-cloud'],
  [LOCALHOST_ONLY, 'localhost-only'],
  [NO_NEW_TECH, 'no-new-technology'],
  [NO_LOCK_IN, 'no-lock-in'],
];

/** The refusals a statement makes, in a fixed order; none for an ordinary statement. */
export function negativeConstraints(text: string): NegativeConstraint[] {
  // Whitespace runs are folded first, so the patterns match single spaces and stay linear.
  const flat = text.replace(/\s+/g, ' ');
  const syncs = SYNCS.test(flat);
  const kinds = RULES.filter(([re, kind]) => re.test(flat) && !(kind === 'no-cloud' && syncs && !ON_PREM_ONLY.test(flat)));
  return [...new Set(kinds.map(([, kind]) => kind))];
}

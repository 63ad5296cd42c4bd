// Rule: credentials kept in files, repositories or plain variables rather than a secrets manager.
import { defineRule, type Finding } from '../rule.js';
import { kb } from '../../knowledge/active.js';
import type { SecretStore } from '../../knowledge/types.js';
import type { RuleContext } from '../rule-context.js';
import { refName } from '../../model/model-ref.js';

/**
 * The kind of store the secrets live in, from typed data only: the chosen option's attribute, a chosen technology
 * the catalogue files as a secrets store, or (no decision) the default of the platform's family. Null: outside any.
 */
function storeOf(ctx: RuleContext, choice: string | null): SecretStore | null {
  if (!choice) return kb().platformFamily(ctx.family()).secretStore;
  const attr = ctx.attrs('security.secrets').secretStore;
  if (attr) return attr;
  return kb().tech(choice)?.slots.includes('secrets') ? 'manager' : null;
}

export default defineRule({
  meta: {
    id: 'secrets-outside-manager',
    category: 'security-implementation',
    title: 'Secrets outside a secrets manager',
    description:
      'Secrets are handled as files, repository content or plain environment variables instead of a secrets manager with access control, audit and rotation.',
    why: 'Secrets in .env files and repositories leak through forks, logs and laptops, and cannot be rotated or audited. Platform variables are encrypted at rest but usually lack per-secret access logs and rotation, which regulated systems need.',
    detection:
      "The security.secrets decision or the model's secrets field: files, repositories or none is yellow (red with regulated data); platform environment variables are green (yellow with regulated data).",
    mitigation:
      "Use the platform's secrets manager (AWS Secrets Manager, Azure Key Vault, Google Secret Manager, Vault, Doppler), inject at runtime, rotate on a schedule, and scan the repository for leaked keys.",
    falsePositives: 'Secrets are encrypted in the repository with SOPS or sealed-secrets and decrypted only in the pipeline.',
    docs: ['https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html'],
    resolvedBy: 'security.secrets',
    messages: {
      platformVariables:
        'Secrets live in platform environment variables ({choice}): encrypted at rest, but without per-secret audit or rotation.',
      outsideManager: 'Secrets are handled as {choice}, outside a secrets manager.',
    },
  },
  check(ctx) {
    const choice = ctx.choice('security.secrets');
    // The model holds the store by id (a decision's option or the platform family's default); its name is for the message.
    const text = choice ? (ctx.decisions.get('security.secrets')?.choiceTitle ?? choice) : refName(ctx.model.security.secrets);
    const regulated = !!ctx.regulated();
    const evidence = { facts: ctx.decisionFacts('security.secrets'), model: ['security.secrets'] };
    const store = storeOf(ctx, choice);
    // Encrypted files are a stated trade-off (see falsePositives), not secrets left in the open.
    if (store === 'manager' || store === 'encrypted-files') return [];
    if (store === 'platform-variables') {
      return [
        {
          subject: 'security.secrets',
          signal: signalOf('platformVariables', regulated),
          evidence,
          messageId: 'platformVariables',
          data: { choice: text },
        },
      ];
    }
    return [
      {
        subject: 'security.secrets',
        signal: signalOf('outsideManager', regulated),
        evidence,
        messageId: 'outsideManager',
        data: { choice: text },
      },
    ];
  },
});

/**
 * The one severity function of this rule, by what it found: platform variables are minor friction; credentials outside any manager are an incident waiting. Regulated data raises each.
 */
function signalOf(found: 'platformVariables' | 'outsideManager', regulated: boolean): Finding['signal'] {
  if (found === 'platformVariables') return { impact: 1, likelihood: 3, regulated, basis: 'stated' };
  return { impact: 3, likelihood: 2, regulated, basis: 'stated' };
}

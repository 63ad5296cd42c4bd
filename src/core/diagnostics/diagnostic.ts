// Builds a Diagnostic from a message id and data: the wording (message and hint) comes from templates kept as data.
import type { Diagnostic } from '../types.js';
import { fillTemplate, formatMessage, type Message, type MessageTemplates } from './message.js';

/** A family of diagnostics: the message of each id, and what the user can do about it. */
export interface DiagnosticTemplates<Id extends string> {
  messages: MessageTemplates<Id>;
  hints: Partial<Record<Id, string>>;
}

/** The diagnostic for `msg`; `code` repeats the message id so readers of the older field see the same value. */
export function diagnostic<Id extends string>(
  templates: DiagnosticTemplates<Id>,
  severity: Diagnostic['severity'],
  msg: Message<Id>,
  where: { file?: string; line?: number } = {},
): Diagnostic {
  const hint = templates.hints[msg.messageId];
  return {
    severity,
    code: msg.messageId,
    messageId: msg.messageId,
    data: msg.data,
    message: formatMessage(templates.messages, msg),
    ...where,
    ...(hint === undefined ? {} : { hint: fillTemplate(hint, msg.data) }),
  };
}

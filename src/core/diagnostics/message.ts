// One message shape for every stage (ESLint style): a stable message id plus data, with the wording kept as templates.

/** Values a template's `{name}` placeholders are filled from. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a check says, as data: tests assert `messageId` (and `data`), never the wording. */
export interface Message<Id extends string = string> {
  messageId: Id;
  data: MessageData;
}

/** The wording of each message id: `{name}` placeholders are filled from the message's data. */
export type MessageTemplates<Id extends string = string> = Readonly<Record<Id, string>>;

/** Identity helper that keeps the literal ids of a templates record, so a misspelt id fails to compile. */
export function defineMessages<Id extends string>(templates: { readonly [K in Id]: string }): MessageTemplates<Id> {
  return templates;
}

/** A message of the given id; `data` defaults to none. */
export function message<Id extends string>(messageId: Id, data: MessageData = {}): Message<Id> {
  return { messageId, data };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The text of a message. An unknown id is a programming error; a placeholder without data stays visible so tests see it. */
export function formatMessage<Id extends string>(templates: MessageTemplates<Id>, msg: Message<Id>): string {
  const template = Object.prototype.hasOwnProperty.call(templates, msg.messageId) ? templates[msg.messageId] : undefined;
  if (template === undefined) throw new Error(`no template for message id ${msg.messageId}`);
  return fillTemplate(template, msg.data);
}

/** Fills `{name}` placeholders from `data`; one without a value is left as written. */
export function fillTemplate(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** The placeholder names a template uses, in order of first use (for tests that check data against templates). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

// The shared message shape: ids plus data, templates as data, one formatter.
export { defineMessages, fillTemplate, formatMessage, message, placeholders } from './message.js';
export type { Message, MessageData, MessageTemplates } from './message.js';
export { diagnostic, type DiagnosticTemplates } from './diagnostic.js';

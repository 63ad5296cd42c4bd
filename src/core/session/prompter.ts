// The prompt interface the session talks to: a terminal implementation, a scripted one and defaults for `--yes`.

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

/**
 * Every question carries a stable `key` (`kind:scope`, e.g. `feedback:compute`, `choose-option:compute`,
 * `concern:rule@subject`) so a scripted prompter can answer it from an answers file.
 */
export interface SelectQuestion<T extends string> {
  key: string;
  message: string;
  choices: Choice<T>[];
  default?: T;
}

export interface InputQuestion {
  key: string;
  message: string;
  default?: string;
  /** Returns true, or the message to show when the answer is not acceptable. */
  validate?: (value: string) => true | string;
}

export interface ConfirmQuestion {
  key: string;
  message: string;
  default?: boolean;
}

export interface Prompter {
  select<T extends string>(q: SelectQuestion<T>): Promise<T>;
  input(q: InputQuestion): Promise<string>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  /** Shows text to the person (the terminal), never part of the document. */
  say(text: string): void;
  /** True when a person answers; false for scripted and `--yes` runs. */
  readonly interactive: boolean;
}

export function keyOf(kind: string, scope = ''): string {
  return scope ? `${kind}:${scope}` : kind;
}

export function splitKey(key: string): { kind: string; scope: string } {
  const i = key.indexOf(':');
  return i < 0 ? { kind: key, scope: '' } : { kind: key.slice(0, i), scope: key.slice(i + 1) };
}

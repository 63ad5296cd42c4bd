// The terminal prompter: the session's questions asked with @inquirer/prompts.
import { confirm, input, select } from '@inquirer/prompts';
import type { ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from '../core/session/prompter.js';

export class InquirerPrompter implements Prompter {
  readonly interactive = true;

  constructor(private readonly output: NodeJS.WriteStream = process.stdout) {}

  say(text: string): void {
    this.output.write(`${text}\n`);
  }

  select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    return select<T>({
      message: q.message,
      choices: q.choices.map((c) => ({ value: c.value, name: c.name, description: c.description })),
      default: q.default,
      pageSize: 12,
      loop: false,
    });
  }

  input(q: InputQuestion): Promise<string> {
    return input({ message: q.message, default: q.default, validate: q.validate });
  }

  confirm(q: ConfirmQuestion): Promise<boolean> {
    return confirm({ message: q.message, default: q.default });
  }
}

/** Terminal width for the side-by-side option view, clamped to something readable. */
export function terminalWidth(): number {
  return Math.max(60, Math.min(process.stdout.columns ?? 100, 160));
}

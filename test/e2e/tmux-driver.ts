// Drives a program in a tmux pane: read the screen, send keys, wait for the next prompt.
import { execFileSync } from 'node:child_process';

const tmux = (...args: string[]) => execFileSync('/usr/bin/tmux', args, { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class TmuxPane {
  constructor(readonly name: string) {}

  static start(name: string, command: string): TmuxPane {
    tmux('new-session', '-d', '-s', name, '-x', '150', '-y', '45', `${command}; sleep 600`);
    tmux('set-option', '-t', name, 'history-limit', '100000');
    return new TmuxPane(name);
  }

  screen(): string {
    return tmux('capture-pane', '-p', '-J', '-t', this.name, '-S', '-100000');
  }

  keys(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  type(text: string): void {
    tmux('send-keys', '-t', this.name, '-l', text);
    tmux('send-keys', '-t', this.name, 'Enter');
  }

  /** Moves a select from the default choice to the target index and confirms. */
  pick(fromIndex: number, toIndex: number): void {
    const d = toIndex - fromIndex;
    for (let i = 0; i < Math.abs(d); i++) this.keys(d > 0 ? 'Down' : 'Up');
    this.keys('Enter');
  }

  /** Answered prompts so far (inquirer marks them `✔ `). */
  answered(): number {
    return (this.screen().match(/^✔ /gm) ?? []).length;
  }

  async waitFor(test: (screen: string) => boolean, what: string, timeoutMs = 60_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = this.screen();
      if (test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen ends:\n${s.split('\n').slice(-30).join('\n')}`);
      await sleep(150);
    }
  }

  kill(): void {
    try {
      execFileSync('/usr/bin/tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

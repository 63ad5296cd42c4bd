// Starts an interactive session on a real terminal (used by the pseudo-terminal test through tmux).
import { runIncremental } from '../../src/app/incremental.js';
import { InquirerPrompter, terminalWidth } from '../../src/cli/prompter-inquirer.js';

const [dir, date, how] = process.argv.slice(2);
const r = await runIncremental(dir, { prompter: new InquirerPrompter(), date, resume: how === 'resume', width: terminalWidth() });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.stdout.write(`\nSESSION-EXIT ${r.exitCode}\n`);

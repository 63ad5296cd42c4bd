// The thin CLI shell: parses arguments with commander and hands each command to its app function.
// Commands import their app module lazily so `--help` and light commands start fast.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import type { RunResult } from '../app/run-result.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

function emit(r: RunResult): number {
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.exitCode;
}

export function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('infra-arch')
    .description('Turn planning documents (PRD, architecture, tech stack, guidelines) into a justified infrastructure architecture.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('analyze')
    .description('print the facts extracted from the planning documents, each with file:line')
    .argument('[dir]', 'project folder', '.')
    .option('--json', 'print the profile as JSON (the contract of contract/canonical-ids.md)')
    .option('--decisions', 'also run the decision engine and include its decisions')
    .action(async (dir: string, o: { json?: boolean; decisions?: boolean }) => {
      const { runAnalyze } = await import('../app/analyze.js');
      setCode(emit(runAnalyze(dir, o)));
    });

  program
    .command('explain')
    .description('print a decision point, an option (point/option), a review rule or a checklist item')
    .argument('[id]', 'what to explain; omit to list everything')
    .action(async (id: string | undefined) => {
      const { runExplain } = await import('../app/explain.js');
      const { EXPLAINERS } = await import('../app/explainers.js');
      setCode(emit(runExplain(id, EXPLAINERS)));
    });

  program
    .command('validate')
    .description('check any infrastructure architecture document: checklist coverage, Mermaid, placeholders, links, consistency')
    .argument('[doc]', 'the document to check', 'docs/infrastructure-architecture.md')
    .option('--format <format>', 'text, json or sarif', 'text')
    .option('--json', 'short for --format json')
    .option('--project <dir>', 'also check consistency with this project\'s planning documents')
    .action(async (doc: string, o: { format: string; json?: boolean; project?: string }) => {
      const format = o.json ? 'json' : o.format;
      if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        process.stderr.write(`infra-arch validate: unknown format "${format}": use text, json or sarif\n`);
        setCode(2);
        return;
      }
      const { validateFile } = await import('../io/validate-file.js');
      const r = await validateFile(doc, { format, projectDir: o.project, toolVersion: pkg.version });
      setCode(emit({ exitCode: r.exitCode, stdout: r.exitCode === 2 ? '' : r.output, stderr: r.exitCode === 2 ? r.output : '' }));
    });

  return program;
}

/** Runs the CLI and resolves to the exit code: 0 ok, 1 check failed, 2 usage or input error. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => { code = c; });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`infra-arch: unexpected error: ${(err as Error).message}\nPlease report this with the command you ran.\n`);
    return 2;
  }
}

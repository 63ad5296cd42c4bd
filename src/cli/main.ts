// The thin CLI shell: parses arguments with commander and hands each command to its app function.
// Commands import their app module lazily so `--help` and light commands start fast.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import type { RunResult } from '../app/run-result.js';
import { DOMAINS } from '../core/decide/domains.js';
import { installProcessGuards } from '../io/interrupt.js';
import { registerInitCommand } from './commands/init.js';
import { registerMcpCommand } from './commands/mcp.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

let quiet = false;

/** Writes a command's result; `--quiet` keeps only what goes to stderr (warnings and errors). */
function emit(r: RunResult): number {
  if (r.stdout && !quiet) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.exitCode;
}

/** `--no-cache` and `--quiet` on a command: set before its action runs. */
function common(cmd: Command, opts: { cache?: boolean; quiet?: boolean } = { cache: true }): Command {
  if (opts.cache) cmd.option('--no-cache', 'neither read nor write the parse and diagram cache (see docs/limits.md)');
  if (opts.quiet) cmd.option('-q, --quiet', 'print only warnings and errors');
  return cmd.hook('preAction', (c) => {
    const o = c.opts() as { cache?: boolean; quiet?: boolean };
    if (o.cache === false) process.env.INFRA_ARCH_NO_CACHE = '1';
    quiet = Boolean(o.quiet);
  });
}

/** The `Examples:` block each command's --help ends with. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

interface CreateFlags {
  mode?: string;
  answers?: string;
  yes?: boolean;
  date?: string;
  json?: boolean;
  force?: boolean;
}

/** The domains `revise --section` accepts, from the one table of domains. */
const DOMAIN_IDS: string[] = DOMAINS.map((d) => d.id);

/** Chooses the mode (incremental on a terminal, YOLO otherwise) and runs it. */
async function runCreateCommand(dir: string, o: CreateFlags, extra: { resume?: boolean; reviseSection?: string } = {}): Promise<RunResult> {
  const usage = (msg: string): RunResult => ({ exitCode: 2, stdout: '', stderr: `infra-arch: ${msg}\n` });
  if (o.mode !== undefined && o.mode !== 'yolo' && o.mode !== 'incremental')
    return usage(`unknown mode "${o.mode}": use incremental or yolo`);
  if (extra.reviseSection !== undefined && !DOMAIN_IDS.includes(extra.reviseSection))
    return usage(`unknown section "${extra.reviseSection}": use one of ${DOMAIN_IDS.join(', ')}`);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const mode = o.mode ?? (o.answers || o.yes || interactive ? 'incremental' : 'yolo');
  if (mode === 'yolo') {
    if (o.answers) return usage('--answers drives an incremental session; drop --mode yolo');
    const { runCreateYolo } = await import('../app/create-yolo.js');
    return runCreateYolo(dir, { date: o.date, force: o.force, json: o.json });
  }
  if (!o.answers && !o.yes && !interactive) {
    // resume and revise have no --mode: suggest only flags the command has.
    const ways = extra.resume || extra.reviseSection ? '--answers FILE or --yes' : '--answers FILE, --yes, or --mode yolo';
    return usage(`an incremental session needs a terminal: pass ${ways}`);
  }
  const { runIncremental } = await import('../app/incremental.js');
  const prompter = o.answers || o.yes ? undefined : new (await import('./prompter-inquirer.js')).InquirerPrompter();
  const { terminalWidth } = await import('./prompter-inquirer.js');
  return runIncremental(dir, {
    prompter,
    answersFile: o.answers,
    yes: o.yes,
    date: o.date,
    force: o.force,
    width: terminalWidth(),
    resume: extra.resume,
    reviseSection: extra.reviseSection as never,
  });
}

export function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('infra-arch')
    .description('Turn planning documents (PRD, architecture, tech stack, guidelines) into a justified infrastructure architecture.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .option('--knowledge <dir>', 'add or override technologies, regions, regimes, DR tiers and prices from the *.yaml files of this folder')
    .addHelpText(
      'after',
      examples(
        'infra-arch create my-project',
        'infra-arch check my-project',
        'infra-arch validate my-project/docs/infrastructure-architecture.md --project my-project',
      ),
    );
  // Every command runs against one catalogue: the built-in one, the project's .infra-arch/knowledge/ and --knowledge.
  program.hook('preAction', async (_program, action) => {
    const dirArg = ['analyze', 'create', 'resume', 'revise', 'review', 'check'].includes(action.name())
      ? ((action.processedArgs[0] as string | undefined) ?? '.')
      : (action.opts() as { project?: string }).project;
    const { loadCatalogue } = await import('../io/knowledge/load-catalogue.js');
    const { useCatalogue } = await import('../core/knowledge/active.js');
    useCatalogue(loadCatalogue({ projectDir: dirArg, knowledgeDir: (program.opts() as { knowledge?: string }).knowledge }));
  });

  common(program.command('analyze'), { cache: true })
    .description('print the facts extracted from the planning documents, each with file:line')
    .argument('[dir]', 'project folder', '.')
    .option('--json', 'print the profile as JSON (the contract of contract/canonical-ids.md)')
    .option('--decisions', 'also run the decision engine and include its decisions')
    .addHelpText('after', examples('infra-arch analyze my-project', 'infra-arch analyze my-project --json | jq .profile.cloudProviders'))
    .action(async (dir: string, o: { json?: boolean; decisions?: boolean }) => {
      const { runAnalyze } = await import('../app/analyze.js');
      setCode(emit(runAnalyze(dir, o)));
    });

  program
    .command('explain')
    .description('print a decision point, an option (point/option), a review rule or a checklist item')
    .argument('[id]', 'what to explain; omit to list everything')
    .addHelpText(
      'after',
      examples('infra-arch explain', 'infra-arch explain data.primary-database', 'infra-arch explain data.primary-database/postgresql'),
    )
    .action(async (id: string | undefined) => {
      const { runExplain } = await import('../app/explain.js');
      const { EXPLAINERS } = await import('../app/explainers.js');
      const { ruleExplainer } = await import('../app/review.js');
      setCode(emit(runExplain(id, [ruleExplainer, ...EXPLAINERS])));
    });

  common(program.command('create'), { cache: true, quiet: true })
    .description('run the workflow and write docs/infrastructure-architecture.md, ADRs, diagrams and the model')
    .argument('[dir]', 'project folder', '.')
    .option('--mode <mode>', 'incremental (guided, default on a terminal) or yolo (one pass)')
    .option('--answers <file>', 'drive the incremental session from a YAML answers file (no terminal needed)')
    .option('-y, --yes', 'accept every recommendation without asking')
    .option('--date <YYYY-MM-DD>', 'date written into the document and ADRs (default: SOURCE_DATE_EPOCH, else today)')
    .option('--json', 'print a JSON summary (status, document, adrs, decisions, concerns, assumptions, openQuestions)')
    .option('--force', 'replace a document edited by hand (a copy is kept in .infra-arch/backups/) or discard an unfinished session')
    .addHelpText(
      'after',
      examples(
        'infra-arch create my-project',
        'infra-arch create my-project --mode yolo --date 2026-01-15',
        'infra-arch create my-project --answers my-project/.infra-arch/answers.yaml',
      ),
    )
    .action(async (dir: string, o: CreateFlags) => setCode(emit(await runCreateCommand(dir, o))));

  common(program.command('resume'), { cache: true, quiet: true })
    .description('continue an interrupted incremental session where it stopped')
    .argument('[dir]', 'project folder', '.')
    .option('--answers <file>', 'answer the remaining questions from a YAML answers file')
    .option('-y, --yes', 'accept every remaining recommendation')
    .option('--date <YYYY-MM-DD>', 'date written into the document and ADRs')
    .option('--force', 'replace a document edited by hand (a copy is kept in .infra-arch/backups/)')
    .addHelpText('after', examples('infra-arch resume my-project', 'infra-arch resume my-project --yes'))
    .action(async (dir: string, o: CreateFlags) =>
      setCode(emit(await runCreateCommand(dir, { ...o, mode: 'incremental' }, { resume: true }))),
    );

  common(program.command('revise'), { cache: true, quiet: true })
    .description('re-open one domain of a finished architecture and rewrite only what it changes')
    .argument('[dir]', 'project folder', '.')
    .requiredOption('--section <domain>', `the domain to re-open (${DOMAIN_IDS.join(', ')})`)
    .option('--answers <file>', 'answer from a YAML answers file')
    .option('-y, --yes', 'accept the recommendations')
    .option('--date <YYYY-MM-DD>', 'date written into the document and ADRs')
    .option('--force', 'replace a document edited by hand (a copy is kept in .infra-arch/backups/)')
    .addHelpText(
      'after',
      examples('infra-arch revise my-project --section data', 'infra-arch revise my-project --section security --answers security.yaml'),
    )
    .action(async (dir: string, o: CreateFlags & { section: string }) =>
      setCode(emit(await runCreateCommand(dir, { ...o, mode: 'incremental' }, { reviseSection: o.section }))),
    );

  common(program.command('review'), { cache: true })
    .description('run the DevOps/Platform feasibility review alone; exits 1 while a red concern is open')
    .argument('[dir]', 'project folder', '.')
    .option('--json', 'print the review as JSON')
    .addHelpText('after', examples('infra-arch review my-project', 'infra-arch review my-project --json'))
    .action(async (dir: string, o: { json?: boolean }) => {
      const { runReview } = await import('../app/review.js');
      setCode(emit(await runReview(dir, o)));
    });

  common(program.command('check'), { cache: true, quiet: true })
    .description('exit 1 when the inputs changed since the document was generated, or the document was edited by hand (for CI)')
    .argument('[dir]', 'project folder', '.')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      examples('infra-arch check my-project', 'infra-arch check my-project --quiet || echo "regenerate the architecture"'),
    )
    .action(async (dir: string, o: { json?: boolean }) => {
      const { runCheck } = await import('../app/check.js');
      setCode(emit(runCheck(dir, o)));
    });

  common(program.command('validate'), { cache: true })
    .description('check any infrastructure architecture document: checklist coverage, Mermaid, placeholders, links, consistency')
    .argument('[doc]', 'the document to check', 'docs/infrastructure-architecture.md')
    .option('--format <format>', 'text, json or sarif', 'text')
    .option('--json', 'short for --format json')
    .option('--project <dir>', "also check consistency with this project's planning documents")
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings, as in ESLint')
    .addHelpText(
      'after',
      examples(
        'infra-arch validate my-project/docs/infrastructure-architecture.md',
        'infra-arch validate docs/infrastructure-architecture.md --project .',
        'infra-arch validate docs/infrastructure-architecture.md --format sarif > infra.sarif',
      ),
    )
    .action(async (doc: string, o: { format: string; json?: boolean; project?: string; maxWarnings?: string }) => {
      const format = o.json ? 'json' : o.format;
      if (o.maxWarnings !== undefined && !/^\d{1,9}$/.test(o.maxWarnings)) {
        process.stderr.write(`infra-arch validate: --max-warnings needs a whole number of 0 or more, got "${o.maxWarnings}"\n`);
        setCode(2);
        return;
      }
      if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        process.stderr.write(`infra-arch validate: unknown format "${format}": use text, json or sarif\n`);
        setCode(2);
        return;
      }
      const { validateFile } = await import('../io/validate-file.js');
      const r = await validateFile(doc, {
        format,
        projectDir: o.project,
        toolVersion: pkg.version,
        maxWarnings: o.maxWarnings === undefined ? undefined : Number(o.maxWarnings),
      });
      setCode(emit({ exitCode: r.exitCode, stdout: r.exitCode === 2 ? '' : r.output, stderr: r.exitCode === 2 ? r.output : '' }));
    });

  registerMcpCommand(program, pkg.version);
  registerInitCommand(program, (r) => setCode(emit(r)));

  const cache = program
    .command('cache')
    .description('show or clear the cache of parsed documents and proven diagrams')
    .addHelpText('after', examples('infra-arch cache', 'infra-arch cache clear'));
  cache
    .command('clear')
    .description('delete everything infra-arch keeps in its cache folder')
    .addHelpText('after', examples('infra-arch cache clear'))
    .action(async () => {
      const { runCacheClear } = await import('../app/cache-command.js');
      setCode(emit(runCacheClear()));
    });
  cache
    .command('path', { isDefault: true })
    .description('print the cache folder and its size')
    .addHelpText('after', examples('infra-arch cache path', 'INFRA_ARCH_CACHE_DIR=/tmp/ia infra-arch create my-project'))
    .action(async () => {
      const { runCachePath } = await import('../app/cache-command.js');
      setCode(emit(runCachePath()));
    });

  return program;
}

/** Runs the CLI and resolves to the exit code: 0 ok, 1 check failed, 2 usage or input error. */
export async function main(argv: string[]): Promise<number> {
  installProcessGuards();
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof Error && err.name === 'KnowledgeError') {
      process.stderr.write(`infra-arch: ${err.message}\nFix the knowledge file (see docs/knowledge.md) or remove it.\n`);
      return 2;
    }
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    // Problems with the user's files are not bugs: name the file and say what to do.
    const { isFsError, describeFsError } = await import('../io/fs-errors.js');
    if (isFsError(err)) {
      process.stderr.write(
        `infra-arch: ${describeFsError(err, process.cwd(), err.syscall === 'open' || err.syscall === 'read' || err.syscall === 'scandir' ? 'read' : 'write')}\n`,
      );
      return 2;
    }
    if (err instanceof Error && (err.name === 'ProjectPathError' || err.name === 'LockBusyError')) {
      process.stderr.write(`infra-arch: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`infra-arch: unexpected error: ${(err as Error).message}\nPlease report this with the command you ran.\n`);
    return 2;
  }
}

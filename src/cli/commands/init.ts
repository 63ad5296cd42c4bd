// `infra-arch init --bmad`: registers the command that installs the BMAD skill into a project.
import type { Command } from 'commander';
import type { RunResult } from '../../app/run-result.js';

export function registerInitCommand(program: Command, emit: (r: RunResult) => void): void {
  program
    .command('init')
    .addHelpText('after', '\nExamples:\n  $ infra-arch init my-project --bmad\n')
    .description(
      'install the BMAD skill (SKILL.md) that tells an IDE agent how to run the infrastructure-architecture workflow with infra-arch',
    )
    .argument('[dir]', 'project folder', '.')
    .option('--bmad', 'write the BMAD skill bmad-infrastructure-architecture')
    .option(
      '--host <ids...>',
      'claude-code, cursor, codex, gemini, github-copilot or agents (default: the hosts the project already uses, else claude-code and agents)',
    )
    .option('--force', 'replace a skill file that differs from the shipped one (edited by hand)')
    .action(async (dir: string, o: { bmad?: boolean; host?: string[]; force?: boolean }) => {
      if (!o.bmad) {
        emit({ exitCode: 2, stdout: '', stderr: 'infra-arch init: say what to set up: --bmad installs the BMAD skill\n' });
        return;
      }
      const { runInitBmad } = await import('../../app/init-bmad.js');
      emit(runInitBmad(dir, { hosts: o.host, force: o.force }));
    });
}

// Where IDE agents look for project skills (the folders BMAD v6's installer writes to), and how to spot each host.

export interface SkillHost {
  id: string;
  name: string;
  /** The project folder holding one folder per skill, each with its SKILL.md. */
  skillsDir: string;
  /** A folder whose presence says the project uses this host. */
  marker: string;
}

export const SKILL_HOSTS: readonly SkillHost[] = [
  { id: 'claude-code', name: 'Claude Code', skillsDir: '.claude/skills', marker: '.claude' },
  { id: 'cursor', name: 'Cursor', skillsDir: '.agents/skills', marker: '.cursor' },
  { id: 'codex', name: 'Codex', skillsDir: '.agents/skills', marker: '.codex' },
  { id: 'gemini', name: 'Gemini CLI', skillsDir: '.agents/skills', marker: '.gemini' },
  { id: 'github-copilot', name: 'GitHub Copilot', skillsDir: '.agents/skills', marker: '.github' },
  { id: 'agents', name: 'agents sharing .agents/skills', skillsDir: '.agents/skills', marker: '.agents' },
];

/** When no host is named or detected: Claude Code's folder and the shared `.agents/skills` most other hosts read. */
export const DEFAULT_HOSTS = ['claude-code', 'agents'];

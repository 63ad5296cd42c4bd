// The shipped BMAD skill against BMAD v6's SKILL.md convention, and every command, option, tool and answer it cites against the real CLI and MCP server.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shippedSkillPath, SKILL_NAME } from '../../src/app/init-bmad.js';
import { buildProgram } from '../../src/cli/main.js';
import { TOOL_NAMES } from '../../src/mcp/server.js';
import { ANSWER } from '../../src/mcp/tools/session.js';

const path = shippedSkillPath();
const text = readFileSync(path, 'utf8');
const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
const front = (m ? parse(m[1]) : {}) as { name?: string; description?: string; metadata?: Record<string, unknown> };
const body = m ? m[2] : '';
const inlineCode = [...body.matchAll(/`([^`\n]+)`/g)].map((x) => x[1]);

describe('the BMAD skill file', () => {
  it('has the frontmatter BMAD v6 skills use: a bmad- name equal to its folder, a what-and-when description', () => {
    expect(m, 'a --- frontmatter block opens the file').not.toBeNull();
    expect(front.name).toMatch(/^bmad-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(front.name).toBe(basename(dirname(path)));
    expect(front.name).toBe(SKILL_NAME);
    expect(typeof front.description).toBe('string');
    expect(front.description!.length).toBeLessThanOrEqual(1024);
    expect(front.description).toMatch(/\bUse when\b/);
    expect(body.trim().length).toBeGreaterThan(1000);
  });

  it('walks the workflow steps of the task: mode, requirements, domains, feasibility, diagrams and handoff, final review', () => {
    const headings = [...body.matchAll(/^## (.+)$/gm)].map((x) => x[1]);
    for (const step of ['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 6', 'Step 9'])
      expect(
        headings.some((h) => h.startsWith(step)),
        step,
      ).toBe(true);
  });

  it('names only MCP tools the server has, and every one of them', () => {
    // Tool names are snake_case with an underscore; nothing else in the skill is written that way.
    const toolLike = inlineCode.filter((c) => /^[a-z]+(_[a-z]+)+$/.test(c));
    expect(toolLike.length).toBeGreaterThan(3);
    for (const t of toolLike) expect(TOOL_NAMES as readonly string[], t).toContain(t);
    for (const t of TOOL_NAMES) expect(inlineCode, t).toContain(t);
  });

  it('cites only infra-arch commands and options that exist', () => {
    const program = buildProgram(() => {});
    const commands = new Map<string, Command>(program.commands.map((c) => [c.name(), c]));
    const cited = inlineCode
      .filter((c) => c.startsWith('infra-arch '))
      .concat([...body.matchAll(/`(infra-arch [^`]+)`/g)].map((x) => x[1].replace(/\n/g, ' ')));
    expect(cited.length).toBeGreaterThan(5);
    for (const c of cited) {
      const [, name, ...rest] = c.split(/\s+/);
      const cmd = commands.get(name);
      expect(cmd, c).toBeDefined();
      for (const flag of rest.filter((w) => w.startsWith('--')))
        expect(
          cmd!.options.map((o) => o.long),
          c,
        ).toContain(flag);
    }
  });

  it('shows session answers in shapes the session_answer tool accepts', () => {
    const answers = inlineCode
      .filter((c) => c.startsWith('{"'))
      .flatMap((c) => {
        try {
          return [JSON.parse(c) as unknown];
        } catch {
          return []; // a shape written with alternatives (a | b) is prose, not an example
        }
      });
    expect(answers.length).toBeGreaterThanOrEqual(10);
    for (const a of answers) expect(ANSWER.safeParse(a).success, JSON.stringify(a)).toBe(true);
  });
});

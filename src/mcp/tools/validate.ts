// Tool `validate`: checks a document (a file or its text) or one Mermaid diagram with Mermaid's own parser.
import { knowledge } from './shared.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { validate, validateMermaid } from '../../api/validate.js';
import { analyze } from '../../api/pipeline.js';
import { readProject } from '../../io/read-project.js';
import { validateFile } from '../../io/validate-file.js';
import { guardedIn, json, toolError } from '../result.js';

export function registerValidate(server: McpServer): void {
  server.registerTool(
    'validate',
    {
      title: 'Validate a document or a diagram',
      description:
        "Checks an infrastructure architecture document: checklist coverage, Mermaid syntax, placeholders, links and ADR references, and with `project` consistency with that project's inputs. Give exactly one of `path` (a file), `text` (the document's Markdown) or `mermaid` (one diagram source, without the fence).",
      inputSchema: {
        path: z.string().min(1).optional().describe('the document file, e.g. docs/infrastructure-architecture.md'),
        text: z.string().min(1).optional().describe('the document text'),
        mermaid: z.string().min(1).optional().describe('one Mermaid diagram source'),
        knowledge,
        project: z.string().min(1).optional().describe('a project folder: adds the consistency checks with its planning documents'),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      guardedIn({ dir: args.project, knowledge: args.knowledge }, async () => {
        const given = [args.path, args.text, args.mermaid].filter((x) => x !== undefined).length;
        if (given !== 1) return toolError('give exactly one of path, text or mermaid');
        if (args.mermaid !== undefined) {
          const [r] = await validateMermaid([args.mermaid]);
          return json(r);
        }
        if (args.path !== undefined) {
          const r = await validateFile(args.path, { format: 'json', projectDir: args.project });
          return r.exitCode === 2 ? toolError(r.output) : json(JSON.parse(r.output));
        }
        let profile;
        if (args.project !== undefined) {
          const input = readProject(args.project);
          if (input.docs.length === 0) return toolError(`${args.project}: no usable planning documents found`);
          profile = analyze(input).profile;
        }
        return json(await validate(args.text!, { profile }));
      }),
  );
}

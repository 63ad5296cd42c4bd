// `validate` at the edge: reads the document and optional project, runs Mermaid, formats the report.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { readTextFile, readProject } from './read-project.js';
import { NO_PROJECT } from './input-messages.js';
import { startMermaidValidator } from './mermaid/mermaid-validator.js';
import { extractProfile } from '../core/extract/extract-profile.js';
import type { Profile } from '../core/types.js';
import {
  commitments,
  exceedsMaxWarnings,
  blocksToParse,
  buildDocumentView,
  mermaidBlocksOf,
  formatJson,
  formatSarif,
  formatText,
  referencedFiles,
  validateDocument,
} from '../core/validate/index.js';
import type { MermaidCheck } from '../core/validate/index.js';

export type ValidateFormat = 'text' | 'json' | 'sarif';

export interface ValidateFileOptions {
  projectDir?: string;
  format: ValidateFormat;
  /** Reported in SARIF `tool.driver.version`. */
  toolVersion?: string;
  /** As ESLint's --max-warnings: more warnings than this fail the run (exit 1); undefined = no limit. */
  maxWarnings?: number;
}

export interface ValidateFileResult {
  output: string;
  exitCode: 0 | 1 | 2;
}

const toPosix = (p: string) => p.split(sep).join('/');

const usageError = (file: string, message: string, hint?: string): ValidateFileResult => ({
  output: `infra-arch validate: ${file}: ${message}${hint ? `\n  what to do: ${hint}` : ''}\n`,
  exitCode: 2,
});

/** Reads, validates and formats one document; never throws for bad input. */
export async function validateFile(docPath: string, options: ValidateFileOptions): Promise<ValidateFileResult> {
  const shown = toPosix(docPath);
  const read = readTextFile(resolve(docPath), shown);
  if ('diagnostic' in read) return usageError(shown, read.diagnostic.message, read.diagnostic.hint);
  const text = read.text;

  let profile: Profile | undefined;
  let compared: { dir: string; docs: number; profile: Profile } | null = null;
  if (options.projectDir !== undefined) {
    const project = readProject(options.projectDir);
    const fatal = project.diagnostics.find((d) => d.severity === 'error' && (NO_PROJECT.has(d.code) || d.code === 'no-inputs'));
    if (fatal) return usageError(fatal.file ?? options.projectDir, fatal.message, fatal.hint);
    profile = extractProfile(project.docs).profile;
    compared = { dir: options.projectDir, docs: project.docs.length, profile };
  }

  // Mermaid loads in a worker while the links are resolved.
  // Parsed once: the view feeds the Mermaid worker and every rule.
  const view = buildDocumentView(shown, text);
  const blocks = mermaidBlocksOf(view);
  const validator = blocks.length > 0 ? startMermaidValidator() : null;
  const files = referencedFiles(shown, text).filter((f) => {
    try {
      return existsSync(f) && statSync(f).isFile();
    } catch {
      return false;
    }
  });
  let mermaid: MermaidCheck[] = [];
  if (validator) {
    try {
      mermaid = await validator.validate(blocksToParse(blocks).map((b) => b.source));
    } finally {
      await validator.close();
    }
  }

  const report = validateDocument({ path: shown, text, mermaid, profile, files, view });
  const tooMany = exceedsMaxWarnings(report, options.maxWarnings);
  let output =
    options.format === 'json'
      ? formatJson(report)
      : options.format === 'sarif'
        ? formatSarif({ ...report, path: sarifPath(docPath) }, options.toolVersion)
        : formatText(report);
  if (compared && options.format === 'text')
    output += consistencyLine(compared, report.findings.filter((f) => f.group === 'consistency').length);
  if (tooMany && options.format === 'text')
    output += `${tooMany}
`;
  return { output, exitCode: report.summary.ok && !tooMany ? 0 : 1 };
}

/** What `--project` compared, so a pass says something: how many inputs, commitments, prohibitions and rejections. */
function consistencyLine(c: { dir: string; docs: number; profile: Profile }, findings: number): string {
  const p = c.profile;
  const committed = new Set(commitments(p).map((c) => c.id));
  const prohibited = new Set(p.constraints.filter((x) => x.kind === 'prohibit').flatMap((x) => x.subjects));
  const rejected = new Set(p.mentions.filter((m) => m.reason === 'rejected').map((m) => m.id));
  const sample = [...committed].slice(0, 6).join(', ');
  return `consistency: compared with ${c.docs} planning document(s) in ${c.dir}: ${committed.size} committed choice(s)${sample ? ` (${sample}${committed.size > 6 ? ', …' : ''})` : ''}, ${prohibited.size} prohibited and ${rejected.size} rejected technolog(ies); ${findings ? `${findings} finding(s) above` : 'no contradiction found'}\n`;
}

/** Code scanning resolves SARIF locations against the checkout: a document under the working folder is named relative to it. */
function sarifPath(docPath: string): string {
  const rel = relative(process.cwd(), resolve(docPath));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : toPosix(resolve(docPath));
}

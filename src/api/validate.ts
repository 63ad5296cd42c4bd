// Validation as library calls: a whole document, or Mermaid sources alone, checked with Mermaid's own parser.
import { startMermaidValidator, type MermaidResult } from '../io/mermaid/mermaid-validator.js';
import { blocksToParse, buildDocumentView, mermaidBlocksOf, validateDocument, type Report } from '../core/validate/index.js';
import type { Profile } from '../core/types.js';

export type { MermaidResult } from '../io/mermaid/mermaid-validator.js';

export interface ValidateOptions {
  /** The path shown in findings and used to resolve relative links; default `docs/infrastructure-architecture.md`. */
  path?: string;
  /** A project's profile (from `analyze`): adds the consistency checks. */
  profile?: Profile;
  /** Files known to exist, for the link and ADR checks; omit to skip file-existence checks. */
  files?: string[];
  /** Parse each Mermaid block (default true; loading Mermaid takes about a second the first time). */
  mermaid?: boolean;
}

/** Parses each source with Mermaid; never throws for a bad diagram (the result says why it failed). */
export async function validateMermaid(sources: string[]): Promise<MermaidResult[]> {
  if (sources.length === 0) return [];
  const validator = startMermaidValidator();
  try {
    return await validator.validate(sources);
  } finally {
    await validator.close();
  }
}

/** Checks an infrastructure architecture document's text: checklist coverage, Mermaid, placeholders, links, consistency. */
export async function validate(text: string, opts: ValidateOptions = {}): Promise<Report> {
  const path = opts.path ?? 'docs/infrastructure-architecture.md';
  const view = buildDocumentView(path, text);
  const blocks = mermaidBlocksOf(view);
  const mermaid = opts.mermaid === false ? undefined : await validateMermaid(blocksToParse(blocks).map((b) => b.source));
  return validateDocument({
    path,
    text,
    view,
    mermaid,
    profile: opts.profile,
    files: opts.files,
  });
}

// Test helpers: parse inline Markdown fixtures into SourceDocs and extract a profile.
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { extractProfile } from '../../../src/core/extract/extract-profile.js';
import type { DocRole, Profile, SourceDoc } from '../../../src/core/types.js';

export function doc(path: string, role: DocRole, markdown: string): SourceDoc {
  return parseDocument(path, role, markdown.replace(/^\n/, ''));
}

export function profileOf(...docs: SourceDoc[]): Profile {
  return extractProfile(docs).profile;
}

export const ids = (list: { id: string }[]) => list.map((f) => f.id).sort();

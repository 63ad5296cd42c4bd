// Copies a project's planning documents into a scratch folder, leaving out any generated output
// (after `npm run example` the example project holds its own generated document and ADRs).
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = /infrastructure-architecture\.md$|[/\\]adr([/\\]|$)/;

export function copyInputDocs(project: string, dest: string): void {
  cpSync(join(project, 'docs'), join(dest, 'docs'), { recursive: true, filter: (src) => !GENERATED.test(src) });
}

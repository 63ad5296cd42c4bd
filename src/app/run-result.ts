// What every command returns to the CLI shell: an exit code and the text for each stream.
export interface RunResult {
  exitCode: 0 | 1 | 2 | 130;
  stdout: string;
  stderr: string;
}

/** Formats diagnostics for a person: `file:line: severity: message (hint)`. */
export function formatDiagnostics(diags: { severity: string; message: string; file?: string; line?: number; hint?: string }[]): string {
  return diags
    .map((d) => {
      const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
      return `${where}${d.severity}: ${d.message}${d.hint ? ` — ${d.hint}` : ''}`;
    })
    .join('\n');
}

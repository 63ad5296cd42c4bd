// One place that makes input text safe for every sink: no terminal control sequences, no bidirectional overrides.
// Applied where documents are read, so the document, ADRs, Mermaid labels, terminal text, SARIF and JSON all get clean text.

/**
 * C0 controls except tab, line feed and carriage return (ESC starts terminal sequences, BEL rings), DEL, C1 controls,
 * and the bidirectional embedding, override and isolate marks that make text read differently from its bytes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without control characters and bidi overrides; lines and every other character are kept. */
export function sanitizeText(text: string): string {
  return hasUnsafeCharacters(text) ? text.replace(UNSAFE, '') : text;
}

/** Whether `text` holds anything `sanitizeText` would remove. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

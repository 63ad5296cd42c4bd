// Where a name is confined to tests or local work by the shape around it: a label, a test phrase's bracket, a test file's name.

// "E2E tests: only in Zephyr", "Local development: Zephyr": a label that confines the item to tests or local work.
export const LOCAL_LABEL =
  /^[\s*_>-]*(?:local(?:\s+dev(?:elopment)?)?|dev(?:elopment)?\s+only|(?:unit\s+|integration\s+|e2e\s+|end[- ]to[- ]end\s+|smoke\s+)?tests?|testing)(?:\*\*)?\s*:/i;

// "E2E tests (run in X)", "the test harness (X-based)": a bracket qualifies the test work named right before it.
const TEST_WORK_BEFORE_BRACKET =
  /\b(?:(?:integration|e2e|end[- ]to[- ]end|smoke|contract)\s+tests?|test\s+(?:suites?|harness(?:es)?|patterns?|tiers?|containers?|environments?))\b[^()\n]{0,20}$/i;
// "compose.test.yml", "X-compose.e2e.yaml": a file named for tests or local work.
export const TEST_FILE_AFTER = /^[.-](?:test|tests|e2e|ci|dev|local)\.ya?ml\b/i;

/** Whether the name sits in a bracket that qualifies test work named just before it. */
export function testBracket(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 80), start);
  const open = head.lastIndexOf('(');
  if (open < 0 || head.indexOf(')', open) >= 0) return false;
  return TEST_WORK_BEFORE_BRACKET.test(head.slice(0, open));
}

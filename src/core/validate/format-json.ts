// Machine-readable report for `validate --format json`: the stable contract plus coverage and items.
import type { Report } from './report.js';

export function formatJson(report: Report): string {
  const body = {
    path: report.path,
    ok: report.summary.ok,
    // The contract names exactly these finding fields first; `item` ties a finding to its checklist entry.
    findings: report.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      message: f.message,
      line: f.line,
      ...(f.item ? { item: f.item } : {}),
      messageId: f.messageId,
      data: f.data,
    })),
    coverage: report.coverage,
    items: report.items.map((i) => ({ id: i.id, area: i.area, passed: i.passed, ...(i.line !== undefined ? { line: i.line } : {}) })),
    summary: report.summary,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

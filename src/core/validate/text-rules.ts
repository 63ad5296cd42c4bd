// Placeholders and leaked elicitation menus: line-level rules over the raw document text.
import type { DocumentView } from './document-view.js';
import type { Finding } from './report.js';
import { ruleFinding, ruleInfo } from './messages.js';

/**
 * Placeholders are looked for in prose only. Code blocks and inline code are skipped on purpose:
 * they legitimately show templates (`{{ .Values.image }}`, `${{ secrets.TOKEN }}`) and sample TODOs.
 * HTML comments are skipped too: they do not render, and tools keep their own markers there.
 */
const PLACEHOLDERS: RegExp[] = [
  /\b(?:TBD|TBC|TODO|FIXME)\b/,
  /\{\{[^}\n]{1,80}\}\}/,
  /\[\[LLM:[^\]]*\]?\]?/i,
  /\[(?:placeholder|insert [^\]\n]{1,60}|your [^\]\n]{1,40}|to be (?:determined|defined|confirmed)|add [^\]\n]{1,40} here)\]/i,
  /\blorem ipsum\b/i,
  /<(?:placeholder|insert[^>\n]{0,40})>/i,
  // Angle-bracket slots: <…>, <...>, <project name>, <account-id>, <ACCOUNT_ID>; single-word HTML tags (<br>, <details>) are not slots.
  /<(?:…|\.{3}|[A-Za-z]\w{0,30}(?:[ _-]\w{1,30}){1,6}|[A-Z][A-Z0-9]{2,30})>/,
];

/** Phrases only BMAD's interactive menus use; any one of them in a finished document is a leak. */
const LEAKS: RegExp[] = [
  /Advanced Reflective,? Elicitation (?:&|and) Brainstorming Actions/i,
  /Finali[sz]e this Section and Proceed/i,
  /choose a number \(\s*8 to finali[sz]e/i,
  /\bselect an action by number\b/i,
  /\bAlternative Architecture Strategy Evaluation\b[\s\S]{0,200}Stress Test/i,
  /\bScalability & Performance Architecture Stress Test\b/i,
  /\bREPEAT by Asking the user\b/i,
  /\bPlease choose a number\b/i,
  /\belicit:\s*true\b/i,
];

/** Lines that belong to fenced code blocks (fence lines included). */
function codeLines(view: DocumentView): Set<number> {
  const set = new Set<number>();
  for (const c of view.code) for (let l = c.line; l <= c.endLine; l++) set.add(l);
  return set;
}

/** Removes inline code spans and HTML comments so their content is not read as prose. */
function proseOf(line: string): string {
  return line.replace(/(`+)[^`]*?\1/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
}

/** In a document marked final a placeholder or a leaked prompt is an error; elsewhere the rule's own severity. */
/** The clause a finding gains when the document says it is final (a placeholder is then an error). */
const FINAL_NOTE = (final: boolean) => (final ? ' (the document is marked final)' : '');

export function placeholderFindings(view: DocumentView, final = false): Finding[] {
  const rule = ruleInfo('doc-placeholder');
  const severity = final ? 'error' : rule.severity;
  const skip = codeLines(view);
  const out: Finding[] = [];
  let inComment = false;
  view.lines.forEach((raw, i) => {
    const line = i + 1;
    if (skip.has(line)) return;
    // Multi-line HTML comments: track their extent.
    let text = raw;
    if (inComment) {
      const end = text.indexOf('-->');
      if (end < 0) return;
      text = text.slice(end + 3);
      inComment = false;
    }
    const open = text.lastIndexOf('<!--');
    if (open >= 0 && text.indexOf('-->', open) < 0) {
      text = text.slice(0, open);
      inComment = true;
    }
    const prose = proseOf(text);
    for (const re of PLACEHOLDERS) {
      const m = re.exec(prose);
      if (m) {
        out.push(ruleFinding(rule.id, line, { text: m[0].slice(0, 60) }, { severity, note: FINAL_NOTE(final) }));
        break;
      }
    }
  });
  return out;
}

export function leakFindings(view: DocumentView, final = false): Finding[] {
  const rule = ruleInfo('doc-leaked-elicitation');
  const severity = final ? 'error' : rule.severity;
  const out: Finding[] = [];
  const seen = new Set<number>();
  // Menus span lines, so each pattern runs over the whole text and is mapped back to its line.
  for (const re of LEAKS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of view.text.matchAll(g)) {
      const line = view.text.slice(0, m.index).split('\n').length;
      if (seen.has(line)) continue;
      seen.add(line);
      out.push(ruleFinding(rule.id, line, { text: m[0].split('\n')[0]!.slice(0, 70) }, { severity, note: FINAL_NOTE(final) }));
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

// Raw HTML in a document that would run or load something once rendered (markup injection from input text).
import type { DocumentView } from './document-view.js';
import type { Finding } from './report.js';
import { ruleFinding, ruleInfo } from './messages.js';

/** Tags that only format text; anything else (img, script, iframe, object, svg, form, style, …) is live. */
const FORMATTING = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'code',
  'del',
  'details',
  'div',
  'em',
  'hr',
  'i',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
]);
const TAG = /<\/?([A-Za-z][\w-]*)/g;
const HANDLER = /\bon[a-z]+\s*=/i;
const SCRIPT_URL = /\b(?:javascript|vbscript|data)\s*:/i;

/** What makes a piece of raw HTML live, or null when it only formats text (comments included). */
export function liveHtml(value: string): string | null {
  // A comment, or a closing tag (its opening tag is reported, once).
  if (/^\s*<(?:!--|\/)/.test(value)) return null;
  for (const m of value.matchAll(TAG)) {
    const name = m[1]!.toLowerCase();
    if (!FORMATTING.has(name)) return `<${name}>`;
  }
  if (HANDLER.test(value)) return 'an event handler attribute';
  if (SCRIPT_URL.test(value)) return 'a script or data URL';
  return null;
}

/**
 * `https://host/x\\<img …>` parses as text, but GitHub's autolink literal takes the backslash into the URL and the tag
 * after it goes live. Scanned token by token (a token is a run without whitespace), so the work is linear in the line.
 */
export function autolinkTag(line: string): string | null {
  for (const token of line.split(/\s+/)) {
    if (token.includes('`')) continue;
    const at = token.indexOf('\\<');
    if (at < 0 || !/^[A-Za-z]/.test(token.slice(at + 2))) continue;
    const head = token
      .slice(0, at)
      .replace(/^[^A-Za-z]+/, '')
      .toLowerCase();
    if (head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.')) return token.slice(at + 1, at + 40);
  }
  return null;
}

/** Lines inside fenced code, which no renderer turns into tags. */
function codeLines(view: Pick<DocumentView, 'code'>): Set<number> {
  const out = new Set<number>();
  for (const c of view.code) for (let l = c.line; l <= c.endLine; l++) out.add(l);
  return out;
}

/** One error per raw HTML node that is live, and per tag an autolink would make live. */
export function htmlFindings(view: Pick<DocumentView, 'html' | 'lines' | 'code'>): Finding[] {
  const rule = ruleInfo('doc-raw-html');
  const out: Finding[] = [];
  for (const h of view.html) {
    const what = liveHtml(h.value);
    if (!what) continue;
    const text = h.value.replace(/\s+/g, ' ').slice(0, 60);
    out.push(ruleFinding(rule.id, h.line, { what, text }));
  }
  const code = codeLines(view);
  view.lines.forEach((line, i) => {
    if (code.has(i + 1)) return;
    const tag = autolinkTag(line);
    if (tag) out.push(ruleFinding(rule.id, i + 1, { what: 'a tag an autolinked URL leaves unescaped', text: tag }));
  });
  return out.sort((a, b) => a.line - b.line);
}

// Internal links and ADR references: anchors that match no heading, ADRs missing from the index or from disk.
import { buildDocumentView, type DocumentView } from './document-view.js';
import type { Finding } from './report.js';
import { ruleFinding } from './messages.js';

const ADR_REF = /\bADR[- ]?0*(\d{1,4})\b/gi;
const ADR_PATH = /(?:^|\/)adrs?\/0*(\d{1,4})[-_][^/\s)]*\.md$/i;
const ADR_PATH_IN_TEXT = /(?:^|[\s(`'"])((?:\.{1,2}\/|docs\/)?(?:[\w.-]+\/)*adrs?\/\d{1,4}[-_][\w.-]*\.md)\b/gi;
const ADR_AT_START = /^\s*\[?ADR[- ]?0*(\d{1,4})\b/i;
const INDEX_SECTION = /\bADRs?\b|decision records?|decision log|decisions index/i;

const finding = (id: string, line: number, params: Record<string, string | number>): Finding => ruleFinding(id, line, params);

/** Joins a link target onto the document's folder and normalises `.` and `..` (POSIX separators). */
export function resolveRelative(docPath: string, target: string): string {
  const slash = docPath.lastIndexOf('/');
  const base = slash >= 0 ? docPath.slice(0, slash + 1) : '';
  const parts: string[] = [];
  const absolute = (base + target).startsWith('/');
  for (const p of (base + target).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(p);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

/** A path written in prose as `docs/adr/...` is relative to the project root, which is the parent of `docs/`. */
function resolveProsePath(docPath: string, target: string): string {
  if (/^docs\//i.test(target) && /(^|\/)docs\/[^/]+$/i.test(docPath)) return resolveRelative(docPath, `../${target}`);
  return resolveRelative(docPath, target);
}

function isRelativeFileLink(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

function cleanTarget(url: string): string {
  const bare = url.split('#')[0].split('?')[0];
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

interface FileRef {
  target: string;
  resolved: string;
  line: number;
}

/** Relative file links and ADR paths named in prose, resolved against the document's location. */
export function fileReferences(view: DocumentView): FileRef[] {
  const refs: FileRef[] = [];
  for (const l of view.links) {
    if (!isRelativeFileLink(l.url)) continue;
    const target = cleanTarget(l.url);
    if (target) refs.push({ target, resolved: resolveRelative(view.path, target), line: l.line });
  }
  for (const b of view.blocks) {
    if (b.type === 'code') continue;
    for (const m of b.text.matchAll(ADR_PATH_IN_TEXT)) {
      const target = m[1];
      if (!refs.some((r) => r.line === b.line && r.target === target))
        refs.push({ target, resolved: resolveProsePath(view.path, target), line: b.line });
    }
  }
  return refs;
}

/** The files a caller should check for existence before validating (passed back as `files`). */
export function referencedFiles(path: string, text: string): string[] {
  return [...new Set(fileReferences(buildDocumentView(path, text)).map((r) => r.resolved))];
}

/** Under an ADR/decision heading; the document's own title does not count ("Links and ADRs" covers everything). */
function inIndexSection(trail: string[]): boolean {
  return (trail.length > 1 ? trail.slice(1) : trail).some((t) => INDEX_SECTION.test(t));
}

/** ADR numbers the document lists: ADR headings, and ADR ids or files inside an ADR/decisions section. */
function adrIndex(view: DocumentView, files: string[] | undefined): Set<number> {
  const index = new Set<number>();
  for (const s of view.sections) for (const m of s.title.matchAll(ADR_REF)) index.add(Number(m[1]));
  for (const b of view.blocks) {
    if (b.type === 'code') continue;
    // A block that starts with an ADR id defines it ("**ADR-001: Use CDK**", "| ADR-002 | ... |").
    const lead = ADR_AT_START.exec(b.cells?.[0] ?? b.text);
    if (lead) index.add(Number(lead[1]));
    if (!inIndexSection(b.trail)) continue;
    for (const m of b.text.matchAll(ADR_REF)) index.add(Number(m[1]));
  }
  for (const l of view.links) {
    const m = ADR_PATH.exec(cleanTarget(l.url));
    const block = view.blocks.find((b) => b.line <= l.line && l.line <= b.endLine);
    if (m && block && inIndexSection(block.trail)) index.add(Number(m[1]));
  }
  for (const f of files ?? []) {
    const m = ADR_PATH.exec(f);
    if (m) index.add(Number(m[1]));
  }
  return index;
}

export function linkFindings(view: DocumentView, files?: string[]): Finding[] {
  const out: Finding[] = [];
  const anchors = new Set([...view.sections.map((s) => s.slug), ...view.htmlAnchors].map((a) => a.toLowerCase()));
  for (const l of view.links) {
    if (!l.url.startsWith('#') || l.url.length < 2) continue;
    let anchor = l.url.slice(1);
    try {
      anchor = decodeURIComponent(anchor);
    } catch {
      /* keep it raw */
    }
    if (!anchors.has(anchor.toLowerCase())) out.push(finding('link-broken-anchor', l.line, { anchor }));
  }

  const index = adrIndex(view, files);
  const reported = new Set<string>();
  for (const b of view.blocks) {
    if (b.type === 'code' || b.type === 'heading') continue;
    for (const m of b.text.matchAll(ADR_REF)) {
      const n = Number(m[1]);
      const key = `${n}@${b.line}`;
      if (index.has(n) || reported.has(key)) continue;
      reported.add(key);
      out.push(finding('adr-unlisted', b.line, { ref: m[0] }));
    }
  }

  if (files) {
    const present = new Set(files);
    for (const r of fileReferences(view)) {
      if (present.has(r.resolved)) continue;
      const isAdr = ADR_PATH.test(r.target);
      out.push(finding(isAdr ? 'adr-file-missing' : 'link-missing-file', r.line, { target: r.target }));
    }
  }
  return out;
}

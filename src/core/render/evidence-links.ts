// Evidence as Markdown links `file:line` that resolve from the folder the rendered file lives in.
import type { PhrasingContent } from 'mdast';
import { link, text } from './md.js';

/** Relative path from a project folder (`docs`, `docs/adr`) to a project file. */
export function relativeTo(fromDir: string, file: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = file.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array(from.length - i).fill('..'), ...to.slice(i)].join('/');
}

export function evidenceLink(fromDir: string, e: { file: string; line: number }): PhrasingContent {
  const url = `${relativeTo(fromDir, e.file).split('/').map(encodeURIComponent).join('/')}#L${e.line}`;
  return link(url, `${e.file}:${e.line}`);
}

/** Comma-separated links, at most `max` (the first are the most specific); `tail` adds "and N more" where the rest matter. */
export function evidenceList(fromDir: string, ev: { file: string; line: number }[], max = 2, tail = false): PhrasingContent[] {
  const uniq = [...new Map(ev.map((e) => [`${e.file}:${e.line}`, e])).values()];
  const out: PhrasingContent[] = [];
  uniq.slice(0, max).forEach((e, i) => {
    if (i > 0) out.push(text(', ') as PhrasingContent);
    out.push(evidenceLink(fromDir, e));
  });
  if (tail && uniq.length > max) out.push(text(` and ${uniq.length - max} more`));
  if (!out.length) out.push(text('no direct evidence (assumption)'));
  return out;
}

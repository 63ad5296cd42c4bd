// The wording of the diagnostics about reading a project's files, by message id (tests assert the ids).
import type { DiagnosticTemplates } from '../core/diagnostics/index.js';

export type InputMessageId =
  | 'missing-file'
  | 'unreadable-file'
  | 'not-a-file'
  | 'file-too-large'
  | 'empty-file'
  | 'binary-file'
  | 'not-utf8'
  | 'missing-project'
  | 'not-utf8-path'
  | 'not-a-folder'
  | 'unparsable-markdown'
  | 'no-inputs';

export const INPUT_MESSAGES: DiagnosticTemplates<InputMessageId> = {
  messages: {
    'missing-file': 'file not found',
    'unreadable-file': 'cannot read file ({code})',
    'not-a-file': 'not a regular file',
    'file-too-large': 'file is {sizeMb} MB, over the {limitMb} MB limit',
    'empty-file': 'file {what}',
    'binary-file': 'file looks binary (it contains NUL bytes)',
    'not-utf8': 'file is not valid UTF-8',
    'missing-project': 'project folder not found',
    'not-utf8-path': 'project folder not found: its name is not valid UTF-8, so it cannot be opened by the name given',
    'not-a-folder': 'not a folder',
    'unparsable-markdown': 'cannot parse Markdown: {error}',
    'no-inputs': 'no usable planning documents found',
  },
  hints: {
    'missing-file': 'check the path, or create the file',
    'unreadable-file': 'check its permissions',
    'not-a-file': 'point at a Markdown file, not a folder or device',
    'file-too-large': 'split it into shards (for example docs/architecture/*.md)',
    'empty-file': 'write the document, or remove the empty file',
    'binary-file': 'save it as UTF-8 Markdown text',
    'not-utf8': 'convert it to UTF-8 (for example: iconv -f latin1 -t utf-8)',
    'missing-project': 'pass the folder that holds docs/prd.md and docs/architecture.md',
    'not-utf8-path':
      'rename the folder to a UTF-8 name (for example with convmv -f latin1 -t utf8), or pass it through a link with a plain name',
    'not-a-folder': 'pass the project folder, not a file',
    'unparsable-markdown': 'simplify the structure (very deep nesting?) and try again',
    'no-inputs': 'add docs/prd.md, docs/architecture.md (or sharded docs/architecture/*.md) and docs/tech-stack.md',
  },
};

/** Failures that leave no project to read at all (as opposed to one unusable file). */
export const NO_PROJECT: ReadonlySet<string> = new Set<InputMessageId>(['missing-project', 'not-utf8-path', 'not-a-folder']);

// The wording of the diagnostics about listing a project's planning documents (links, folders, limits), by message id.
import type { DiagnosticTemplates } from '../core/diagnostics/index.js';

export type ListingMessageId = 'symlink-outside' | 'unreadable-dir' | 'too-many-entries' | 'not-utf8-name' | 'too-deep' | 'too-many-inputs';

export const LISTING_MESSAGES: DiagnosticTemplates<ListingMessageId> = {
  messages: {
    'symlink-outside': 'not read: a symbolic link to {target}, outside the project',
    'unreadable-dir': 'cannot list folder: {code}',
    'too-many-entries': 'stopped looking after {limit} files and folders; the rest of docs/ was not read',
    'not-utf8-name': 'not read: the file name is not valid UTF-8',
    'too-deep': 'not read: more than {limit} folders deep',
    'too-many-inputs': 'read the first {limit} planning documents; {skipped} more were not read: {shown}',
  },
  hints: {
    'symlink-outside': 'copy the file into the project if it is a planning document',
    'unreadable-dir': 'check its permissions',
    'too-many-entries': 'keep planning documents in a small docs/ tree, generated files elsewhere',
    'not-utf8-name': 'rename the file (for example with convmv -f latin1 -t utf8)',
    'too-deep': 'move its planning documents closer to docs/',
    'too-many-inputs': 'merge small shards, or move documents that are not planning inputs out of docs/',
  },
};

// Final review: summary, document metadata, alignment with the system architecture, open questions.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, words } from '../detectors.js';

export const finalReviewItems = [
  item({
    id: 'ckl-final-summary',
    area: 'final-review',
    title: 'Overview or summary',
    description: 'The document opens with an overview or executive summary.',
    severity: 'warning',
    detects: 'a heading with overview, summary, introduction, purpose or scope',
    detect: heading(words('overview', 'summary', 'introduction', 'purpose', 'scope', 'executive summary', 'context')),
    docs: {
      why: 'Most readers read only the first page; it must carry the key decisions.',
      fix: 'Add a short overview: platform, architecture style, environments, key decisions and status.',
    },
  }),
  item({
    id: 'ckl-final-metadata',
    area: 'final-review',
    title: 'Document metadata',
    description: 'Version, date, status or change log are recorded.',
    severity: 'info',
    detects: 'version, last updated, date, status, change log, revision history, author',
    detect: mentions(
      words(
        'document version',
        'version:?',
        'last updated',
        'updated',
        'date:?',
        'status:?',
        'change ?log',
        'revision(?: history)?',
        'author',
        'generated',
      ),
      /\b20\d\d-\d\d-\d\d\b/,
    ),
    docs: {
      why: 'Readers must know whether they are looking at the current, approved version.',
      fix: 'Add version, date, status and a short change log at the top or bottom.',
    },
  }),
  item({
    id: 'ckl-final-alignment',
    area: 'final-review',
    title: 'Alignment with the system architecture',
    description: 'The document states how it aligns with (or deviates from) the main architecture and application requirements.',
    severity: 'info',
    detects: 'alignment/aligned with, consistent with, integration with application architecture, architecture mapping, cross-reference',
    detect: anyOf(
      mentions(
        words(
          'align(?:s|ed|ment)? with',
          'alignment',
          'consistent with',
          'consistency',
          'cross-referenc\\w*',
          '(?:application|system|main) architecture',
          'architecture (?:document|mapping)',
          'deviat\\w*',
        ),
      ),
      heading(words('integration with application', 'architecture mapping', 'alignment')),
    ),
    docs: {
      why: 'An infrastructure design that silently departs from the system architecture causes rework.',
      fix: 'State the alignment with the main architecture and list any deliberate deviations with reasons.',
    },
  }),
  item({
    id: 'ckl-final-open-questions',
    area: 'final-review',
    title: 'Assumptions and open questions',
    description: 'Assumptions made and questions still open are listed.',
    severity: 'info',
    detects: 'assumptions, open questions, outstanding decisions, to be confirmed, gaps',
    detect: mentions(
      words(
        'assum(?:e|ed|es|ptions?|ing)',
        'open (?:questions?|issues|items|points)',
        'outstanding',
        'to be confirmed',
        'pending decisions?',
        'unknowns?',
        'gaps?',
      ),
    ),
    docs: {
      why: 'Unstated assumptions are where designs quietly fail.',
      fix: 'List assumptions and open questions with an owner and the date by which each must be resolved.',
    },
  }),
];

// Infrastructure evolution: roadmap, triggers for change, technical debt and capacity planning.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, words } from '../detectors.js';

export const evolutionItems = [
  item({
    id: 'ckl-evo-roadmap',
    area: 'evolution',
    title: 'Evolution roadmap',
    description: 'How the infrastructure is expected to evolve (phases, migration paths, future work) is described.',
    severity: 'warning',
    detects: 'roadmap, phases, future/growth stages, migration path, evolution, post-MVP plans, or a Future/Evolution heading',
    detect: anyOf(
      heading(words('evolution', 'roadmap', 'future\\w*', 'growth', 'next steps', 'phase \\d', 'migration path', 'long[- ]term')),
      mentions(
        words(
          'roadmap',
          'phase [2-9]',
          'phase (?:two|three)',
          'post-?MVP',
          'migration (?:path|strategy|plan)',
          'evolution',
          'evolve',
          'growth (?:phase|stage)',
          'future (?:state|phase|work|enhancements?)',
          'when we (?:outgrow|scale)',
        ),
      ),
    ),
    docs: {
      why: 'An MVP architecture that does not say how it grows tends to be replaced instead of evolved.',
      fix: 'Describe the next stages (what changes, what triggers them) and the migration paths that stay open.',
    },
  }),
  item({
    id: 'ckl-evo-scaling-triggers',
    area: 'evolution',
    title: 'Triggers for architectural change',
    description: 'Measurable triggers (load, cost, team size, customer demands) for moving to the next stage are named.',
    severity: 'info',
    detects: 'triggers, thresholds, "when X exceeds/reaches", re-evaluate at, migrate when',
    detect: mentions(
      words(
        'triggers?',
        'thresholds?',
        'when (?:\\w+ ){0,4}(?:exceeds?|reach(?:es)?|surpass(?:es)?|grows? beyond|outgrow\\w*)',
        're-?evaluat\\w*',
        're-?assess\\w*',
        'revisit\\w*',
        'migrat\\w* when',
        'once (?:\\w+ ){0,4}(?:exceeds?|reach(?:es)?)',
      ),
    ),
    docs: {
      why: 'Explicit triggers turn "we will scale later" into a decision someone will actually make.',
      fix: 'For each planned change name the measurable trigger (for example "move to Aurora at 500 GB or 2k writes/s").',
    },
  }),
  item({
    id: 'ckl-evo-technical-debt',
    area: 'evolution',
    title: 'Technical debt and upgrades',
    description: 'Known limitations, technical debt, planned upgrades or deprecations are recorded.',
    severity: 'info',
    detects: 'technical debt, known limitations, shortcuts, upgrades, deprecation, end of life',
    detect: mentions(
      words(
        'technical debt',
        'tech debt',
        'known (?:limitations?|issues|gaps)',
        'limitations?',
        'shortcuts?',
        'upgrades?',
        'deprecat\\w*',
        'end[- ]of[- ]life',
        'EOL',
        'trade-?offs? accepted',
      ),
    ),
    docs: {
      why: 'Debt that is written down gets scheduled; debt that is not becomes an outage.',
      fix: 'List known limitations with their impact and when they should be addressed.',
    },
  }),
  item({
    id: 'ckl-evo-capacity-planning',
    area: 'evolution',
    title: 'Capacity planning',
    description: 'Growth is projected and capacity planned against it.',
    severity: 'info',
    detects: 'capacity planning, growth projections, forecasts, projected load, headroom',
    detect: mentions(
      words(
        'capacity (?:planning|plan|forecast\\w*|reviews?|management)',
        'growth (?:projections?|forecasts?|estimates?|rate)',
        'forecast\\w*',
        'projected (?:growth|load|usage|users|traffic)',
        'headroom',
        'year[- ](?:one|1|two|2)',
      ),
    ),
    docs: {
      why: 'Capacity limits (quotas, instance sizes, database connections) take time to raise; planning avoids emergencies.',
      fix: 'Project load for the next 12 months and note which limits will be reached first.',
    },
  }),
];

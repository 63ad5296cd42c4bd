// Disaster recovery: RTO/RPO with a matching approach, tests, runbooks and continuity.
import { item, type Outcome } from '../checklist-item.js';
import { mentions, words } from '../detectors.js';
import type { DocumentView } from '../../validate/document-view.js';
import { findObjective } from '../dr-objectives.js';

const FAILOVER_APPROACH = words(
  'fail-?over',
  'warm standby',
  'hot standby',
  'standby',
  'pilot light',
  'active[- ](?:active|passive)',
  'multi-?site',
  'multi-?AZ',
  'multi-?region',
  'cross-region',
  'secondary region',
  'replicas?',
  'replicat\\w*',
  'high(?:ly)? availab\\w*',
  'redundan\\w*',
  'global tables?',
);

/** An RTO under an hour cannot be met by restoring backups into fresh infrastructure; it needs a standby. */
function approachMatchesRto(view: DocumentView): Outcome {
  const rto = findObjective(view, 'rto');
  if (!rto || rto.minutes === null || rto.minutes > 60) return { passed: true, line: rto?.line };
  const standby = view.blocks.find((b) => FAILOVER_APPROACH.test(b.search));
  return standby ? { passed: true, line: standby.line } : { passed: false, line: rto.line };
}

export const drItems = [
  item({
    id: 'ckl-dr-rto-rpo',
    area: 'dr',
    title: 'RTO and RPO stated',
    description: 'Recovery time and recovery point objectives are stated with values.',
    severity: 'error',
    detects:
      'RTO / recovery time objective and RPO / recovery point objective, each with a duration (minutes, hours, "near zero") in the same statement or table row',
    detect: (view) => {
      const rto = findObjective(view, 'rto');
      const rpo = findObjective(view, 'rpo');
      return rto && rpo ? { passed: true, line: Math.min(rto.line, rpo.line) } : { passed: false };
    },
    docs: {
      why: 'RTO and RPO are the only way to judge whether backups, replicas and failover are enough, or too expensive.',
      fix: 'State RTO and RPO per critical service (for example "RTO 4 h, RPO 15 min") and where they come from (PRD, business owner).',
    },
  }),
  item({
    id: 'ckl-dr-approach',
    area: 'dr',
    title: 'Disaster-recovery approach',
    description: 'The recovery approach is named: backup and restore, pilot light, warm standby, active-active, failover.',
    severity: 'error',
    detects: 'failover, standby, pilot light, active-active/passive, multi-region, restore from backup, recovery procedure/plan/strategy',
    detect: mentions(
      FAILOVER_APPROACH,
      words(
        'backup (?:and|&) restore',
        'restor(?:e|ed|ing) from (?:backups?|snapshots?)',
        'disaster recovery (?:strategy|plan|approach|procedures?|architecture)',
        'DR (?:strategy|plan|approach|procedures?|site)',
        'recovery (?:procedures?|plan|strategy|steps)',
        'redeploy\\w* from (?:code|IaC|git)',
      ),
    ),
    docs: {
      why: 'Objectives without an approach are wishes; the approach decides cost and real recovery time.',
      fix: 'Name the DR pattern per component and the steps to recover from the loss of a zone, a region and a data store.',
    },
  }),
  item({
    id: 'ckl-dr-approach-matches-rto',
    area: 'dr',
    title: 'DR approach matches a tight RTO',
    description: 'When the RTO is one hour or less, the design includes a standby, replica or failover capability.',
    severity: 'warning',
    detects: 'an RTO of 60 minutes or less requires failover, standby, multi-AZ, replicas or active-active somewhere in the document',
    detect: approachMatchesRto,
    docs: {
      why: 'Rebuilding from backups rarely finishes within an hour; a tight RTO needs something already running.',
      fix: 'Add a warm standby, read replica promotion or multi-AZ deployment, or relax the RTO with the business owner.',
    },
  }),
  item({
    id: 'ckl-dr-testing',
    area: 'dr',
    title: 'DR testing',
    description: 'Disaster-recovery procedures are exercised on a schedule (drills, failover tests, game days).',
    severity: 'warning',
    detects: 'DR/failover/recovery tests or drills, game days, chaos experiments, tabletop exercises',
    detect: mentions(
      words(
        '(?:DR|disaster recovery|failover|recovery|restore|backup) (?:tests?|testing|drills?|exercises?|rehearsals?|simulations?)',
        'test(?:ed|ing)? (?:the )?(?:DR|failover|recovery|disaster recovery)',
        'game ?days?',
        'chaos (?:engineering|experiments?|testing)',
        'tabletop(?: exercises?)?',
        'fire drills?',
      ),
    ),
    docs: {
      why: 'Untested recovery plans fail when they are needed, usually on details nobody wrote down.',
      fix: 'Schedule DR exercises (restore and failover) with owners, frequency and success criteria tied to RTO/RPO.',
    },
  }),
  item({
    id: 'ckl-dr-runbooks',
    area: 'dr',
    title: 'Recovery runbooks',
    description: 'Step-by-step recovery procedures exist or are planned.',
    severity: 'info',
    detects: 'runbooks, playbooks, recovery procedures/steps, numbered recovery instructions',
    detect: mentions(
      words(
        'runbooks?',
        'playbooks?',
        'recovery (?:procedures?|steps|process|instructions)',
        'step-by-step',
        'procedures? (?:for|to) (?:restore|recover)',
      ),
    ),
    docs: {
      why: 'Under stress people follow written steps better than memory.',
      fix: 'Write or plan runbooks for the main failure scenarios and link them from this document.',
    },
  }),
  item({
    id: 'ckl-dr-business-continuity',
    area: 'dr',
    title: 'Business continuity and degradation',
    description: 'How the service behaves when a dependency is down (degraded mode, fallbacks, queues, continuity plan) is described.',
    severity: 'info',
    detects: 'business continuity, degraded mode, graceful degradation, fallbacks, circuit breakers, retries, dead-letter queues',
    detect: mentions(
      words(
        'business continuity',
        'BCP',
        'degraded (?:mode|service|operation)',
        'graceful(?:ly)? degrad\\w*',
        'fallbacks?',
        'fall back',
        'circuit[- ]breakers?',
        'retr(?:y|ies) with (?:exponential )?backoff',
        'exponential backoff',
        'dead[- ]letter(?: queues?)?',
        'DLQ',
        'outage (?:handling|mode)',
      ),
    ),
    docs: {
      why: 'Most incidents are partial outages; designed degradation keeps the core journey working.',
      fix: 'For each external dependency say what happens when it is unavailable and how the system recovers.',
    },
  }),
];

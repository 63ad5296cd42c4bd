// Rule: a stateful, committed-availability system with no recovery objectives: an open question.
import { isRecordStore } from '../../model/tech-catalog.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'dr-objectives-missing',
    category: 'operational-overhead',
    title: 'No recovery objectives (RTO/RPO) for a stateful system',
    description:
      'The system keeps state and states an availability target or falls under an audited regime, but states neither RTO nor RPO.',
    why: 'Without RTO and RPO the DR tier, the backup schedule and their cost cannot be justified: the choice is a guess, and the first disaster sets the objectives.',
    detection:
      'No RTO and no RPO in the profile, a relational or document store in the model, and an availability target of 99.9 % or more or an audited regime. Yellow open question.',
    mitigation:
      'Agree RTO and RPO per service with the business (for example 4 h / 15 min), then check the DR tier and backup schedule against them.',
    falsePositives: 'The objectives live in a separate business-continuity plan; reference it.',
    docs: ['https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/disaster-recovery-dr-objectives.html'],
    resolvedBy: 'dr.strategy-tier',
    messages: {
      noObjectives: 'No RTO or RPO is stated for a system that keeps state in {stores}.',
      noObjectivesWithTarget: 'No RTO or RPO is stated for a system that keeps state in {stores} and targets {target} %.',
    },
  },
  check(ctx) {
    if (ctx.profile.rto || ctx.profile.rpo) return [];
    const stores = ctx.model.dataStores.filter(isRecordStore);
    if (!stores.length) return [];
    const target = ctx.v.availabilityAtLeast(99.9);
    const audited = ctx.audited();
    if (!target && !audited) return [];
    return [
      {
        subject: 'dr-objectives',
        signal: { impact: 2, likelihood: 2, basis: 'missing' },
        evidence: { facts: [...(target ?? []), ...(audited?.evidence ?? [])], model: stores.map((d) => d.id) },
        messageId: target ? 'noObjectivesWithTarget' : 'noObjectives',
        data: { stores: stores.map((d) => d.tech).join(', '), ...(target ? { target: ctx.v.availability() ?? '' } : {}) },
      },
    ];
  },
});

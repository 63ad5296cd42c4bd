// Cost: an estimate, allocation, monitoring and optimisation levers.
import { item } from '../checklist-item.js';
import { anyOf, mentions, tableColumn, words } from '../detectors.js';

const MONEY =
  /(?:[$€£¥]|\b(?:USD|EUR|GBP|AUD|CAD|US\$|A\$)\s?)\s?\d[\d,.]*(?:\s?[kK])?|\b\d[\d,.]*\s?(?:USD|EUR|GBP|AUD|CAD|dollars|euros?|pounds)\b/;

export const costItems = [
  item({
    id: 'ckl-cost-estimate',
    area: 'cost',
    title: 'Cost estimate',
    description: 'An estimate of running cost (per month or year, per environment or component) is given.',
    severity: 'error',
    detects: 'a money amount ($, €, £, USD, EUR...) or a cost table column, or "free tier" sizing',
    detect: anyOf(mentions(MONEY), tableColumn(words('cost', 'price', 'monthly', 'estimate', 'budget'))),
    docs: {
      why: 'Architecture choices are cost choices; without an estimate nobody can check them against the budget.',
      fix: 'Add a monthly estimate per environment and major component, with the assumptions (load, tier) behind it.',
    },
  }),
  item({
    id: 'ckl-cost-allocation',
    area: 'cost',
    title: 'Cost allocation',
    description: 'Costs can be attributed (tagging/labels, per-environment accounts, cost centres).',
    severity: 'warning',
    detects: 'tags/tagging, labels, cost allocation, cost centre, chargeback/showback, per-environment/per-project billing',
    detect: mentions(
      words(
        'tag(?:s|ging|ged)?',
        'labels?',
        'cost allocation',
        'cost (?:cent(?:er|re)s?|attribution)',
        'chargeback',
        'showback',
        'billing (?:per|by) (?:project|environment|team|account)',
        'per[- ](?:environment|team|project|tenant) (?:cost|billing|spend)',
        'cost per (?:environment|tenant|customer|user)',
      ),
    ),
    docs: {
      why: 'Unattributed spend cannot be optimised or charged to the right budget.',
      fix: 'Define mandatory tags (environment, service, owner, cost centre) and enforce them in IaC.',
    },
  }),
  item({
    id: 'ckl-cost-monitoring',
    area: 'cost',
    title: 'Cost monitoring and budgets',
    description: 'Spend is watched: budgets, billing alerts, anomaly detection or regular cost review.',
    severity: 'warning',
    detects: 'budget alerts/alarms, billing alerts, cost monitoring/anomaly detection, Cost Explorer, spending limits, cost review',
    detect: mentions(
      words(
        'budgets? (?:alerts?|alarms?|notifications?|thresholds?)',
        'AWS Budgets',
        'billing (?:alerts?|alarms?|notifications?)',
        'cost (?:alerts?|monitoring|anomal\\w*|explorer|dashboards?|reviews?|tracking|reports?|management)',
        'Cost Management',
        'spend(?:ing)? (?:limits?|caps?|alerts?|tracking|monitoring)',
        'usage (?:alerts?|limits?|monitoring)',
        'FinOps',
      ),
    ),
    docs: {
      why: 'Runaway spend (a loop, a leak, an attack) is an outage of the budget; alerts catch it in hours, not at month end.',
      fix: 'Set budgets with alerts at 50/80/100 % and review spend monthly.',
    },
  }),
  item({
    id: 'ckl-cost-optimization',
    area: 'cost',
    title: 'Cost optimisation levers',
    description: 'Ways to reduce cost are identified (right-sizing, reserved capacity, scale to zero, lifecycle tiers, free tiers).',
    severity: 'info',
    detects:
      'right-sizing, reserved instances, savings plans, spot, committed use, scale to zero, storage tiers/lifecycle, free tier, optimisation',
    detect: mentions(
      words(
        'right-?siz\\w*',
        'reserved (?:instances?|capacity)',
        'savings plans?',
        'spot (?:instances?|VMs?|nodes?)',
        'committed use',
        'scale[- ]to[- ]zero',
        'pay[- ]per[- ]use',
        'pay-as-you-go',
        'free tier',
        '(?:storage|infrequent access|intelligent) tier\\w*',
        'Intelligent-Tiering',
        'cost[- ]optimi[sz]\\w*',
        'optimi[sz]e (?:costs?|spend)',
        'cost[- ]effective',
        'cost savings?',
      ),
    ),
    docs: {
      why: 'Knowing the levers in advance makes cost a design parameter instead of a surprise.',
      fix: 'List the optimisation levers that apply and the trigger for using each.',
    },
  }),
];

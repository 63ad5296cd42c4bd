// Named third-party services: the system's own platform and stores are dropped, one vendor's APIs become one service.
import { describe, expect, it } from 'vitest';
import { cleanExternalNames } from '../../../src/core/model/external-service-names.js';

describe('cleanExternalNames', () => {
  it.each([
    [
      'one vendor named three ways is one service',
      ['Quokka Pay REST API', 'Quokka Pay Webhooks', 'Zephyr Maps'],
      [],
      [],
      ['Quokka Pay', 'Zephyr Maps'],
    ],
    ['the project platform is not a third party', ['Hetzner Cloud VPS', 'Zephyr Maps'], ['hetzner'], [], ['Zephyr Maps']],
    ['a chosen store is not a third party', ['Redis Cache Layer', 'Zephyr Maps'], ['redis'], [], ['Zephyr Maps']],
    ['a service already listed from a decision is not listed twice', ['PagerDuty Events API'], [], ['pagerduty'], []],
    [
      'generic kinds are never merged by their first word',
      ['Payment Gateways', 'Payment Processing APIs'],
      [],
      [],
      ['Payment Gateways', 'Payment Processing APIs'],
    ],
  ])('%s', (_, names, own, listed, want) => {
    expect(cleanExternalNames(names, new Set(own), new Set(listed))).toEqual(want);
  });
});

// What a chosen option carries in the project: the units and stores it brings, with their production cost lines.
import { describe, expect, it } from 'vitest';
import { carriedHere } from '../../../src/core/render/carried-here.js';
import { makeDecisions, makeModel, store, unit } from '../../helpers/make-model.js';

const model = makeModel({
  compute: [unit('quay-api', 'ecs', { name: 'Quay API', from: ['compute.runtime'] }), unit('tally', 'ecs', { name: 'Tally worker' })],
  dataStores: [store('ledger', 'postgresql', { name: 'Ledger DB' })],
  costLines: [
    { item: 'Quay API', monthlyLow: 40, monthlyHigh: 120, basis: 'x', from: ['quay-api'] },
    { item: 'Ledger DB', monthlyLow: 60, monthlyHigh: 60, basis: 'x', from: ['ledger'] },
    { item: 'NAT gateway', monthlyLow: 33, monthlyHigh: 33, basis: 'x', from: ['network.topology'] },
    { item: 'Staging environment', monthlyLow: 10, monthlyHigh: 20, basis: 'x', from: ['staging', 'network.topology'] },
  ],
});

describe('carried here', () => {
  it.each([
    ['compute.runtime', 'ecs-fargate', 'Quay API, $40–$120 a month'],
    ['data.primary-database', 'postgresql', 'Ledger DB, $60 a month'],
    ['network.topology', 'vpc-three-tier', 'NAT gateway, $33 a month'],
    ['security.identity', 'cognito', null],
  ])('%s chosen as %s carries %s', (id, choice, want) => {
    expect(carriedHere(makeDecisions({ [id]: choice })[0], model)).toBe(want);
  });
});

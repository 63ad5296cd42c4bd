import { describe, expect, it } from 'vitest';
import { ProfileView } from '../../../src/core/decide/profile-view.js';
import { makeProfile } from '../../helpers/make-profile.js';

describe('ProfileView.euResidency', () => {
  it.each<[string[], boolean]>([
    [['eu-west-1'], true],
    [['eu-west'], true],
    [['europe-west1'], true],
    [['fra1'], true],
    [['ams3'], true],
    [['dublin'], true],
    [['san-francisco'], false],
    [['us-east-1', 'sgp1'], false],
    [['frontier'], false],
  ])('%j → %s', (regions, eu) => {
    expect(Boolean(new ProfileView(makeProfile({ regions })).euResidency())).toBe(eu);
  });
});

describe('ProfileView.requestsPerSecond', () => {
  it('derives peak requests per second from concurrent users when no rate is stated', () => {
    const r = new ProfileView(makeProfile({ concurrentUsers: 600 })).requestsPerSecond();
    expect(r).toMatchObject({ value: 60, derived: true });
  });

  it('prefers a stated rate', () => {
    const p = makeProfile({ concurrentUsers: 600, scale: [{ kind: 'requests-per-minute', value: 1200, text: '1200 rpm', evidence: [] }] });
    expect(new ProfileView(p).requestsPerSecond()).toMatchObject({ value: 20, derived: false });
  });
});

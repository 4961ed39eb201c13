import type { SessionInfo } from '@knotenpunkt/shared/contracts';

/** Slugs of the two memberships of the test person. */
export type FixtureTenant = 'verein-a' | 'vhs-b';

export interface SessionFixtureOptions {
  /** The active organisation (header switcher); `null` (default): none chosen. */
  activeTenant?: FixtureTenant | null;
}

const memberships: SessionInfo['memberships'] = [
  { tenantId: '8d9c7d1e-0000-4000-8000-0000000000a1', slug: 'verein-a', name: 'Verein A', type: 'initiative', role: 'owner' },
  { tenantId: '8d9c7d1e-0000-4000-8000-0000000000b2', slug: 'vhs-b', name: 'VHS B', type: 'adult-education', role: 'viewer' },
];

/** Alex Schmidt, signed in: owner of "Verein A" and viewer of "VHS B". A new object per call. */
export function sessionFixture(options: SessionFixtureOptions = {}): SessionInfo {
  const active = options.activeTenant ? memberships.find((m) => m.slug === options.activeTenant) : undefined;
  return {
    user: { id: '8d9c7d1e-0000-4000-8000-000000000001', email: 'alex@example.org', displayName: 'Alex Schmidt', language: 'de', platformRole: null },
    memberships: memberships.map((m) => ({ ...m })),
    activeTenantId: active?.tenantId ?? null,
    expiresAt: '2030-01-01T00:00:00.000Z',
  };
}

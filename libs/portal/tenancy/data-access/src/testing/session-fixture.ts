import type { SessionInfo } from '@knotenpunkt/shared/contracts';

/** A signed-in owner of "Verein A" and viewer of "VHS B" (unit tests only; not exported). */
export const sessionInfo: SessionInfo = {
  user: { id: '8d9c7d1e-0000-4000-8000-000000000001', email: 'alex@example.org', displayName: 'Alex', language: 'de', platformRole: null },
  memberships: [
    { tenantId: '8d9c7d1e-0000-4000-8000-0000000000a1', slug: 'verein-a', name: 'Verein A', type: 'initiative', role: 'owner' },
    { tenantId: '8d9c7d1e-0000-4000-8000-0000000000b2', slug: 'vhs-b', name: 'VHS B', type: 'adult-education', role: 'viewer' },
  ],
  activeTenantId: null,
  expiresAt: '2030-01-01T00:00:00.000Z',
};

import { tenantRoles, tenantTypes } from '@knotenpunkt/shared/contracts';

import { TENANT_ROLES, TENANT_TYPES, assignableRoles, invitableRoles, roleAtLeast } from './roles';

describe('roles', () => {
  it('mirror the contracts (same values, same order)', () => {
    expect(TENANT_ROLES).toEqual(tenantRoles);
    expect(TENANT_TYPES).toEqual(tenantTypes);
  });

  it('roleAtLeast orders owner > admin > editor > member > viewer', () => {
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast('editor', 'editor')).toBe(true);
    expect(roleAtLeast('member', 'editor')).toBe(false);
    expect(roleAtLeast(null, 'viewer')).toBe(false);
  });

  it('owners manage every role, admins editors, members and viewers', () => {
    expect(assignableRoles('owner')).toEqual(TENANT_ROLES);
    expect(assignableRoles('admin')).toEqual(['editor', 'member', 'viewer']);
    expect(assignableRoles('editor')).toEqual([]);
    expect(invitableRoles('admin')).not.toContain('owner');
    expect(invitableRoles('owner')).toContain('owner');
  });
});

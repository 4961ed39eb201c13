import { tenantRoles } from '@knotenpunkt/shared/contracts';
import { canChangeRole, canInvite, canRemove } from './membership-rules';

describe('membership rules', () => {
  it('owners may change any role while another owner remains', () => {
    expect(canChangeRole('owner', 'owner', 'viewer', 2)).toEqual({ ok: true });
    expect(canChangeRole('owner', 'viewer', 'owner', 1)).toEqual({ ok: true });
  });

  it('the last owner can neither be demoted nor removed, not even by themself', () => {
    expect(canChangeRole('owner', 'owner', 'admin', 1)).toEqual({ ok: false, reason: 'last-owner' });
    expect(canRemove('owner', 'owner', true, 1)).toEqual({ ok: false, reason: 'last-owner' });
    expect(canRemove('owner', 'owner', false, 2)).toEqual({ ok: true });
  });

  it('admins manage editors, members and viewers only', () => {
    expect(canChangeRole('admin', 'viewer', 'editor', 1)).toEqual({ ok: true });
    expect(canChangeRole('admin', 'editor', 'admin', 1)).toEqual({ ok: false, reason: 'forbidden' });
    expect(canChangeRole('admin', 'admin', 'viewer', 1)).toEqual({ ok: false, reason: 'forbidden' });
    expect(canRemove('admin', 'owner', false, 2)).toEqual({ ok: false, reason: 'forbidden' });
    expect(canInvite('admin', 'member')).toBe(true);
    expect(canInvite('admin', 'owner')).toBe(false);
  });

  it('editors, members and viewers manage nobody but may leave', () => {
    for (const actor of ['editor', 'member', 'viewer'] as const) {
      for (const target of tenantRoles) {
        expect(canInvite(actor, target)).toBe(false);
        expect(canChangeRole(actor, 'viewer', target, 1).ok).toBe(false);
      }
      expect(canRemove(actor, actor, true, 1)).toEqual({ ok: true });
      expect(canRemove(actor, 'viewer', false, 1)).toEqual({ ok: false, reason: 'forbidden' });
    }
  });
});

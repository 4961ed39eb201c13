import { roleAtLeast, type TenantRole } from '@knotenpunkt/shared/contracts';

export type MembershipDecision = { ok: true } | { ok: false; reason: 'forbidden' | 'last-owner' };

/**
 * Who may give whom which role: owners manage everyone; admins manage editors, members and
 * viewers and may hand out those roles only. No change may leave a tenant without an owner.
 */
export function canChangeRole(actor: TenantRole, currentRole: TenantRole, newRole: TenantRole, ownerCount: number): MembershipDecision {
  if (!mayManage(actor, currentRole) || !mayManage(actor, newRole)) return { ok: false, reason: 'forbidden' };
  if (currentRole === 'owner' && newRole !== 'owner' && ownerCount <= 1) return { ok: false, reason: 'last-owner' };
  return { ok: true };
}

export function canRemove(actor: TenantRole, targetRole: TenantRole, isSelf: boolean, ownerCount: number): MembershipDecision {
  if (!isSelf && !mayManage(actor, targetRole)) return { ok: false, reason: 'forbidden' };
  if (targetRole === 'owner' && ownerCount <= 1) return { ok: false, reason: 'last-owner' };
  return { ok: true };
}

export function canInvite(actor: TenantRole, role: TenantRole): boolean {
  return mayManage(actor, role);
}

function mayManage(actor: TenantRole, target: TenantRole): boolean {
  if (actor === 'owner') return true;
  return actor === 'admin' && !roleAtLeast(target, 'admin');
}

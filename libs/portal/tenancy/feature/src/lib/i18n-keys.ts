import { TENANT_ROLES, TENANT_TYPES } from '@knotenpunkt/portal/tenancy/data-access';

const LEGAL_IDS = ['imprint', 'privacy', 'accessibility'] as const;
/** Audit actions of an organisation that have a label (others are shown by their code). */
export const LABELLED_AUDIT_ACTIONS = [
  'tenant.created',
  'tenant.updated',
  'tenant.status-changed',
  'member.role-changed',
  'member.removed',
  'member.left',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'legal.updated',
] as const;

/** `audit.actions.<action with dots and hyphens as _>`. */
export function auditActionKey(action: string): string {
  return `audit.actions.${action.replace(/[^a-zA-Z0-9]+/g, '_')}`;
}

const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;

/**
 * Translation keys the tenancy pages build at run time (`'roles.' + role`, …), which a search of
 * the templates for literal keys cannot find. The app's translation test checks them too.
 */
export const TENANCY_DYNAMIC_I18N_KEYS: readonly string[] = [
  ...TENANT_ROLES.map((role) => `roles.${role}`),
  ...TENANT_TYPES.map((type) => `tenantTypes.${type}`),
  ...INVITATION_STATUSES.map((status) => `invitationStatus.${status}`),
  ...INVITATION_STATUSES.filter((status) => status !== 'pending').map((status) => `invitation.notPending.${status}`),
  ...LEGAL_IDS.map((id) => `legalView.titles.${id}`),
  ...LEGAL_IDS.map((id) => `legal.${id}.empty`),
  ...LABELLED_AUDIT_ACTIONS.map(auditActionKey),
  ...['full', 'partial', 'none'].flatMap((level) => [`legalView.accessibility.conformance.${level}`, `legalEdit.accessibility.levels.${level}`]),
  // The profile form's labels built from field names.
  ...['street', 'postalCode', 'locality'].map((field) => `profileEdit.fields.address.${field}`),
  ...['topics', 'audiences', 'website', 'email', 'phone'].map((field) => `profileEdit.fields.${field}`),
  ...['label', 'name', 'email', 'phone'].map((field) => `profileEdit.contactPoints.${field}`),
];

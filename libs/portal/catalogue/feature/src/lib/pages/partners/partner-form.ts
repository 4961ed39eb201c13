import type { PartnerInputRequest } from '@knotenpunkt/portal/catalogue/data-access';
import type { PartnerOrganisation, TenantType } from '@knotenpunkt/shared/contracts';

import { type FormIssue, fieldPathOf } from '../../editor/offer-form';

/**
 * The partner form's model and its mapping to and from the api (`partnerInputSchema` in
 * @knotenpunkt/shared/contracts): plain objects, no Angular. Field names are the api's, so its
 * `issues[].path` (`email`, `body.url`) land on the fields through the editor's `fieldPathOf`.
 */
export interface PartnerFormValue {
  name: string;
  type: TenantType;
  url: string;
  email: string;
  phone: string;
}

/** The form's fields in the order they appear (the error summary's order). */
export const PARTNER_FIELDS = ['name', 'type', 'url', 'email', 'phone'] as const;

export function emptyPartnerForm(): PartnerFormValue {
  return { name: '', type: 'other', url: '', email: '', phone: '' };
}

export function partnerFormValueOf(partner: PartnerOrganisation): PartnerFormValue {
  return { name: partner.name, type: partner.type, url: partner.url ?? '', email: partner.email ?? '', phone: partner.phone ?? '' };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The request body: trimmed texts, empty optional fields as null (the api keeps the external id on change). */
export function toPartnerInput(value: PartnerFormValue): PartnerInputRequest {
  return { name: value.name.trim(), type: value.type, url: orNull(value.url), email: orNull(value.email), phone: orNull(value.phone) };
}

/**
 * Only the name is checked before the request (required, 2–200 characters); the formats of web
 * address, e-mail and phone are the api's to judge, and its messages (in the UI language) land on
 * the same fields.
 */
export function checkPartner(value: PartnerFormValue): FormIssue[] {
  const name = value.name.trim();
  if (name === '') return [{ path: 'name', key: 'forms.errors.required' }];
  if (name.length < 2) return [{ path: 'name', key: 'forms.errors.minLength', params: { min: 2 } }];
  return [];
}

/** The api's issues on the form's fields; paths that are no field of the form stay as they are (shown in the summary's message). */
export function partnerIssuesOf(issues: readonly { path: string; message: string }[]): { known: { path: string; message: string }[]; stray: string[] } {
  const mapped = issues.map((issue) => ({ path: fieldPathOf(issue.path), message: issue.message }));
  const fields: readonly string[] = PARTNER_FIELDS;
  return {
    known: mapped.filter((issue) => fields.includes(issue.path)).sort((a, b) => fields.indexOf(a.path) - fields.indexOf(b.path)),
    stray: mapped.filter((issue) => !fields.includes(issue.path)).map((issue) => issue.message),
  };
}

import type { Audience, OwnOrganisationProfile, Topic } from '@knotenpunkt/shared/contracts';

/** A service area as the form lists it (key for the api, name and level to show). */
export interface ServiceArea {
  readonly key: string;
  readonly name: string;
  readonly level: string;
}

export interface ContactPointValue {
  label: string;
  name: string;
  email: string;
  phone: string;
}

/** The profile form's values: text as the inputs hold it. */
export interface ProfileFormValue {
  description: string;
  address: { street: string; postalCode: string; locality: string };
  serviceAreas: ServiceArea[];
  topics: Topic[];
  audiences: Audience[];
  contactPoints: ContactPointValue[];
  website: string;
  email: string;
  phone: string;
  reviewByParent: boolean;
  /** '' = never remind. */
  staleAfterDays: string;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function profileFormValueOf(profile: OwnOrganisationProfile): { value: ProfileFormValue; logoUrl: string | null } {
  return {
    logoUrl: profile.logoUrl,
    value: {
      description: profile.description ?? '',
      address: { street: profile.address?.street ?? '', postalCode: profile.address?.postalCode ?? '', locality: profile.address?.locality ?? '' },
      serviceAreas: profile.serviceAreas.map((area) => ({ key: area.key, name: area.name, level: area.level })),
      topics: [...profile.topics],
      audiences: [...profile.audiences],
      contactPoints: profile.contactPoints.map((point) => ({ label: point.label, name: point.name ?? '', email: point.email ?? '', phone: point.phone ?? '' })),
      website: profile.website ?? '',
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      reviewByParent: profile.reviewByParent,
      staleAfterDays: profile.staleAfterDays === null ? '' : String(profile.staleAfterDays),
    },
  };
}

/**
 * The form → the body of `PUT …/profile` in the shape of `organisationProfileInputSchema`'s
 * input: empty texts as null, an address only when some part of it is given, the stale days as
 * a number (text that is no number stays text, so the schema reports it at its field).
 */
export function toProfileInput(value: ProfileFormValue, logoUrl: string | null = null): Record<string, unknown> {
  const addressGiven = Object.values(value.address).some((part) => part.trim() !== '');
  const days = value.staleAfterDays.trim();
  return {
    description: orNull(value.description),
    address: addressGiven ? { street: orNull(value.address.street), postalCode: value.address.postalCode.trim(), locality: orNull(value.address.locality) } : null,
    serviceAreas: value.serviceAreas.map((area) => area.key),
    topics: [...value.topics],
    audiences: [...value.audiences],
    contactPoints: value.contactPoints.map((point) => ({ label: point.label.trim(), name: orNull(point.name), email: orNull(point.email), phone: orNull(point.phone) })),
    website: orNull(value.website),
    email: orNull(value.email),
    phone: orNull(value.phone),
    logoUrl,
    reviewByParent: value.reviewByParent,
    staleAfterDays: days === '' ? null : /^\d+$/.test(days) ? Number(days) : days,
  };
}

/** Api paths → the form's fields: list entries on their list (`serviceAreas.2` → `serviceAreas`). */
export function profileFieldOf(path: string): string {
  const clean = path.replace(/^body\./, '');
  for (const list of ['serviceAreas', 'topics', 'audiences']) if (clean === list || clean.startsWith(`${list}.`)) return list;
  if (clean === 'address') return 'address.postalCode';
  const point = /^contactPoints\.(\d+)(?:\.(label|name|email|phone))?/.exec(clean);
  if (point) return `contactPoints.${point[1]}.${point[2] ?? 'label'}`;
  return clean;
}

export function profileFieldOrder(value: ProfileFormValue): string[] {
  return [
    'description',
    'address.street',
    'address.postalCode',
    'address.locality',
    'serviceAreas',
    'topics',
    'audiences',
    'website',
    'email',
    'phone',
    ...value.contactPoints.flatMap((_, i) => ['label', 'name', 'email', 'phone'].map((field) => `contactPoints.${i}.${field}`)),
    'reviewByParent',
    'staleAfterDays',
  ];
}

import type { OwnOrganisationProfile } from '@knotenpunkt/shared/contracts';
import { organisationProfileInputSchema } from '@knotenpunkt/shared/contracts';

import { profileFieldOf, profileFieldOrder, profileFormValueOf, toProfileInput } from './profile-form';

const profile: OwnOrganisationProfile = {
  tenant: { id: '8d9c7d1e-0000-4000-8000-0000000000a1', slug: 'verein-a', name: 'Verein A', type: 'initiative' },
  parent: { id: '8d9c7d1e-0000-4000-8000-0000000000c1', slug: 'dachverband', name: 'Dachverband' },
  description: 'Wir beraten.',
  address: { street: 'Anger 1', postalCode: '99084', locality: 'Erfurt', region: { key: '160510000000', name: 'Erfurt', level: 'gemeinde' } },
  serviceAreas: [{ key: '16', name: 'Thüringen', level: 'land' }],
  topics: ['asylum-law'],
  audiences: ['volunteers'],
  contactPoints: [{ label: 'Beratung', name: null, email: 'beratung@verein.example', phone: null }],
  website: 'https://verein.example',
  email: null,
  phone: '0361 123456',
  logoUrl: 'https://verein.example/logo.png',
  updatedAt: '2026-12-01T10:00:00.000Z',
  reviewByParent: true,
  staleAfterDays: null,
} as OwnOrganisationProfile;

describe('profile form ⇄ api input', () => {
  it('round-trips a stored profile into a body the contracts schema accepts (logo kept, never remind = null)', () => {
    const { value, logoUrl } = profileFormValueOf(profile);
    expect(value).toMatchObject({ staleAfterDays: '', email: '', serviceAreas: [{ key: '16', name: 'Thüringen', level: 'land' }] });
    const body = toProfileInput(value, logoUrl);
    expect(body).toEqual({
      description: 'Wir beraten.',
      address: { street: 'Anger 1', postalCode: '99084', locality: 'Erfurt' },
      serviceAreas: ['16'],
      topics: ['asylum-law'],
      audiences: ['volunteers'],
      contactPoints: [{ label: 'Beratung', name: null, email: 'beratung@verein.example', phone: null }],
      website: 'https://verein.example',
      email: null,
      phone: '0361 123456',
      logoUrl: 'https://verein.example/logo.png',
      reviewByParent: true,
      staleAfterDays: null,
    });
    expect(organisationProfileInputSchema.safeParse(body).success).toBe(true);
  });

  it('sends no address when it is empty, numbers for the days, and lets the schema name wrong values', () => {
    const { value } = profileFormValueOf(profile);
    const body = toProfileInput({ ...value, address: { street: '', postalCode: '', locality: '' }, staleAfterDays: '30' });
    expect(body).toMatchObject({ address: null, staleAfterDays: 30 });
    const bad = organisationProfileInputSchema.safeParse(toProfileInput({ ...value, address: { street: 'Anger 1', postalCode: '990', locality: '' }, staleAfterDays: '7' }));
    expect(bad.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['address.postalCode', 'staleAfterDays']);
  });

  it('maps api paths onto the form fields', () => {
    expect(profileFieldOf('serviceAreas.1')).toBe('serviceAreas');
    expect(profileFieldOf('body.address')).toBe('address.postalCode');
    expect(profileFieldOf('contactPoints.0.email')).toBe('contactPoints.0.email');
    expect(profileFieldOf('contactPoints.2')).toBe('contactPoints.2.label');
    expect(profileFieldOf('website')).toBe('website');
    const order = profileFieldOrder(profileFormValueOf(profile).value);
    expect(order.indexOf('address.postalCode')).toBeLessThan(order.indexOf('contactPoints.0.label'));
  });
});

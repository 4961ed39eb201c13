import type { PartnerOrganisation } from '@knotenpunkt/shared/contracts';

import { checkPartner, emptyPartnerForm, partnerFormValueOf, partnerIssuesOf, toPartnerInput } from './partner-form';

const partner: PartnerOrganisation = {
  id: '8d9c7d1e-0000-4000-8000-0000000000d1',
  externalId: 'urn:knotenpunkt:partner:8d9c7d1e-0000-4000-8000-0000000000d1',
  name: 'Kulturzentrum Gotha',
  type: 'other',
  url: 'https://kultur.example',
  email: null,
  phone: '03621 123',
  tenant: null,
};

describe('partner form', () => {
  it('maps a partner to form values and back, empty optional fields as null, texts trimmed', () => {
    const value = partnerFormValueOf(partner);
    expect(value).toEqual({ name: 'Kulturzentrum Gotha', type: 'other', url: 'https://kultur.example', email: '', phone: '03621 123' });
    expect(toPartnerInput({ ...value, name: '  Kulturzentrum Gotha ', email: '   ', url: ' https://kultur.example ' })).toEqual({
      name: 'Kulturzentrum Gotha',
      type: 'other',
      url: 'https://kultur.example',
      email: null,
      phone: '03621 123',
    });
    expect(toPartnerInput(emptyPartnerForm())).toEqual({ name: '', type: 'other', url: null, email: null, phone: null });
  });

  it('checks only the name before the request', () => {
    expect(checkPartner(emptyPartnerForm())).toEqual([{ path: 'name', key: 'forms.errors.required' }]);
    expect(checkPartner({ ...emptyPartnerForm(), name: ' A ' })).toEqual([{ path: 'name', key: 'forms.errors.minLength', params: { min: 2 } }]);
    expect(checkPartner({ ...emptyPartnerForm(), name: 'AB', email: 'kein-mail' })).toEqual([]);
  });

  it('puts the api’s issues on the fields in form order (body. prefix too) and keeps the others as text', () => {
    const { known, stray } = partnerIssuesOf([
      { path: 'phone', message: 'Telefon falsch' },
      { path: 'body.email', message: 'E-Mail falsch' },
      { path: 'url', message: 'Adresse falsch' },
      { path: 'externalId', message: 'Kennung falsch' },
    ]);
    expect(known).toEqual([
      { path: 'url', message: 'Adresse falsch' },
      { path: 'email', message: 'E-Mail falsch' },
      { path: 'phone', message: 'Telefon falsch' },
    ]);
    expect(stray).toEqual(['Kennung falsch']);
  });
});

import { FormErrors } from './form-errors';

describe('FormErrors', () => {
  const fields = ['organisationName', 'address.street', 'address.postalCode', 'register.court', 'register.number'];

  it('gives every field a DOM id and its error an id for aria-describedby', () => {
    const errors = new FormErrors('imprint', fields);
    expect(errors.idOf('address.postalCode')).toBe('imprint-address-postalCode');
    expect(errors.errorIdOf('address.postalCode')).toBe('imprint-address-postalCode-error');
    expect(errors.invalid('address.postalCode')).toBeNull();
    expect(errors.describedBy('address.postalCode')).toBeNull();
    expect(errors.describedBy('address.postalCode', 'hint')).toBe('hint');

    errors.set([{ path: 'address.postalCode', message: 'PLZ: genau 5 Ziffern' }]);
    expect(errors.invalid('address.postalCode')).toBe('true');
    expect(errors.messageOf('address.postalCode')).toBe('PLZ: genau 5 Ziffern');
    expect(errors.describedBy('address.postalCode', 'hint')).toBe('hint imprint-address-postalCode-error');
  });

  it('keeps the fields’ order, one message per field, and maps group paths to their first field', () => {
    const errors = new FormErrors('imprint', fields);
    errors.set([
      { path: 'register', message: 'Registerangaben unvollständig' },
      { path: 'address.postalCode', message: 'erste' },
      { path: 'address.postalCode', message: 'zweite' },
      { path: 'organisationName', message: 'Pflichtfeld' },
    ]);
    expect(errors.list().map((e) => [e.path, e.message, e.id])).toEqual([
      ['organisationName', 'Pflichtfeld', 'imprint-organisationName'],
      ['address.postalCode', 'erste', 'imprint-address-postalCode'],
      ['register.court', 'Registerangaben unvollständig', 'imprint-register-court'],
    ]);
    expect(errors.any()).toBe(true);
    expect(errors.isField('register')).toBe(true);
    expect(errors.isField('token')).toBe(false);
    errors.clear();
    expect(errors.list()).toEqual([]);
  });
});

import { imprintContentSchema, signUpRequestSchema } from '@knotenpunkt/shared/contracts';

import { type Translate, serverFieldErrors, validate } from './validation';

const texts: Record<string, string> = {
  'forms.errors.required': 'Bitte füllen Sie dieses Feld aus.',
  'forms.errors.maxLength': 'Bitte höchstens {{ max }} Zeichen eingeben.',
  'forms.errors.choice': 'Bitte wählen Sie eine der Möglichkeiten.',
  'forms.errors.format': 'Bitte prüfen Sie das Format.',
  'forms.errors.invalid': 'Diese Angabe ist ungültig.',
};
const translate: Translate = (key, params) =>
  (texts[key] ?? key).replace(/\{\{ (\w+) \}\}/g, (_, name: string) => String(params?.[name] ?? ''));

describe('validate with the contracts schemas', () => {
  it('words the sign-up errors in German, with the schemas’ own messages where they have one', () => {
    const result = validate(signUpRequestSchema, { email: 'kein-at', password: 'kurz', displayName: ' ', language: 'de' }, translate, 'de');
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'email', message: 'Bitte eine gültige E-Mail-Adresse angeben' },
        { path: 'password', message: 'Das Passwort muss mindestens 10 Zeichen lang sein' },
        { path: 'displayName', message: 'Bitte füllen Sie dieses Feld aus.' },
      ],
    });
  });

  it('uses the English texts of the contracts for English', () => {
    const result = validate(signUpRequestSchema, { email: 'x', password: '1234567890', displayName: 'A' }, translate, 'en');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ path: 'email', message: 'Please enter a valid e-mail address' }]);
  });

  it('returns the parsed value (trimmed, lower-cased) when valid', () => {
    const result = validate(signUpRequestSchema, { email: ' Alex@Example.ORG ', password: 'lange genug!', displayName: ' Alex ' }, translate, 'de');
    expect(result).toEqual({ ok: true, data: { email: 'alex@example.org', password: 'lange genug!', displayName: 'Alex', language: 'de' } });
  });

  it('gives nested imprint fields dotted paths and readable messages', () => {
    const result = validate(
      imprintContentSchema,
      {
        organisationName: '',
        address: { street: 'Hauptstr. 1', postalCode: '123', city: 'Gotha' },
        representatives: 'Vorstand: A. B.',
        email: 'info@verein.example',
        responsibleForContent: { name: 'A. B.', address: 'x'.repeat(501) },
        vatId: 'DE12',
      },
      translate,
      'de',
    );
    expect(!result.ok && result.errors).toEqual([
      { path: 'organisationName', message: 'Bitte füllen Sie dieses Feld aus.' },
      { path: 'address.postalCode', message: 'PLZ: genau 5 Ziffern' },
      { path: 'vatId', message: 'USt-IdNr.: DE und 9 Ziffern' },
      { path: 'responsibleForContent.address', message: 'Bitte höchstens 500 Zeichen eingeben.' },
    ]);
  });
});

describe('serverFieldErrors', () => {
  it('takes the api’s issues as they are, without a body./content. prefix', () => {
    expect(
      serverFieldErrors({
        status: 400,
        message: 'Ungültig',
        code: null,
        retryAfterSeconds: null,
        issues: [
          { path: 'address.postalCode', message: 'PLZ: genau 5 Ziffern', code: 'invalid_format' },
          { path: 'body.email', message: 'E-Mail', code: 'invalid_format' },
        ],
      }),
    ).toEqual([
      { path: 'address.postalCode', message: 'PLZ: genau 5 Ziffern' },
      { path: 'email', message: 'E-Mail' },
    ]);
  });
});

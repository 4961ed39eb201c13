import type { Language } from './language';

/**
 * Texts for the custom checks in the schemas of this library. Schemas carry the key as their
 * message; the api (and the portal) translate it into the reader's language.
 */
export const validationMessages = {
  'region.key': {
    de: 'Regionalschlüssel: 2, 3, 5, 9 oder 12 Ziffern',
    en: 'Region key: 2, 3, 5, 9 or 12 digits',
  },
  'postalCode.format': { de: 'PLZ: genau 5 Ziffern', en: 'Postal code: exactly 5 digits' },
  'query.minLength2': { de: 'Bitte mindestens 2 Zeichen eingeben', en: 'Please enter at least 2 characters' },
  'region.level.unknown': {
    de: 'Unbekannte Ebene (erlaubt: land, regierungsbezirk, kreis, gemeindeverband, gemeinde)',
    en: 'Unknown level (allowed: land, regierungsbezirk, kreis, gemeindeverband, gemeinde)',
  },
  'radius.positive': { de: 'Der Radius muss größer als 0 km sein', en: 'The radius must be greater than 0 km' },
  'radius.max': { de: 'Der Radius darf höchstens 500 km betragen', en: 'The radius must be at most 500 km' },
  'nearby.center.missing': { de: 'Bitte eine PLZ oder lat und lon angeben', en: 'Please give a postal code or lat and lon' },
  'nearby.center.both': { de: 'Entweder PLZ oder lat/lon angeben, nicht beides', en: 'Give either a postal code or lat/lon, not both' },
  'nearby.center.pair': { de: 'lat und lon gehören zusammen', en: 'lat and lon go together' },
  'email.format': { de: 'Bitte eine gültige E-Mail-Adresse angeben', en: 'Please enter a valid e-mail address' },
  'password.minLength': { de: 'Das Passwort muss mindestens 10 Zeichen lang sein', en: 'The password must be at least 10 characters long' },
  'password.maxLength': { de: 'Das Passwort darf höchstens 256 Zeichen lang sein', en: 'The password must be at most 256 characters long' },
  'password.common': { de: 'Dieses Passwort ist zu verbreitet; bitte ein anderes wählen', en: 'This password is too common; please choose another one' },
  'token.format': { de: 'Der Link ist unvollständig oder ungültig', en: 'The link is incomplete or invalid' },
  'tenant.slug': {
    de: 'Kurzname: 3–50 Zeichen, Kleinbuchstaben, Ziffern und Bindestriche, nicht am Anfang oder Ende',
    en: 'Short name: 3–50 characters, lower-case letters, digits and hyphens, not at the start or end',
  },
  'vatId.format': { de: 'USt-IdNr.: DE und 9 Ziffern', en: 'VAT id: DE and 9 digits' },
} as const satisfies Record<string, Record<Language, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function translateValidationMessage(message: string, language: Language): string {
  const entry = (validationMessages as Record<string, Record<Language, string>>)[message];
  return entry ? entry[language] : message;
}

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
  'catalogue.audience.unknown': {
    de: 'Unbekannte Zielgruppe (erlaubt: volunteers, professionals, multipliers, migrant-organisations, administration, migrants, general-public)',
    en: 'Unknown audience (allowed: volunteers, professionals, multipliers, migrant-organisations, administration, migrants, general-public)',
  },
  'catalogue.topic.unknown': { de: 'Unbekanntes Thema: bitte einen Code aus der Themenliste verwenden', en: 'Unknown topic: please use a code from the topic list' },
  'catalogue.kind.unknown': {
    de: 'Unbekannte Angebotsart (erlaubt: course, programme, counselling, network-meeting, on-request)',
    en: 'Unknown kind of offer (allowed: course, programme, counselling, network-meeting, on-request)',
  },
  'catalogue.mode.unknown': { de: 'Unbekannte Durchführungsform (erlaubt: onsite, online, blended)', en: 'Unknown mode (allowed: onsite, online, blended)' },
  'catalogue.date.format': {
    de: 'Ungültiges Datum: bitte JJJJ-MM-TT oder JJJJ-MM-TTThh:mm angeben',
    en: 'Invalid date: please use YYYY-MM-DD or YYYY-MM-DDThh:mm',
  },
  'catalogue.url.format': { de: 'Bitte eine vollständige Adresse mit http:// oder https:// angeben', en: 'Please give a full address starting with http:// or https://' },
  'catalogue.phone.format': { de: 'Telefonnummer: nur Ziffern, Leerzeichen und + ( ) / -', en: 'Phone number: digits, spaces and + ( ) / - only' },
  'catalogue.language.format': { de: 'Sprache: Sprachcode wie de, en, ar', en: 'Language: a language code such as de, en, ar' },
  'catalogue.externalId.format': { de: 'Kennung (@id): eine IRI oder urn:…-Kennung ohne Leerzeichen', en: 'Identifier (@id): an IRI or urn:… without spaces' },
  'catalogue.externalId.duplicate': { de: 'Diese Kennung kommt doppelt vor', en: 'This identifier occurs twice' },
  'catalogue.capacity.positive': { de: 'Die Zahl der Plätze muss eine ganze Zahl größer als 0 sein', en: 'The capacity must be a whole number greater than 0' },
  'catalogue.freePlaces.range': {
    de: 'Freie Plätze: eine ganze Zahl von 0 bis zur Zahl der Plätze',
    en: 'Free places: a whole number from 0 up to the capacity',
  },
  'catalogue.schedule.frequency': { de: 'Wiederholung: eine ISO-8601-Dauer wie P1W', en: 'Repeat frequency: an ISO 8601 duration such as P1W' },
  'catalogue.session.endBeforeStart': { de: 'Das Ende liegt vor dem Beginn', en: 'The end is before the start' },
  'catalogue.session.deadlineAfterStart': { de: 'Der Anmeldeschluss liegt nach dem Beginn', en: 'The registration deadline is after the start' },
  'catalogue.session.postalCodeRequired': {
    de: 'Für Termine vor Ort (auch hybrid) ist die PLZ des Veranstaltungsorts nötig',
    en: 'Onsite and blended sessions need the postal code of the venue',
  },
  'catalogue.session.onlineVenue': { de: 'Online-Termine haben keinen Veranstaltungsort; bitte „blended“ wählen', en: 'Online sessions have no venue; please choose "blended"' },
  'catalogue.session.moduleUnknown': { de: 'Dieses Modul gibt es im Angebot nicht', en: 'This module does not exist in the offer' },
  'catalogue.postalCode.unknown': { de: 'Diese PLZ gibt es nicht', en: 'This postal code does not exist' },
  'catalogue.region.unknown': { de: 'Diesen Regionalschlüssel gibt es nicht', en: 'This region key does not exist' },
  'catalogue.partner.duplicate': { de: 'Dieser Partner ist schon eingetragen', en: 'This partner is listed already' },
  'catalogue.partner.unknown': { de: 'Diese Partnerorganisation gibt es nicht', en: 'This partner organisation does not exist' },
  'catalogue.price.negative': { de: 'Der Preis darf nicht negativ sein', en: 'The price must not be negative' },
  'catalogue.price.freeWithAmount': { de: 'Ein kostenloses Angebot hat keinen Preis', en: 'A free offer has no price' },
  'catalogue.programme.modules': { de: 'Eine Qualifizierungsreihe braucht mindestens ein Modul', en: 'A programme needs at least one module' },
  'catalogue.publish.abstract': { de: 'Zum Veröffentlichen fehlt die Kurzbeschreibung', en: 'A short abstract is needed for publishing' },
  'catalogue.publish.topics': { de: 'Zum Veröffentlichen bitte mindestens ein Thema wählen', en: 'Please choose at least one topic for publishing' },
  'catalogue.publish.audiences': { de: 'Zum Veröffentlichen bitte mindestens eine Zielgruppe wählen', en: 'Please choose at least one audience for publishing' },
  'catalogue.publish.upcomingSession': {
    de: 'Zum Veröffentlichen braucht das Angebot mindestens einen Termin, der noch nicht vorbei ist',
    en: 'The offer needs at least one session that has not ended yet to be published',
  },
  'catalogue.import.json': { de: 'Die Datei ist kein gültiges JSON', en: 'The file is not valid JSON' },
  'catalogue.import.graph': {
    de: 'Erwartet wird ein JSON-LD-Dokument mit "@context": "https://schema.org" und "@graph"',
    en: 'Expected a JSON-LD document with "@context": "https://schema.org" and "@graph"',
  },
  'catalogue.import.idMissing': { de: 'Dieser Knoten hat keine @id', en: 'This node has no @id' },
  'catalogue.import.idDuplicate': { de: 'Diese @id kommt in der Datei mehrfach vor', en: 'This @id occurs more than once in the file' },
  'catalogue.import.reference': { de: 'Verweis auf eine @id, die es in der Datei nicht gibt', en: 'Refers to an @id that is not in the file' },
  'catalogue.import.provider': {
    de: 'Anbieter muss Ihre eigene Organisation sein (eine Organization in der Datei, die alle Kurse anbietet)',
    en: 'The provider must be your own organisation (one Organization in the file that provides every course)',
  },
  'catalogue.import.ignored': { de: 'Eigenschaft wird nicht übernommen (nicht im Austauschformat)', en: 'Property is not imported (not part of the exchange format)' },
  'catalogue.import.type': { de: 'Unbekannter @type: erwartet Organization oder Course', en: 'Unknown @type: expected Organization or Course' },
  'catalogue.import.price': { de: 'Preis: eine Zahl, z. B. 120 oder 0', en: 'Price: a number, e.g. 120 or 0' },
  'catalogue.import.boolean': { de: 'Erwartet wird true oder false', en: 'Expected true or false' },
  'search.facet.unknown': {
    de: 'Unbekannte Facette (erlaubt: topic, audience, language, mode, kind, free, land)',
    en: 'Unknown facet (allowed: topic, audience, language, mode, kind, free, land)',
  },
  'search.sort.unknown': { de: 'Unbekannte Sortierung (erlaubt: relevance, date, distance)', en: 'Unknown sort order (allowed: relevance, date, distance)' },
  'search.sort.unknownForOrganisations': { de: 'Unbekannte Sortierung (erlaubt: relevance, name, distance)', en: 'Unknown sort order (allowed: relevance, name, distance)' },
  'search.sort.distanceNeedsCenter': { de: 'Nach Entfernung sortieren geht nur mit PLZ oder lat/lon', en: 'Sorting by distance needs a postal code or lat/lon' },
  'search.pageSize.max': { de: 'Höchstens 100 Treffer pro Seite', en: 'At most 100 results per page' },
  'search.dates.order': { de: 'Das Enddatum liegt vor dem Anfangsdatum', en: 'The end date is before the start date' },
  'catalogue.import.tooLarge': { de: 'Die Datei hat zu viele Angebote (höchstens 20.000)', en: 'The file has too many offers (at most 20,000)' },
} as const satisfies Record<string, Record<Language, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function translateValidationMessage(message: string, language: Language): string {
  const entry = (validationMessages as Record<string, Record<Language, string>>)[message];
  return entry ? entry[language] : message;
}

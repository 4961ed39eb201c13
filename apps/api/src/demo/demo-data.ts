import type { LegalPageId, TenantRole, TenantType } from '@knotenpunkt/shared/contracts';

/**
 * Demo data for `npm start` (seed-demo.js): invented organisations and people around the
 * fictional town of Musterstadt, written for this project. Every address is on a reserved
 * domain (.example, .localhost), so no mail can reach a real person.
 */

/** One password for every demo account; printed by seed-demo and `npm start`. */
export const DEMO_PASSWORD = 'Knotenpunkt-Demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  language: 'de' | 'en';
  platformRole?: 'operator';
}

export interface DemoTenant {
  slug: string;
  name: string;
  type: TenantType;
  parentSlug: string | null;
  /** E-mail → role; the first owner is recorded as the creator in the audit log. */
  members: Record<string, TenantRole>;
  legalPages: Partial<Record<LegalPageId, unknown>>;
}

const DEMO_NOTE = 'Demo-Inhalt: Alle Angaben auf dieser Seite sind für die Vorführung von Knotenpunkt erfunden. Organisation, Personen, Anschrift und Registerdaten gibt es nicht.';

export const OPERATOR_EMAIL = 'betrieb@knotenpunkt.localhost';

export const demoAccounts: DemoAccount[] = [
  { email: OPERATOR_EMAIL, displayName: 'Plattformbetrieb Knotenpunkt', language: 'de', platformRole: 'operator' },
  { email: 'leitung@demo-landesorganisation.example', displayName: 'Dr. Hannah Krüger', language: 'de' },
  { email: 'redaktion@demo-landesorganisation.example', displayName: 'Jonas Weber', language: 'de' },
  { email: 'leitung@demo-vhs.example', displayName: 'Birgit Schulze', language: 'de' },
  { email: 'programm@demo-vhs.example', displayName: 'Tobias Richter', language: 'de' },
  { email: 'praktikum@demo-vhs.example', displayName: 'Lea Hoffmann', language: 'de' },
  { email: 'leitung@demo-wohlfahrt.example', displayName: 'Markus Becker', language: 'de' },
  { email: 'bildung@demo-wohlfahrt.example', displayName: 'Fatma Yılmaz', language: 'de' },
  { email: 'leitung@demo-migrantenverein.example', displayName: 'Amal Nasser', language: 'en' },
  { email: 'selin.aydin@demo-migrantenverein.example', displayName: 'Selin Aydın', language: 'de' },
  { email: 'leitung@demo-kommune.example', displayName: 'Kathrin Vogel', language: 'de' },
  { email: 'netzwerk@demo-kommune.example', displayName: 'Daniel Schmitt', language: 'de' },
];

const platformLegalPages: DemoTenant['legalPages'] = {
  imprint: {
    organisationName: 'Knotenpunkt Demo-Betrieb (Demo)',
    legalForm: 'eingetragener Verein',
    address: { street: 'Musterstraße 1', postalCode: '12345', city: 'Musterstadt' },
    representatives: 'Vorstand: Erika Musterfrau (Vorsitz), Max Mustermann',
    email: 'impressum@knotenpunkt.localhost',
    register: { court: 'Amtsgericht Musterstadt', number: 'VR 0000' },
    responsibleForContent: { name: 'Erika Musterfrau', address: 'Musterstraße 1, 12345 Musterstadt' },
    additionalText: DEMO_NOTE,
  },
  privacy: {
    controller: 'Knotenpunkt Demo-Betrieb e. V. (Demo), Musterstraße 1, 12345 Musterstadt',
    contactEmail: 'datenschutz@knotenpunkt.localhost',
    dataProtectionOfficer: 'Datenschutzbeauftragte*r des Demo-Betriebs, erreichbar unter datenschutz@knotenpunkt.localhost',
    body: [
      DEMO_NOTE,
      'Welche Daten wir verarbeiten: Für ein Konto speichern wir Ihre E-Mail-Adresse, Ihren Anzeigenamen, Ihre Sprache und einen Hash Ihres Passworts. Für die Anmeldung setzen wir ein Sitzungs-Cookie, das nur für die Anmeldung nötig ist.',
      'Wozu: Damit Organisationen ihre Angebote veröffentlichen, Mitglieder verwalten und sich untereinander vernetzen können. Rechtsgrundlage ist die Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO).',
      'Wie lange: Sitzungen enden spätestens nach 30 Tagen. Ihr Konto bleibt bestehen, bis Sie es löschen lassen.',
      'Ihre Rechte: Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch; außerdem können Sie sich bei einer Datenschutzaufsichtsbehörde beschweren.',
    ].join('\n\n'),
  },
  accessibility: {
    conformance: 'partial',
    nonAccessibleContent: 'Einige ältere PDF-Dokumente von Organisationen sind noch nicht barrierefrei. (Demo-Angabe)',
    preparedOn: '2026-01-15',
    feedbackContact: { email: 'barrierefreiheit@knotenpunkt.localhost' },
    enforcementBody: 'Demo: Hier steht in einer echten Erklärung die zuständige Durchsetzungs- oder Schlichtungsstelle mit Anschrift und Website.',
    body: `${DEMO_NOTE} Die Erklärung wurde auf Grundlage einer Selbstbewertung erstellt. Wir prüfen neue Seiten mit automatischen Tests und mit der Tastatur.`,
  },
};

export const demoTenants: DemoTenant[] = [
  {
    slug: 'demo-landesorganisation',
    name: 'Landesorganisation der Erwachsenenbildung Musterland (Demo)',
    type: 'umbrella',
    parentSlug: null,
    members: {
      'leitung@demo-landesorganisation.example': 'owner',
      'redaktion@demo-landesorganisation.example': 'editor',
    },
    legalPages: {
      imprint: {
        organisationName: 'Landesorganisation der Erwachsenenbildung Musterland e. V. (Demo)',
        legalForm: 'eingetragener Verein',
        address: { street: 'Am Bildungsplatz 3', postalCode: '12345', city: 'Musterstadt' },
        representatives: 'Geschäftsführung: Dr. Hannah Krüger',
        email: 'kontakt@demo-landesorganisation.example',
        register: { court: 'Amtsgericht Musterstadt', number: 'VR 0001' },
        responsibleForContent: { name: 'Dr. Hannah Krüger', address: 'Am Bildungsplatz 3, 12345 Musterstadt' },
        additionalText: `${DEMO_NOTE} Als Dachverband bündelt die Landesorganisation die Weiterbildungsangebote ihrer Mitglieder und koordiniert gemeinsame Qualifizierungsreihen.`,
      },
      privacy: {
        controller: 'Landesorganisation der Erwachsenenbildung Musterland e. V. (Demo), Am Bildungsplatz 3, 12345 Musterstadt',
        contactEmail: 'datenschutz@demo-landesorganisation.example',
        body: `${DEMO_NOTE}\n\nWenn Sie sich für eine Qualifizierungsreihe anmelden, verarbeiten wir Name, Kontaktdaten und Ihre Teilnahme an den einzelnen Modulen, um Teilnahmebescheinigungen ausstellen und gegenüber Fördermittelgebern berichten zu können.`,
      },
    },
  },
  {
    slug: 'demo-vhs',
    name: 'Volkshochschule Musterstadt (Demo)',
    type: 'adult-education',
    parentSlug: 'demo-landesorganisation',
    members: {
      'leitung@demo-vhs.example': 'owner',
      'programm@demo-vhs.example': 'admin',
      'selin.aydin@demo-migrantenverein.example': 'editor',
      'praktikum@demo-vhs.example': 'viewer',
    },
    legalPages: {
      imprint: {
        organisationName: 'Volkshochschule Musterstadt (Demo)',
        legalForm: 'Einrichtung der Stadt Musterstadt',
        address: { street: 'Schulgasse 12', postalCode: '12345', city: 'Musterstadt' },
        representatives: 'Leitung: Birgit Schulze',
        email: 'info@demo-vhs.example',
        supervisoryAuthority: 'Stadt Musterstadt, Fachbereich Bildung (Demo)',
        responsibleForContent: { name: 'Birgit Schulze', address: 'Schulgasse 12, 12345 Musterstadt' },
        additionalText: DEMO_NOTE,
      },
      privacy: {
        controller: 'Stadt Musterstadt, vertreten durch die Volkshochschule (Demo), Schulgasse 12, 12345 Musterstadt',
        contactEmail: 'datenschutz@demo-vhs.example',
        dataProtectionOfficer: 'Behördliche*r Datenschutzbeauftragte*r der Stadt Musterstadt (Demo)',
        body: `${DEMO_NOTE}\n\nFür Kursanmeldungen speichern wir Ihre Kontaktdaten und die gebuchten Termine. Ehrenamtliche, die unsere kostenlosen Fortbildungen besuchen, können freiwillig angeben, für welche Initiative sie tätig sind.`,
      },
      accessibility: {
        conformance: 'partial',
        nonAccessibleContent: 'Das Kursprogramm als PDF ist noch nicht barrierefrei; alle Kurse stehen aber auch als Webseiten zur Verfügung. (Demo-Angabe)',
        preparedOn: '2026-01-20',
        feedbackContact: { email: 'barrierefreiheit@demo-vhs.example' },
        enforcementBody: 'Demo: Hier steht in einer echten Erklärung die Durchsetzungsstelle des Landes mit Anschrift.',
      },
    },
  },
  {
    slug: 'demo-wohlfahrt',
    name: 'Bildungswerk der Wohlfahrtspflege Musterstadt (Demo)',
    type: 'welfare',
    parentSlug: 'demo-landesorganisation',
    members: {
      'leitung@demo-wohlfahrt.example': 'owner',
      'bildung@demo-wohlfahrt.example': 'editor',
    },
    legalPages: {},
  },
  {
    slug: 'demo-migrantenverein',
    name: 'Brücken e. V. – Verein von Migrant*innen in Musterstadt (Demo)',
    type: 'migrant-organisation',
    parentSlug: null,
    members: {
      'leitung@demo-migrantenverein.example': 'owner',
      'selin.aydin@demo-migrantenverein.example': 'admin',
    },
    legalPages: {},
  },
  {
    slug: 'demo-kommune',
    name: 'Landkreis Musterland – Integrationskoordination (Demo)',
    type: 'municipality',
    parentSlug: null,
    members: {
      'leitung@demo-kommune.example': 'owner',
      'netzwerk@demo-kommune.example': 'member',
    },
    legalPages: {},
  },
];

export const demoPlatformLegalPages = platformLegalPages;

/** One line per demo account: what it can show in the portal. */
export function demoLogins(): { email: string; displayName: string; roles: string[] }[] {
  return demoAccounts.map((account) => ({
    email: account.email,
    displayName: account.displayName,
    roles: [
      ...(account.platformRole ? [`platform ${account.platformRole}`] : []),
      ...demoTenants.filter((t) => account.email in t.members).map((t) => `${t.members[account.email]} @ ${t.slug}`),
    ],
  }));
}

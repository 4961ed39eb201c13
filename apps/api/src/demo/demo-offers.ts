/**
 * Demo offers for the demo tenants in demo-data.ts, as schema.org JSON-LD documents in the
 * profile of shared/spec/offer-exchange.md. The importer loads them through the regular import
 * code, so they double as a realistic fixture for the exchange format.
 *
 * Everything is invented for Knotenpunkt: programmes, partner organisations, ministries,
 * regulations, venues and people do not exist (names carry "(Demo)" where they could be taken
 * for a real body). Venues use real postal codes from data/regions/postal_codes.csv with the
 * locality name of that file, so distance and region search work. The product's "today" for
 * the demo is 2026-12-01: most sessions are in 2027, a few are already over.
 */

type OrgType = 'umbrella' | 'adult-education' | 'welfare' | 'initiative' | 'migrant-organisation' | 'municipality' | 'funder' | 'other';
type OfferKind = 'course' | 'programme' | 'counselling' | 'network-meeting' | 'on-request';
type AudienceCode = 'volunteers' | 'professionals' | 'multipliers' | 'migrant-organisations' | 'administration' | 'migrants' | 'general-public';
type Topic =
  | 'migration-counselling'
  | 'asylum-law'
  | 'intercultural-competence'
  | 'anti-discrimination'
  | 'trauma'
  | 'unaccompanied-minors'
  | 'language-support'
  | 'labour-market'
  | 'volunteer-management'
  | 'political-education'
  | 'conflict-management'
  | 'facilitation'
  | 'community-work'
  | 'intercultural-opening'
  | 'family-school-childcare'
  | 'health'
  | 'funding-project-management'
  | 'networking'
  | 'empowerment-self-organisation'
  | 'counselling-methods'
  | 'digital-skills'
  | 'housing';
type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

interface Ref {
  '@id': string;
}

interface PostalAddress {
  '@type': 'PostalAddress';
  streetAddress: string;
  postalCode: string;
  addressLocality: string;
}

interface OrganizationNode {
  '@type': 'Organization';
  '@id': string;
  name: string;
  additionalType: OrgType;
  url?: string;
  email?: string;
  address?: PostalAddress;
}

interface PlaceNode {
  '@type': 'Place';
  name: string;
  address: PostalAddress;
}

interface VirtualLocationNode {
  '@type': 'VirtualLocation';
  url: string;
}

interface ScheduleNode {
  '@type': 'Schedule';
  repeatFrequency: string;
  byDay: string[];
  description: string;
}

interface CourseInstanceNode {
  '@type': 'CourseInstance';
  '@id': string;
  courseMode: 'onsite' | 'online' | 'blended';
  startDate: string;
  endDate: string;
  location: PlaceNode | VirtualLocationNode;
  maximumAttendeeCapacity: number;
  remainingAttendeeCapacity: number;
  offers?: { '@type': 'Offer'; availabilityEnds: string };
  courseSchedule?: ScheduleNode;
  instructor?: { '@type': 'Person'; name: string }[];
}

interface ModuleNode {
  '@type': 'Course';
  position: number;
  name: string;
  description: string;
  provider: Ref;
  hasCourseInstance?: CourseInstanceNode[];
}

interface CourseNode {
  '@type': 'Course';
  '@id': string;
  name: string;
  additionalType: OfferKind;
  provider: Ref;
  abstract: string;
  disambiguatingDescription?: string;
  description: string;
  about: Topic[];
  audience: { '@type': 'Audience'; audienceType: AudienceCode }[];
  inLanguage: string[];
  isAccessibleForFree: boolean;
  offers: { '@type': 'Offer'; price: number; priceCurrency: 'EUR'; eligibleCustomerType?: AudienceCode[]; description: string };
  educationalCredentialAwarded?: { '@type': 'EducationalOccupationalCredential'; name: string; recognizedBy?: string; legalBasis?: string; publisher: string };
  coursePrerequisites?: string;
  contributor?: (Ref & { roleName: string })[];
  funder?: (Ref | string)[];
  accountablePerson: { '@type': 'Person'; name: string; email: string; telephone: string };
  url: string;
  hasPart?: ModuleNode[];
  hasCourseInstance?: CourseInstanceNode[];
}

export interface DemoOfferDocument {
  tenantSlug: string;
  document: { '@context': 'https://schema.org'; '@graph': object[] };
}

// ---------------------------------------------------------------------------------------------
// Building blocks

interface Venue {
  name: string;
  street: string;
  postalCode: string;
  locality: string;
}

/** Venues with real postal codes; `locality` is name_of_locality in postal_codes.csv. */
const venues = {
  // Thüringen: Landkreis Gotha and within 50 km of 99867
  gothaBildung: { name: 'Bildungszentrum am Schlosspark', street: 'Parkstraße 12', postalCode: '99867', locality: 'Gotha' },
  gothaBeratung: { name: 'Beratungsstelle Gotha des Bildungswerks der Wohlfahrtspflege', street: 'Erfurter Straße 30', postalCode: '99867', locality: 'Gotha' },
  gothaKulturhaus: { name: 'Kulturhaus Gotha, Großer Saal', street: 'Am Markt 6', postalCode: '99867', locality: 'Gotha' },
  gothaLandratsamt: { name: 'Landratsamt, Sitzungssaal 1', street: 'Kreishausstraße 2', postalCode: '99867', locality: 'Gotha' },
  waltershausen: { name: 'Bürgerhaus Waltershausen', street: 'Marktstraße 3', postalCode: '99880', locality: 'Waltershausen' },
  friedrichroda: { name: 'Kurhaus Friedrichroda, Kleiner Saal', street: 'Kurpromenade 2', postalCode: '99894', locality: 'Friedrichroda' },
  badLangensalza: { name: 'Mehrgenerationenhaus Bad Langensalza', street: 'Lindenstraße 11', postalCode: '99947', locality: 'Bad Langensalza' },
  arnstadt: { name: 'Stadtbibliothek Arnstadt, Veranstaltungsraum', street: 'Schulgasse 4', postalCode: '99310', locality: 'Arnstadt' },
  erfurtMitte: { name: 'Tagungszentrum Erfurt-Mitte', street: 'Bahnhofstraße 27', postalCode: '99084', locality: 'Erfurt' },
  erfurtNord: { name: 'Stadtteilzentrum Erfurt-Nord', street: 'Nordstraße 14', postalCode: '99089', locality: 'Erfurt' },
  erfurtOst: { name: 'Familienzentrum Erfurt-Ost', street: 'Gartenstraße 5', postalCode: '99085', locality: 'Erfurt' },
  eisenach: { name: 'Evangelisches Gemeindehaus Eisenach', street: 'Kirchgasse 3', postalCode: '99817', locality: 'Eisenach' },
  weimar: { name: 'Seminarhaus Weimar', street: 'Marktstraße 8', postalCode: '99423', locality: 'Weimar' },
  // Sachsen
  leipzigZentrum: { name: 'Bürgerzentrum Leipzig-Zentrum, Seminarraum 2', street: 'Nikolaistraße 20', postalCode: '04109', locality: 'Leipzig' },
  leipzigOst: { name: 'Frauentreff Jasmin', street: 'Eisenbahnstraße 70', postalCode: '04315', locality: 'Leipzig' },
  dresdenAltstadt: { name: 'Tagungsraum Dresden-Altstadt', street: 'Wilsdruffer Straße 9', postalCode: '01067', locality: 'Dresden' },
  dresdenNeustadt: { name: 'Nachbarschaftszentrum Dresden-Neustadt', street: 'Königsbrücker Straße 30', postalCode: '01097', locality: 'Dresden' },
  chemnitz: { name: 'Soziokulturelles Zentrum Chemnitz', street: 'Brückenstraße 12', postalCode: '09111', locality: 'Chemnitz' },
  // Sachsen-Anhalt
  magdeburg: { name: 'Tagungshaus Magdeburg', street: 'Breiter Weg 114', postalCode: '39104', locality: 'Magdeburg' },
  halle: { name: 'Vereinshaus Halle', street: 'Große Ulrichstraße 20', postalCode: '06108', locality: 'Halle (Saale)' },
  stendal: { name: 'Bürgerhaus Stendal', street: 'Bahnhofstraße 15', postalCode: '39576', locality: 'Stendal' },
  salzwedel: { name: 'Heimathaus Salzwedel', street: 'Burgstraße 6', postalCode: '29410', locality: 'Salzwedel' },
  halberstadt: { name: 'Freiwilligenzentrum Halberstadt', street: 'Hoher Weg 8', postalCode: '38820', locality: 'Halberstadt' },
  quedlinburg: { name: 'Bürgersaal Quedlinburg', street: 'Marktstraße 2', postalCode: '06484', locality: 'Quedlinburg' },
  dessau: { name: 'Begegnungsstätte Dessau', street: 'Zerbster Straße 12', postalCode: '06844', locality: 'Dessau-Roßlau' },
  naumburg: { name: 'Gemeindezentrum Naumburg', street: 'Lindenring 5', postalCode: '06618', locality: 'Naumburg' },
  // Mecklenburg-Vorpommern
  schwerinMitte: { name: 'Tagungshaus Schwerin', street: 'Schloßstraße 8', postalCode: '19053', locality: 'Schwerin' },
  schwerinNord: { name: 'Kongresssaal Schwerin-Nord', street: 'Werderstraße 5', postalCode: '19055', locality: 'Schwerin' },
  rostock: { name: 'Bildungszentrum Rostock-Mitte', street: 'Lange Straße 30', postalCode: '18055', locality: 'Rostock' },
  guestrow: { name: 'Bürgerhaus Güstrow', street: 'Markt 9', postalCode: '18273', locality: 'Güstrow' },
  neubrandenburg: { name: 'Haus der Begegnung Neubrandenburg', street: 'Marktplatz 4', postalCode: '17033', locality: 'Neubrandenburg' },
  // Berlin and Brandenburg
  berlinKreuzberg: { name: 'Nachbarschaftswerk Kreuzberg, Großer Raum', street: 'Wrangelstraße 50', postalCode: '10997', locality: 'Berlin Kreuzberg' },
  berlinFriedrichshain: { name: 'Coworking-Etage Friedrichshain', street: 'Boxhagener Straße 20', postalCode: '10247', locality: 'Berlin Friedrichshain' },
  potsdam: { name: 'Bildungsforum Potsdam', street: 'Am Kanal 12', postalCode: '14467', locality: 'Potsdam' },
  cottbus: { name: 'Familienhaus Cottbus', street: 'Spremberger Straße 20', postalCode: '03046', locality: 'Cottbus' },
  // Nordrhein-Westfalen
  koeln: { name: 'Tagungsraum Köln-Altstadt', street: 'Hohe Straße 90', postalCode: '50667', locality: 'Köln' },
  wuppertal: { name: 'Forum Wuppertal-Elberfeld', street: 'Neumarkt 4', postalCode: '42107', locality: 'Wuppertal' },
} satisfies Record<string, Venue>;

const postalAddress = (v: Omit<Venue, 'name'>): PostalAddress => ({ '@type': 'PostalAddress', streetAddress: v.street, postalCode: v.postalCode, addressLocality: v.locality });

interface SessionInput {
  id: string;
  start: string;
  end: string;
  capacity: number;
  remaining: number;
  /** Registration deadline (Anmeldeschluss); omitted for open consultation hours. */
  deadline?: string;
  schedule?: { every: string; on: Weekday[]; text: string };
  instructors?: string[];
}

function run(mode: 'onsite' | 'blended', venue: Venue, input: SessionInput): CourseInstanceNode;
function run(mode: 'online', url: string, input: SessionInput): CourseInstanceNode;
function run(mode: CourseInstanceNode['courseMode'], where: Venue | string, input: SessionInput): CourseInstanceNode {
  const location: PlaceNode | VirtualLocationNode =
    typeof where === 'string' ? { '@type': 'VirtualLocation', url: where } : { '@type': 'Place', name: where.name, address: postalAddress(where) };
  return {
    '@type': 'CourseInstance',
    '@id': `urn:demo:session:${input.id}`,
    courseMode: mode,
    startDate: input.start,
    endDate: input.end,
    location,
    maximumAttendeeCapacity: input.capacity,
    remainingAttendeeCapacity: input.remaining,
    ...(input.deadline ? { offers: { '@type': 'Offer' as const, availabilityEnds: input.deadline } } : {}),
    ...(input.schedule
      ? {
          courseSchedule: {
            '@type': 'Schedule' as const,
            repeatFrequency: input.schedule.every,
            byDay: input.schedule.on.map((day) => `https://schema.org/${day}`),
            description: input.schedule.text,
          },
        }
      : {}),
    ...(input.instructors ? { instructor: input.instructors.map((name) => ({ '@type': 'Person' as const, name })) } : {}),
  };
}

const onsite = (venue: Venue, input: SessionInput) => run('onsite', venue, input);
const blended = (venue: Venue, input: SessionInput) => run('blended', venue, input);
const online = (url: string, input: SessionInput) => run('online', url, input);

const audiences = (...codes: AudienceCode[]) => codes.map((audienceType) => ({ '@type': 'Audience' as const, audienceType }));
const ref = (id: string): Ref => ({ '@id': id });
const partner = (id: string, roleName: string) => ({ '@id': id, roleName });
const person = (name: string, email: string, telephone: string) => ({ '@type': 'Person' as const, name, email, telephone });
const price = (amount: number, description: string, freeFor?: AudienceCode[]) => ({
  '@type': 'Offer' as const,
  price: amount,
  priceCurrency: 'EUR' as const,
  ...(freeFor ? { eligibleCustomerType: freeFor } : {}),
  description,
});

function organization(id: string, name: string, additionalType: OrgType, extra: { url?: string; email?: string; address?: Omit<Venue, 'name'> } = {}): OrganizationNode {
  return {
    '@type': 'Organization',
    '@id': `urn:demo:org:${id}`,
    name,
    additionalType,
    ...(extra.url ? { url: extra.url } : {}),
    ...(extra.email ? { email: extra.email } : {}),
    ...(extra.address ? { address: postalAddress(extra.address) } : {}),
  };
}

const paragraphs = (...parts: string[]) => parts.join('\n\n');

// ---------------------------------------------------------------------------------------------
// demo-landesorganisation (umbrella): a state-recognised programme with modules by member
// providers, the Thüringen Fachtag, and a federally funded rural project in Sachsen-Anhalt.

const LO = 'urn:demo:org:demo-landesorganisation';
const LO_NAME = 'Landesorganisation der Erwachsenenbildung Musterland (Demo)';
const LO_URL = 'https://demo-landesorganisation.example';
const loContact = person('Dr. Hannah Krüger', 'leitung@demo-landesorganisation.example', '+49 123 4567-100');
const loProjectContact = person('Jonas Weber', 'redaktion@demo-landesorganisation.example', '+49 123 4567-120');

const loOrganizations: OrganizationNode[] = [
  organization('demo-landesorganisation', LO_NAME, 'umbrella', { url: LO_URL, email: 'kontakt@demo-landesorganisation.example' }),
  organization('vhs-verband-thueringer-land', 'Verband der Volkshochschulen im Thüringer Land (Demo)', 'adult-education', {
    url: 'https://vhs-verband-thueringer-land.example',
    email: 'info@vhs-verband-thueringer-land.example',
    address: { street: 'Bahnhofstraße 27', postalCode: '99084', locality: 'Erfurt' },
  }),
  organization('akademie-soziale-praxis', 'Akademie für soziale Praxis Mitteldeutschland (Demo)', 'welfare', {
    url: 'https://akademie-soziale-praxis.example',
    address: { street: 'Marktstraße 8', postalCode: '99423', locality: 'Weimar' },
  }),
  organization('bildungsinstitut-tabor', 'Evangelisches Bildungsinstitut Tabor (Demo)', 'adult-education', {
    email: 'kurse@bildungsinstitut-tabor.example',
    address: { street: 'Kirchgasse 3', postalCode: '99817', locality: 'Eisenach' },
  }),
  organization('bildungswerk-arbeit-teilhabe-th', 'Bildungswerk Arbeit und Teilhabe Thüringen (Demo)', 'adult-education', {
    url: 'https://bildungswerk-arbeit-teilhabe.example',
    address: { street: 'Parkstraße 12', postalCode: '99867', locality: 'Gotha' },
  }),
  organization('ministerium-teilhabe-th', 'Ministerium für Teilhabe und Integration des Freistaats Thüringen (Demo)', 'funder', {
    url: 'https://ministerium-teilhabe-th.example',
  }),
  organization('bundeszentrale-demokratiebildung', 'Bundeszentrale für Demokratiebildung (Demo)', 'funder', { url: 'https://bundeszentrale-demokratiebildung.example' }),
  organization('arbeit-und-bildung-lsa', 'Arbeit und Bildung Sachsen-Anhalt e. V. (Demo)', 'adult-education', {
    email: 'projekte@arbeit-und-bildung-lsa.example',
    address: { street: 'Breiter Weg 114', postalCode: '39104', locality: 'Magdeburg' },
  }),
  organization('freiwilligenagenturen-lsa', 'Landesnetzwerk der Freiwilligenagenturen Sachsen-Anhalt (Demo)', 'initiative', {
    url: 'https://freiwilligenagenturen-lsa.example',
  }),
  organization('heimatbund-altmark', 'Heimat- und Kulturbund Altmark e. V. (Demo)', 'initiative', {
    address: { street: 'Burgstraße 6', postalCode: '29410', locality: 'Salzwedel' },
  }),
];

const MINISTRY_TH_NAME = 'Ministerium für Teilhabe und Integration des Freistaats Thüringen (Demo)';

const bemiPlus: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:lo-bemi-plus-2027',
  name: 'BeMI plus – Qualifizierung zur anerkannten Migrations- und Integrationsberater*in in Thüringen (Durchgang 2027)',
  additionalType: 'programme',
  provider: ref(LO),
  abstract:
    'Berufsbegleitende Weiterbildung für Beschäftigte in der sozialen Betreuung und Beratung Geflüchteter sowie für Mitarbeitende migrantischer Selbstorganisationen. Vier Module bei vier Mitgliedsträgern, Abschluss mit einem vom Land anerkannten Zertifikat.',
  disambiguatingDescription:
    'Sie beraten oder betreuen Geflüchtete in Thüringen? In dieser Fortbildung lernen Sie, was Sie für Ihre Arbeit brauchen. Die Fortbildung hat 4 Teile und einen Abschluss-Tag. Danach bekommen Sie ein Zertifikat. Das Land Thüringen erkennt das Zertifikat an. Melden Sie sich bis zum 15. Januar 2027 an.',
  description: paragraphs(
    'Wer in Gemeinschaftsunterkünften oder Beratungsstellen mit geflüchteten Menschen arbeitet, braucht sicheres Wissen über Aufenthalt und Leistungen, eine klare Gesprächsführung und einen guten Umgang mit Belastungen – bei den Ratsuchenden und bei sich selbst. BeMI plus verbindet diese Themen in einer Weiterbildung, die neben dem Beruf zu schaffen ist.',
    'Die Landesorganisation koordiniert den Durchgang. Jedes Modul wird von einem Mitgliedsträger mit eigenem fachlichem Schwerpunkt gestaltet: Recht, Beratungsmethoden, Vielfalt und Diskriminierung sowie Krisen und Selbstfürsorge. Zwischen den dreitägigen Präsenzblöcken treffen sich kleine Praxisgruppen alle zwei Wochen online und besprechen Fälle aus dem eigenen Arbeitsalltag.',
    'Zum Abschluss stellen die Teilnehmer*innen in einem Kolloquium einen selbst bearbeiteten Fall vor. Wer alle Module besucht und das Kolloquium besteht, erhält das BeMI plus-Zertifikat. Es weist die fachliche Eignung für die migrationsspezifische Betreuung und Beratung nach der Landesverordnung nach und wird von Trägern der Unterkünfte und Beratungsstellen als Qualifikationsnachweis anerkannt.',
  ),
  about: ['migration-counselling', 'asylum-law', 'counselling-methods', 'intercultural-competence', 'trauma'],
  audience: audiences('professionals', 'migrant-organisations'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(
    1290,
    'Teilnahmebeitrag 1.290 EUR für alle vier Module, Praxisgruppen, Kolloquium und Zertifikat. Für Mitarbeitende migrantischer Selbstorganisationen gibt es zehn geförderte Plätze zu 290 EUR. Die Anmeldung ist verbindlich und nur mit dem Anmeldeformular und einer Bestätigung der Arbeitsstelle möglich; die Plätze werden nach Eingang vergeben.',
  ),
  educationalCredentialAwarded: {
    '@type': 'EducationalOccupationalCredential',
    name: 'BeMI plus-Zertifikat „Anerkannte*r Migrations- und Integrationsberater*in“',
    recognizedBy: MINISTRY_TH_NAME,
    legalBasis:
      '§ 3 Abs. 2 in Verbindung mit Anlage 1 Nr. 2 der Thüringer Verordnung über die Fachkräfte in der sozialen Betreuung Geflüchteter (ThürFachBetrVO) – Demo-Angabe',
    publisher: LO_NAME,
  },
  coursePrerequisites:
    'Tätigkeit in der migrationsspezifischen sozialen Betreuung oder Beratung in Thüringen (auch in Teilzeit) oder vergleichbare Aufgaben in einer migrantischen Selbstorganisation; Deutschkenntnisse mindestens auf Niveau B2. Für das Zertifikat: Anwesenheit in mindestens 90 % der Präsenzzeit, Teilnahme an den Praxisgruppen und bestandenes Abschlusskolloquium.',
  contributor: [
    partner('urn:demo:org:vhs-verband-thueringer-land', 'Modulträger'),
    partner('urn:demo:org:akademie-soziale-praxis', 'Modulträger'),
    partner('urn:demo:org:bildungsinstitut-tabor', 'Modulträger'),
    partner('urn:demo:org:bildungswerk-arbeit-teilhabe-th', 'Modulträger'),
  ],
  funder: [ref('urn:demo:org:ministerium-teilhabe-th')],
  accountablePerson: loContact,
  url: `${LO_URL}/qualifizierung/bemi-plus-2027`,
  hasPart: [
    {
      '@type': 'Course',
      position: 1,
      name: 'Modul 1: Rechtlicher Rahmen – Asyl, Aufenthalt und soziale Leistungen',
      description:
        'Ablauf des Asylverfahrens, Aufenthaltstitel und Duldung, Leistungen nach AsylbLG und SGB II, Zugang zu Arbeit und Ausbildung. Mit Übungen an typischen Bescheiden.',
      provider: ref('urn:demo:org:vhs-verband-thueringer-land'),
      hasCourseInstance: [
        onsite(venues.erfurtMitte, { id: 'lo-bemi-2027-m1', start: '2027-03-01T09:00:00', end: '2027-03-03T16:00:00', capacity: 24, remaining: 9, instructors: ['Katrin Böhme', 'Yusuf Demir'] }),
      ],
    },
    {
      '@type': 'Course',
      position: 2,
      name: 'Modul 2: Beratung gestalten – Gesprächsführung, Fallarbeit und Dokumentation',
      description:
        'Haltung und Rolle in der Beratung, Gesprächsführung mit und ohne Sprachmittlung, systemischer Blick auf Familien, Fallbesprechung und datenschutzgerechte Dokumentation.',
      provider: ref('urn:demo:org:akademie-soziale-praxis'),
      hasCourseInstance: [onsite(venues.weimar, { id: 'lo-bemi-2027-m2', start: '2027-04-12T09:00:00', end: '2027-04-14T16:00:00', capacity: 24, remaining: 9 })],
    },
    {
      '@type': 'Course',
      position: 3,
      name: 'Modul 3: Vielfalt, Diskriminierung und interkulturelle Öffnung',
      description:
        'Eigene Prägungen reflektieren, Diskriminierung in Unterkunft und Behörde erkennen, Betroffene unterstützen und die eigene Einrichtung Schritt für Schritt öffnen.',
      provider: ref('urn:demo:org:bildungsinstitut-tabor'),
      hasCourseInstance: [onsite(venues.eisenach, { id: 'lo-bemi-2027-m3', start: '2027-05-24T09:00:00', end: '2027-05-26T16:00:00', capacity: 24, remaining: 9 })],
    },
    {
      '@type': 'Course',
      position: 4,
      name: 'Modul 4: Krisen, Traumafolgen und Selbstfürsorge',
      description:
        'Anzeichen von Traumafolgen erkennen, in akuten Krisen handeln, an Fachstellen vermitteln und die eigenen Grenzen schützen. Mit kollegialer Beratung.',
      provider: ref('urn:demo:org:bildungswerk-arbeit-teilhabe-th'),
      hasCourseInstance: [onsite(venues.gothaBildung, { id: 'lo-bemi-2027-m4', start: '2027-06-21T09:00:00', end: '2027-06-23T16:00:00', capacity: 24, remaining: 9 })],
    },
    {
      '@type': 'Course',
      position: 5,
      name: 'Abschlusskolloquium',
      description: 'Vorstellung eines eigenen Praxisfalls vor einer Prüfungskommission aus Modulträgern und Praxisvertreter*innen; anschließend Zertifikatsübergabe.',
      provider: ref(LO),
      hasCourseInstance: [onsite(venues.erfurtMitte, { id: 'lo-bemi-2027-kolloquium', start: '2027-07-08T09:00:00', end: '2027-07-08T17:00:00', capacity: 24, remaining: 9 })],
    },
  ],
  hasCourseInstance: [
    blended(venues.erfurtMitte, {
      id: 'lo-bemi-2027-durchgang',
      start: '2027-03-01T09:00:00',
      end: '2027-07-08T17:00:00',
      capacity: 24,
      remaining: 9,
      deadline: '2027-01-15',
      schedule: {
        every: 'P2W',
        on: ['Wednesday'],
        text: 'Vier dreitägige Präsenzblöcke in Erfurt, Weimar, Eisenach und Gotha; dazwischen Online-Praxisgruppen alle zwei Wochen mittwochs von 15 bis 17 Uhr; Abschlusskolloquium am 8. Juli 2027 in Erfurt.',
      },
    }),
  ],
};

const fachtagThueringen: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:lo-fachtag-migrationsberatung-2027',
  name: 'Fachtag Migrationsberatung in Thüringen 2027: Qualität sichern, Netzwerke stärken',
  additionalType: 'network-meeting',
  provider: ref(LO),
  abstract:
    'Jährlicher Fachtag für Berater*innen, Träger, Kommunen und migrantische Organisationen: Erfahrungen aus drei Jahren BeMI plus, Fachforen zu Wohnen, Arbeit und psychosozialer Versorgung, viel Zeit zum Kennenlernen.',
  disambiguatingDescription:
    'Ein Treffen für Menschen, die in Thüringen Geflüchtete beraten. Sie hören kurze Vorträge. Sie sprechen in kleinen Gruppen. Sie lernen andere Beratungsstellen kennen. Die Teilnahme kostet nichts.',
  description: paragraphs(
    'Der Fachtag bringt alle zusammen, die in Thüringen Beratung für Zugewanderte anbieten oder organisieren: Beratungsstellen, Betreiber von Unterkünften, Integrationskoordinator*innen, migrantische Vereine und Absolvent*innen der BeMI plus-Qualifizierung.',
    'Am Vormittag stellen Absolvent*innen vor, was sich in ihrer Arbeit verändert hat. Am Nachmittag gibt es drei Fachforen: bezahlbarer Wohnraum nach dem Auszug aus der Unterkunft, Übergänge in Ausbildung und Arbeit sowie die Versorgung psychisch belasteter Menschen im ländlichen Raum.',
    'Mittagessen und Getränke sind frei. Der Saal ist barrierefrei erreichbar; Gebärdensprachdolmetschung bitte bis vier Wochen vorher anfragen.',
  ),
  about: ['networking', 'migration-counselling', 'housing', 'labour-market', 'health'],
  audience: audiences('professionals', 'administration', 'migrant-organisations', 'multipliers'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei, Anmeldung erforderlich. Bei mehr Anmeldungen als Plätzen erhalten zuerst zwei Personen je Einrichtung einen Platz.'),
  contributor: [partner('urn:demo:org:bildungswerk-arbeit-teilhabe-th', 'Kooperationspartner'), partner('urn:demo:org:vhs-verband-thueringer-land', 'Kooperationspartner')],
  funder: [ref('urn:demo:org:ministerium-teilhabe-th')],
  accountablePerson: loContact,
  url: `${LO_URL}/veranstaltungen/fachtag-migrationsberatung-2027`,
  hasCourseInstance: [
    onsite(venues.gothaKulturhaus, {
      id: 'lo-fachtag-2027-gotha',
      start: '2027-09-16T09:30:00',
      end: '2027-09-16T16:00:00',
      capacity: 120,
      remaining: 120,
      deadline: '2027-09-01',
    }),
  ],
};

const LAND_IN_SICHT_FUNDING =
  'Das Modellprojekt „Land in Sicht“ wird von der Bundeszentrale für Demokratiebildung (Demo) gefördert und gemeinsam mit Arbeit und Bildung Sachsen-Anhalt e. V. (Demo) umgesetzt. Bis Ende 2027 sind 14 Schulungen, zwei überregionale Best-Practice-Fachtage und 15 Beratungen vor Ort geplant; ein Newsletter informiert etwa alle sechs Wochen über Angebote, Fördertöpfe und Ansprechstellen.';

const landInSichtSchulungen: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:lo-land-in-sicht-schulungen',
  name: 'Land in Sicht: Schulungsreihe für Engagierte in Dörfern und Kleinstädten Sachsen-Anhalts',
  additionalType: 'programme',
  provider: ref(LO),
  abstract:
    'Tagesschulungen für ehren- und hauptamtlich Engagierte in ländlichen Regionen: Grundwissen zu Asyl und Aufenthalt, Gespräche gegen Vorurteile, Mikroprojekte planen und Vereine öffnen. Die Module sind einzeln buchbar und kostenfrei.',
  disambiguatingDescription:
    'Sie helfen auf dem Land Menschen, die neu in Deutschland sind? Oder Ihr Verein will neue Mitglieder gewinnen? In diesen Schulungen bekommen Sie Wissen und Ideen. Jede Schulung dauert einen Samstag. Sie können eine oder mehrere Schulungen besuchen. Alles ist kostenlos.',
  description: paragraphs(
    'Auf dem Land tragen oft wenige Menschen die Arbeit mit Zugewanderten – in Willkommensinitiativen, Sportvereinen, Kirchengemeinden oder Feuerwehren. Die Schulungsreihe richtet sich an sie und an alle, die bisher kaum Kontakt zu Geflüchteten hatten, aber neugierig sind.',
    'Jedes Modul ist ein Samstag mit viel Austausch. Wir kommen in die Region, laden lokale Ansprechpartner*innen ein und helfen dabei, aus guten Ideen kleine eigene Projekte zu machen.',
    LAND_IN_SICHT_FUNDING,
  ),
  about: ['volunteer-management', 'community-work', 'anti-discrimination', 'political-education', 'funding-project-management'],
  audience: audiences('volunteers', 'professionals', 'administration', 'general-public'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei dank Bundesförderung, auch Verpflegung. Fahrtkosten für Ehrenamtliche werden auf Antrag erstattet. Zugewanderte sind ausdrücklich eingeladen.'),
  contributor: [
    partner('urn:demo:org:arbeit-und-bildung-lsa', 'Kooperationspartner'),
    partner('urn:demo:org:freiwilligenagenturen-lsa', 'Kooperationspartner'),
    partner('urn:demo:org:heimatbund-altmark', 'Kooperationspartner'),
  ],
  funder: [ref('urn:demo:org:bundeszentrale-demokratiebildung')],
  accountablePerson: loProjectContact,
  url: `${LO_URL}/projekte/land-in-sicht/schulungen`,
  hasPart: [
    {
      '@type': 'Course',
      position: 1,
      name: 'Modul 1: Ankommen begleiten – Grundwissen Asyl und Aufenthalt',
      description: 'Was bedeuten Gestattung, Duldung und Aufenthaltserlaubnis im Alltag? Wer ist wofür zuständig, und wohin verweise ich bei Fragen, die ich nicht beantworten kann?',
      provider: ref('urn:demo:org:arbeit-und-bildung-lsa'),
      hasCourseInstance: [
        onsite(venues.stendal, { id: 'lo-lis-m1-stendal-2026', start: '2026-11-07T10:00:00', end: '2026-11-07T16:00:00', capacity: 20, remaining: 0, deadline: '2026-10-30' }),
        onsite(venues.naumburg, { id: 'lo-lis-m1-naumburg-2027', start: '2027-08-28T10:00:00', end: '2027-08-28T16:00:00', capacity: 20, remaining: 20, deadline: '2027-08-20' }),
      ],
    },
    {
      '@type': 'Course',
      position: 2,
      name: 'Modul 2: Am Gartenzaun – Gespräche über Vorurteile führen',
      description: 'Argumente und Gesprächstechniken für schwierige Situationen in Nachbarschaft, Verein und Familie, geübt in Rollenspielen.',
      provider: ref(LO),
      hasCourseInstance: [
        onsite(venues.salzwedel, { id: 'lo-lis-m2-salzwedel-2027', start: '2027-03-20T10:00:00', end: '2027-03-20T16:00:00', capacity: 20, remaining: 12, deadline: '2027-03-12' }),
      ],
    },
    {
      '@type': 'Course',
      position: 3,
      name: 'Modul 3: Vom Willkommen zur Teilhabe – Mikroprojekte planen und finanzieren',
      description: 'Eine Idee in ein kleines Projekt verwandeln: Ziele, Partner*innen vor Ort, kleine Förderprogramme und ein einfacher Finanzplan.',
      provider: ref('urn:demo:org:arbeit-und-bildung-lsa'),
      hasCourseInstance: [
        onsite(venues.halberstadt, { id: 'lo-lis-m3-halberstadt-2027', start: '2027-04-17T10:00:00', end: '2027-04-17T16:00:00', capacity: 20, remaining: 15, deadline: '2027-04-09' }),
      ],
    },
    {
      '@type': 'Course',
      position: 4,
      name: 'Modul 4: Vereine öffnen – neue Mitglieder gewinnen und halten',
      description: 'Wie Sport-, Kultur- und Heimatvereine Zugewanderte ansprechen, Hürden abbauen und Engagement auf mehrere Schultern verteilen.',
      provider: ref('urn:demo:org:heimatbund-altmark'),
      hasCourseInstance: [
        onsite(venues.quedlinburg, { id: 'lo-lis-m4-quedlinburg-2027', start: '2027-05-29T10:00:00', end: '2027-05-29T16:00:00', capacity: 20, remaining: 18, deadline: '2027-05-21' }),
        onsite(venues.dessau, { id: 'lo-lis-m4-dessau-2027', start: '2027-06-19T10:00:00', end: '2027-06-19T16:00:00', capacity: 20, remaining: 20, deadline: '2027-06-11' }),
      ],
    },
  ],
};

const landInSichtFachtage: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:lo-land-in-sicht-best-practice',
  name: 'Land in Sicht: Best-Practice-Fachtage „Was auf dem Land gelingt“',
  additionalType: 'network-meeting',
  provider: ref(LO),
  abstract:
    'Zwei überregionale Fachtage, auf denen Initiativen, Vereine und Verwaltungen aus ländlichen Regionen erfolgreiche Integrationsprojekte vorstellen und Kontakte knüpfen.',
  disambiguatingDescription:
    'Zwei Treffen für Menschen aus Dörfern und Kleinstädten. Gruppen erzählen, was bei ihnen gut klappt. Sie können Fragen stellen und neue Leute kennenlernen. Die Teilnahme ist kostenlos.',
  description: paragraphs(
    'Gute Ideen verbreiten sich am besten, wenn die Menschen dahinter selbst erzählen. An beiden Fachtagen stellen je sechs Gruppen aus unterschiedlichen Landkreisen vor, was bei ihnen funktioniert hat – vom Fahrdienst zur Ausländerbehörde bis zum gemeinsamen Dorffest – und was sie unterwegs gelernt haben.',
    'Im Anschluss gibt es einen Markt der Möglichkeiten mit Freiwilligenagenturen, Partnerschaften für Demokratie und mobilen Beratungsteams. Wir wünschen uns Teilnehmende aus mindestens fünf verschiedenen Regionen je Termin.',
    LAND_IN_SICHT_FUNDING,
  ),
  about: ['networking', 'community-work', 'volunteer-management'],
  audience: audiences('volunteers', 'professionals', 'administration', 'multipliers'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei; Fahrtkosten für Ehrenamtliche werden erstattet. Bitte melden Sie sich an, damit wir planen können.'),
  contributor: [partner('urn:demo:org:arbeit-und-bildung-lsa', 'Kooperationspartner'), partner('urn:demo:org:freiwilligenagenturen-lsa', 'Kooperationspartner')],
  funder: [ref('urn:demo:org:bundeszentrale-demokratiebildung')],
  accountablePerson: loProjectContact,
  url: `${LO_URL}/projekte/land-in-sicht/fachtage`,
  hasCourseInstance: [
    onsite(venues.magdeburg, { id: 'lo-lis-fachtag-1-magdeburg', start: '2027-05-08T10:00:00', end: '2027-05-08T16:30:00', capacity: 60, remaining: 41, deadline: '2027-04-26' }),
    onsite(venues.halle, { id: 'lo-lis-fachtag-2-halle', start: '2027-09-25T10:00:00', end: '2027-09-25T16:30:00', capacity: 60, remaining: 60, deadline: '2027-09-13' }),
  ],
};

const landInSichtBeratung: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:lo-land-in-sicht-beratung',
  name: 'Land in Sicht: Beratung vor Ort für Vereine, Initiativen und Engagierte',
  additionalType: 'counselling',
  provider: ref(LO),
  abstract:
    'Individuelle Beratung zu Fragen der Integrationsarbeit im ländlichen Raum: Projektidee, Förderung, Konflikte im Team oder Kontakte zu Fachstellen. Vor Ort in Sachsen-Anhalt oder per Video, kostenfrei.',
  disambiguatingDescription:
    'Ihre Gruppe hat eine Frage oder ein Problem? Wir beraten Sie. Wir kommen zu Ihnen oder sprechen per Video mit Ihnen. Die Beratung kostet nichts.',
  description: paragraphs(
    'Manchmal hilft keine Schulung, sondern ein Gespräch über die eigene Situation: Eine Initiative will einen Antrag stellen, ein Verein sucht Wege zu neuen Mitgliedern, im Team gibt es Streit. Unsere Berater*innen kommen zu Ihnen oder treffen Sie per Video.',
    'Einmal im Monat gibt es außerdem eine offene Online-Sprechstunde ohne Terminvereinbarung.',
    LAND_IN_SICHT_FUNDING,
  ),
  about: ['community-work', 'funding-project-management', 'conflict-management', 'volunteer-management'],
  audience: audiences('volunteers', 'professionals', 'migrant-organisations'),
  inLanguage: ['de', 'en'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei für Gruppen, Vereine und Einzelpersonen, die in ländlichen Regionen Sachsen-Anhalts aktiv sind. Termine vor Ort nach Vereinbarung.'),
  contributor: [partner('urn:demo:org:arbeit-und-bildung-lsa', 'Kooperationspartner')],
  funder: [ref('urn:demo:org:bundeszentrale-demokratiebildung')],
  accountablePerson: loProjectContact,
  url: `${LO_URL}/projekte/land-in-sicht/beratung`,
  hasCourseInstance: [
    online('https://demo-landesorganisation.example/online/land-in-sicht-sprechstunde', {
      id: 'lo-lis-sprechstunde-2027',
      start: '2027-01-13T16:00:00',
      end: '2027-09-08T18:00:00',
      capacity: 8,
      remaining: 8,
      schedule: { every: 'P1M', on: ['Wednesday'], text: 'Offene Online-Sprechstunde am zweiten Mittwoch im Monat, 16 bis 18 Uhr.' },
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// demo-vhs (adult-education): the on-request module series and ordinary courses for volunteers.

const VHS = 'urn:demo:org:demo-vhs';
const VHS_URL = 'https://demo-vhs.example';
const vhsContact = person('Tobias Richter', 'programm@demo-vhs.example', '+49 123 4567-200');

const vhsOrganizations: OrganizationNode[] = [
  organization('demo-vhs', 'Volkshochschule Musterstadt (Demo)', 'adult-education', { url: VHS_URL, email: 'info@demo-vhs.example' }),
  organization('willkommensnetz-gothaer-land', 'Willkommensnetz Gothaer Land e. V. (Demo)', 'initiative', {
    email: 'kontakt@willkommensnetz-gothaer-land.example',
    address: { street: 'Am Markt 6', postalCode: '99867', locality: 'Gotha' },
  }),
  organization('fluechtlingsrat-thueringer-land', 'Flüchtlingsrat Thüringer Land e. V. (Demo)', 'initiative', { url: 'https://fluechtlingsrat-thueringer-land.example' }),
  organization('sprachcafe-eisenach', 'Sprachcafé Eisenach e. V. (Demo)', 'initiative', {
    address: { street: 'Kirchgasse 3', postalCode: '99817', locality: 'Eisenach' },
  }),
  organization('nachbarschaftswerk-kreuzberg', 'Nachbarschaftswerk Kreuzberg e. V. (Demo)', 'initiative', {
    url: 'https://nachbarschaftswerk-kreuzberg.example',
    address: { street: 'Wrangelstraße 50', postalCode: '10997', locality: 'Berlin Kreuzberg' },
  }),
  organization('staatsministerium-zusammenhalt-sn', 'Sächsisches Staatsministerium für Teilhabe und Zusammenhalt (Demo)', 'funder'),
];

const modulreihe: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:vhs-modulreihe-migrationsgesellschaft',
  name: 'Migrationsgesellschaft gestalten – Modulreihe 1 bis 5 für Ehrenamtliche und Multiplikator*innen (auf Anfrage, sachsenweit)',
  additionalType: 'on-request',
  provider: ref(VHS),
  abstract:
    'Fünf Fortbildungsmodule, die Initiativen, Vereine, Verwaltungen und Teams einzeln oder als Reihe bei uns anfragen. Inhalte und Methoden stimmen wir vorab mit Ihnen ab. Für Ehrenamtliche kostenfrei.',
  disambiguatingDescription:
    'Ihre Gruppe möchte eine Fortbildung zu Migration? Wählen Sie eines von 5 Themen. Wir sprechen vorher mit Ihnen und planen die Fortbildung für Ihre Gruppe. Wir kommen zu Ihnen nach Sachsen. Für Ehrenamtliche ist es kostenlos.',
  description: paragraphs(
    'Seit den Jahren der großen Fluchtbewegungen haben sich viele Unterstützungsgruppen professionalisiert, und migrantische Vereine sind zu wichtigen Partner*innen geworden. Die Fragen haben sich verschoben: Heute geht es seltener um Notversorgung und öfter darum, wie Zusammenleben im Alltag gelingt und wie Engagement auf Dauer trägt.',
    'Deshalb bieten wir keine festen Termine an, sondern fünf Module, die Sie für Ihre Gruppe buchen. In einem Vorgespräch klären wir, wer teilnimmt, was Sie erreichen wollen und welcher Rahmen passt – vom Abendtermin im Gemeindehaus bis zum Klausurtag. Danach passen wir Inhalte, Methoden und Material an. Wissen, eigene Erfahrungen und Reflexion sollen dabei im Gleichgewicht sein.',
    'Modul 4 und 5 richten sich besonders an Menschen mit eigener Migrationsgeschichte und an migrantische Selbstorganisationen, die politische Bildung, Moderation oder den Aufbau stabiler Vereinsstrukturen angehen wollen.',
  ),
  about: ['political-education', 'asylum-law', 'anti-discrimination', 'intercultural-competence', 'facilitation', 'empowerment-self-organisation'],
  audience: audiences('volunteers', 'multipliers', 'migrant-organisations', 'administration', 'general-public'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(
    150,
    'Für ehrenamtlich Engagierte und ihre Initiativen kostenfrei. Für hauptamtliche Teams, Verwaltungen und Organisationen richtet sich das Honorar nach Umfang und Rahmen, zum Beispiel 150 EUR für ein dreistündiges Modul zuzüglich Fahrtkosten. Bitte fragen Sie mindestens sechs Wochen vor dem Wunschtermin an.',
    ['volunteers'],
  ),
  funder: [ref('urn:demo:org:staatsministerium-zusammenhalt-sn')],
  accountablePerson: vhsContact,
  url: `${VHS_URL}/auf-anfrage/modulreihe-migrationsgesellschaft`,
  hasPart: [
    {
      '@type': 'Course',
      position: 1,
      name: 'Modul 1: Auf dem neuesten Stand – Flucht, Asyl und Migration aktuell',
      description: 'Aktuelle Entwicklungen in Recht und Politik verständlich aufbereitet, mit Raum für die Fragen aus Ihrer Praxis.',
      provider: ref(VHS),
    },
    {
      '@type': 'Course',
      position: 2,
      name: 'Modul 2: Diskriminierung erkennen und handeln',
      description: 'Formen von Diskriminierung im Alltag und in Institutionen, eigene Handlungsmöglichkeiten und Anlaufstellen für Betroffene.',
      provider: ref(VHS),
    },
    {
      '@type': 'Course',
      position: 3,
      name: 'Modul 3: Interkulturelle Kommunikation im Engagement',
      description: 'Missverständnisse verstehen statt Kulturen erklären: Kommunikation, Erwartungen und Rollen in Begleitung und Patenschaft.',
      provider: ref(VHS),
    },
    {
      '@type': 'Course',
      position: 4,
      name: 'Modul 4: Selbst moderieren und politisch bilden',
      description: 'Für Menschen mit Migrationserfahrung: Veranstaltungen moderieren, Workshops anleiten, eigene Themen in die politische Bildung einbringen.',
      provider: ref(VHS),
    },
    {
      '@type': 'Course',
      position: 5,
      name: 'Modul 5: Strukturen aufbauen – Begleitung für Selbstorganisationen',
      description: 'Vereinsarbeit, Beteiligung an kommunalen Gremien und Zusammenarbeit mit Verwaltung – begleitet über mehrere Treffen.',
      provider: ref(VHS),
    },
  ],
  hasCourseInstance: [
    onsite(venues.leipzigZentrum, {
      id: 'vhs-modulreihe-leipzig-2026-10',
      start: '2026-10-17T10:00:00',
      end: '2026-10-17T16:00:00',
      capacity: 20,
      remaining: 0,
      deadline: '2026-09-30',
      instructors: ['Miriam Lorenz'],
    }),
  ],
};

const interkulturellEhrenamt: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:vhs-interkulturelle-kompetenz-ehrenamt',
  name: 'Interkulturelle Kompetenz im Ehrenamt – Begegnungen bewusst gestalten',
  additionalType: 'course',
  provider: ref(VHS),
  abstract:
    'Tagesseminar für Engagierte in Willkommensinitiativen, Patenschaften und Vereinen: eigene Prägungen erkennen, Missverständnisse klären, Nähe und Distanz gut ausbalancieren. Für Ehrenamtliche kostenfrei.',
  disambiguatingDescription:
    'Sie helfen Menschen aus anderen Ländern? Manchmal gibt es Missverständnisse. In diesem Kurs lernen Sie, wie Sie gut miteinander sprechen. Der Kurs dauert einen Tag. Für Ehrenamtliche ist er kostenlos.',
  description: paragraphs(
    'Wer Menschen beim Ankommen begleitet, erlebt viel Schönes – und manchmal Situationen, die irritieren: ein abgesagter Termin, ein Geschenk, das man nicht annehmen möchte, unausgesprochene Erwartungen auf beiden Seiten.',
    'Im Seminar schauen wir auf solche Situationen aus Ihrer Praxis. Wir fragen, welche Rolle eigene Prägungen, Sprache und Machtverhältnisse spielen, und üben, wie Sie Grenzen freundlich und klar setzen. Kulturelle Zuschreibungen hinterfragen wir dabei bewusst.',
    'Das Seminar findet in Zusammenarbeit mit dem Willkommensnetz Gothaer Land statt. Die Online-Variante verteilt die Inhalte auf zwei Abende.',
  ),
  about: ['intercultural-competence', 'volunteer-management', 'anti-discrimination'],
  audience: audiences('volunteers', 'general-public'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(40, 'Für Ehrenamtliche kostenfrei, für alle anderen 40 EUR. Bitte geben Sie bei der Anmeldung an, in welcher Initiative Sie aktiv sind.', ['volunteers']),
  contributor: [partner('urn:demo:org:willkommensnetz-gothaer-land', 'Kooperationspartner')],
  accountablePerson: vhsContact,
  url: `${VHS_URL}/kurse/interkulturelle-kompetenz-ehrenamt`,
  hasCourseInstance: [
    onsite(venues.gothaBildung, { id: 'vhs-ik-gotha-2026-09', start: '2026-09-19T09:30:00', end: '2026-09-19T16:30:00', capacity: 18, remaining: 0, deadline: '2026-09-09' }),
    onsite(venues.gothaBildung, {
      id: 'vhs-ik-gotha-2027-01',
      start: '2027-01-23T09:30:00',
      end: '2027-01-23T16:30:00',
      capacity: 18,
      remaining: 7,
      deadline: '2027-01-13',
      instructors: ['Aylin Kaya'],
    }),
    onsite(venues.waltershausen, { id: 'vhs-ik-waltershausen-2027-04', start: '2027-04-24T09:30:00', end: '2027-04-24T16:30:00', capacity: 16, remaining: 16, deadline: '2027-04-14' }),
    online('https://demo-vhs.example/online/interkulturell', {
      id: 'vhs-ik-online-2027-06',
      start: '2027-06-08T18:00:00',
      end: '2027-06-15T20:30:00',
      capacity: 25,
      remaining: 21,
      deadline: '2027-06-01',
      schedule: { every: 'P1W', on: ['Tuesday'], text: 'Zwei Abende, dienstags 18:00 bis 20:30 Uhr (8. und 15. Juni 2027).' },
    }),
  ],
};

const asylrechtGrundlagen: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:vhs-asylrecht-grundlagen',
  name: 'Asyl- und Aufenthaltsrecht verständlich – Grundlagen für Ehrenamtliche und Initiativen',
  additionalType: 'course',
  provider: ref(VHS),
  abstract:
    'Kompakter Überblick über Asylverfahren, Aufenthaltstitel, Duldung und Familiennachzug – mit dem Blick darauf, was Ehrenamtliche tun können und wann sie an Fachberatungsstellen verweisen sollten. Kostenfrei.',
  disambiguatingDescription:
    'Sie begleiten geflüchtete Menschen? Dann haben Sie oft Fragen zu Papieren und Behörden. In diesem Kurs erklären Fachleute die wichtigsten Regeln. Sie erfahren auch, wer weiterhelfen kann. Der Kurs ist kostenlos.',
  description: paragraphs(
    'Briefe vom Bundesamt, eine Einladung zur Anhörung, eine Duldung mit Auflagen: Ehrenamtliche werden oft als Erste gefragt, was ein Schreiben bedeutet. Der Kurs gibt Ihnen das Grundwissen, um einzuordnen, was gerade wichtig ist.',
    'Referent*innen des Flüchtlingsrats Thüringer Land erklären das Asylverfahren von der Ankunft bis zur Entscheidung, die wichtigsten Aufenthaltstitel, Wege aus der Duldung und die Grundregeln des Familiennachzugs. Ein eigener Teil widmet sich den Grenzen ehrenamtlicher Hilfe: Rechtsberatung im Einzelfall gehört in die Hände von Fachstellen und Anwält*innen.',
    'Der Kurs wird in Bad Langensalza, Erfurt und Arnstadt als Samstagsseminar und zusätzlich online an zwei Abenden angeboten.',
  ),
  about: ['asylum-law', 'migration-counselling'],
  audience: audiences('volunteers', 'migrant-organisations'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei. Die Anmeldung ist für jeden Termin einzeln nötig; Unterlagen erhalten Sie nach dem Kurs per E-Mail.'),
  contributor: [partner('urn:demo:org:fluechtlingsrat-thueringer-land', 'Kooperationspartner')],
  accountablePerson: vhsContact,
  url: `${VHS_URL}/kurse/asylrecht-grundlagen`,
  hasCourseInstance: [
    onsite(venues.badLangensalza, { id: 'vhs-asyl-badlangensalza-2026-12', start: '2026-12-12T10:00:00', end: '2026-12-12T15:00:00', capacity: 20, remaining: 6, deadline: '2026-12-05' }),
    onsite(venues.erfurtMitte, {
      id: 'vhs-asyl-erfurt-2027-02',
      start: '2027-02-06T10:00:00',
      end: '2027-02-06T15:00:00',
      capacity: 25,
      remaining: 14,
      deadline: '2027-01-29',
      instructors: ['Ruth Engel'],
    }),
    online('https://demo-vhs.example/online/asylrecht', {
      id: 'vhs-asyl-online-2027-02',
      start: '2027-02-24T18:00:00',
      end: '2027-03-03T20:00:00',
      capacity: 40,
      remaining: 33,
      deadline: '2027-02-20',
      schedule: { every: 'P1W', on: ['Wednesday'], text: 'Zwei Abende, mittwochs 18 bis 20 Uhr (24. Februar und 3. März 2027).' },
    }),
    onsite(venues.arnstadt, { id: 'vhs-asyl-arnstadt-2027-03', start: '2027-03-13T10:00:00', end: '2027-03-13T15:00:00', capacity: 20, remaining: 20, deadline: '2027-03-05' }),
  ],
};

const sprachbegleitung: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:vhs-sprachpaten-schulung',
  name: 'Deutsch im Alltag begleiten – Schulung für Sprachpat*innen',
  additionalType: 'course',
  provider: ref(VHS),
  abstract:
    'Vier Abende für Ehrenamtliche, die Zugewanderte beim Deutschlernen unterstützen: wie Sprache gelernt wird, einfache Methoden für Sprachcafé und Tandem, gute Materialien und der Anschluss an Integrationskurse.',
  disambiguatingDescription:
    'Sie üben mit Menschen Deutsch? In diesem Kurs bekommen Sie Tipps und Material. Der Kurs hat 4 Abende. Für Ehrenamtliche ist er kostenlos.',
  description: paragraphs(
    'Sprachcafés, Lesepatenschaften und Tandems ergänzen die Integrationskurse dort, wo Menschen im Alltag üben wollen. Die Schulung zeigt, wie Erwachsene eine neue Sprache lernen, welche Übungen auch ohne Lehrerfahrung gut funktionieren und wie Sie mit sehr unterschiedlichen Vorkenntnissen in einer Gruppe umgehen.',
    'Sie lernen kostenlose Materialien und Apps kennen und erfahren, wie Sie Lernende zu passenden Kursen der Volkshochschule und anderer Träger lotsen. In Eisenach gestalten wir die Schulung gemeinsam mit dem Sprachcafé Eisenach.',
  ),
  about: ['language-support', 'volunteer-management'],
  audience: audiences('volunteers'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(35, 'Für Ehrenamtliche kostenfrei, für alle anderen 35 EUR für alle vier Abende.', ['volunteers']),
  contributor: [partner('urn:demo:org:sprachcafe-eisenach', 'Kooperationspartner')],
  accountablePerson: person('Lea Hoffmann', 'praktikum@demo-vhs.example', '+49 123 4567-230'),
  url: `${VHS_URL}/kurse/sprachpaten-schulung`,
  hasCourseInstance: [
    onsite(venues.eisenach, {
      id: 'vhs-sprache-eisenach-2027-02',
      start: '2027-02-16T18:00:00',
      end: '2027-03-09T20:30:00',
      capacity: 16,
      remaining: 5,
      deadline: '2027-02-09',
      schedule: { every: 'P1W', on: ['Tuesday'], text: 'Vier Abende, dienstags 18:00 bis 20:30 Uhr.' },
    }),
    onsite(venues.gothaBildung, {
      id: 'vhs-sprache-gotha-2027-09',
      start: '2027-09-07T18:00:00',
      end: '2027-09-28T20:30:00',
      capacity: 16,
      remaining: 16,
      deadline: '2027-08-31',
      schedule: { every: 'P1W', on: ['Tuesday'], text: 'Vier Abende, dienstags 18:00 bis 20:30 Uhr.' },
    }),
  ],
};

const konflikteModerieren: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:vhs-konflikte-moderieren',
  name: 'Wenn es knirscht: Konflikte in Initiativen und Unterkünften moderieren',
  additionalType: 'course',
  provider: ref(VHS),
  abstract:
    'Zweitägiges Training für Koordinator*innen und erfahrene Ehrenamtliche: Konflikte früh erkennen, Gespräche mit mehreren Beteiligten leiten, Vereinbarungen festhalten. In Berlin und Potsdam.',
  disambiguatingDescription:
    'In Gruppen gibt es manchmal Streit. In diesem Kurs lernen Sie, wie Sie ein Gespräch leiten, damit alle zu Wort kommen. Der Kurs dauert 2 Tage.',
  description: paragraphs(
    'Wo viele Menschen mit unterschiedlichen Erwartungen zusammenarbeiten, entstehen Spannungen: zwischen Ehrenamtlichen und Hauptamtlichen, zwischen Bewohner*innen einer Unterkunft oder innerhalb eines Vereinsvorstands.',
    'Das Training vermittelt ein einfaches Modell für Konfliktgespräche und übt es an Fällen der Teilnehmenden. Wir arbeiten mit Rollenspielen, kollegialer Beratung und einer Checkliste, die Sie direkt in Ihrer Gruppe nutzen können.',
  ),
  about: ['conflict-management', 'facilitation', 'volunteer-management'],
  audience: audiences('volunteers', 'multipliers', 'professionals'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(95, 'Für Ehrenamtliche kostenfrei, für Hauptamtliche 95 EUR inklusive Verpflegung.', ['volunteers']),
  contributor: [partner('urn:demo:org:nachbarschaftswerk-kreuzberg', 'Kooperationspartner')],
  accountablePerson: vhsContact,
  url: `${VHS_URL}/kurse/konflikte-moderieren`,
  hasCourseInstance: [
    onsite(venues.berlinKreuzberg, { id: 'vhs-konflikt-berlin-2027-03', start: '2027-03-19T10:00:00', end: '2027-03-20T16:00:00', capacity: 16, remaining: 3, deadline: '2027-03-05' }),
    onsite(venues.potsdam, { id: 'vhs-konflikt-potsdam-2027-06', start: '2027-06-11T10:00:00', end: '2027-06-12T16:00:00', capacity: 16, remaining: 16, deadline: '2027-05-28' }),
  ],
};

const einfacheSprache: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:vhs-verstaendlich-schreiben',
  name: 'Verständlich schreiben für alle: Briefe und Formulare in einfacher Sprache',
  additionalType: 'course',
  provider: ref(VHS),
  abstract:
    'Blended-Learning-Kurs für Verwaltungen und Beratungsstellen: Bescheide, Einladungen und Aushänge so formulieren, dass Menschen mit wenig Deutschkenntnissen sie verstehen. Auftakt in Weimar, danach zwei Online-Termine.',
  disambiguatingDescription:
    'Viele Briefe von Ämtern sind schwer zu verstehen. In diesem Kurs lernen Mitarbeitende, einfacher zu schreiben. Der Kurs ist zuerst in Weimar und dann 2-mal online.',
  description: paragraphs(
    'Ein Schreiben, das niemand versteht, kostet Zeit: Rückfragen, versäumte Fristen, verpasste Termine. Der Kurs zeigt, wie Sie Texte kürzer, klarer und freundlicher machen, ohne dass sie rechtlich ungenau werden.',
    'Beim Präsenztag in Weimar lernen Sie die Regeln einfacher Sprache und überarbeiten eigene Texte. In den beiden Online-Terminen besprechen wir Ihre Überarbeitungen und Rückmeldungen von Prüfleser*innen mit Migrationsgeschichte.',
  ),
  about: ['intercultural-opening', 'language-support'],
  audience: audiences('administration', 'professionals'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(180, 'Teilnahmebeitrag 180 EUR, für Beschäftigte kommunaler Verwaltungen im Landkreis 120 EUR. Rechnung an die Dienststelle möglich.'),
  accountablePerson: vhsContact,
  url: `${VHS_URL}/kurse/verstaendlich-schreiben`,
  hasCourseInstance: [
    blended(venues.weimar, {
      id: 'vhs-schreiben-weimar-2027-05',
      start: '2027-05-05T09:00:00',
      end: '2027-05-19T12:00:00',
      capacity: 14,
      remaining: 8,
      deadline: '2027-04-21',
      schedule: { every: 'P1W', on: ['Wednesday'], text: 'Präsenztag am 5. Mai in Weimar (9–16 Uhr), Online-Termine am 12. und 19. Mai (9–12 Uhr).' },
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// demo-wohlfahrt (welfare): the migration counselling service, the volunteer programme in
// Mecklenburg-Vorpommern, and courses for professionals.

const WF = 'urn:demo:org:demo-wohlfahrt';
const WF_URL = 'https://demo-wohlfahrt.example';
const wfContact = person('Fatma Yılmaz', 'bildung@demo-wohlfahrt.example', '+49 123 4567-300');
const wfLead = person('Markus Becker', 'leitung@demo-wohlfahrt.example', '+49 123 4567-301');

const MINISTRY_MV_NAME = 'Landesministerium für Gesellschaft und Integration Mecklenburg-Vorpommern (Demo)';

const wfOrganizations: OrganizationNode[] = [
  organization('demo-wohlfahrt', 'Bildungswerk der Wohlfahrtspflege Musterstadt (Demo)', 'welfare', { url: WF_URL, email: 'bildung@demo-wohlfahrt.example' }),
  organization('ministerium-gesellschaft-mv', MINISTRY_MV_NAME, 'funder', { url: 'https://ministerium-gesellschaft-mv.example' }),
  organization('stiftung-dialog-mv', 'Stiftung Dialog und Demokratie, Landesbüro Mecklenburg-Vorpommern (Demo)', 'other', {
    url: 'https://stiftung-dialog.example/mv',
    address: { street: 'Schloßstraße 8', postalCode: '19053', locality: 'Schwerin' },
  }),
  organization('stiftung-ehrensache-mv', 'Stiftung Ehrensache Mecklenburg-Vorpommern (Demo)', 'funder', { url: 'https://stiftung-ehrensache-mv.example' }),
  organization('arbeitskreis-fluechtlingshilfe-mv', 'Arbeitskreis Flüchtlingshilfe Mecklenburg-Vorpommern e. V. (Demo)', 'initiative', {
    email: 'info@ak-fluechtlingshilfe-mv.example',
    address: { street: 'Lange Straße 30', postalCode: '18055', locality: 'Rostock' },
  }),
  organization('traumanetz-mitteldeutschland', 'Traumanetz Mitteldeutschland – Fachstelle für Geflüchtete (Demo)', 'other', { url: 'https://traumanetz-mitteldeutschland.example' }),
  organization('antidiskriminierungsbuero-rhein-wupper', 'Antidiskriminierungsbüro Rhein-Wupper e. V. (Demo)', 'initiative', {
    email: 'beratung@adb-rhein-wupper.example',
    address: { street: 'Neumarkt 4', postalCode: '42107', locality: 'Wuppertal' },
  }),
  organization('netzwerk-vormundschaft-bb', 'Netzwerk Ehrenamtliche Vormundschaft Brandenburg (Demo)', 'initiative', {
    address: { street: 'Am Kanal 12', postalCode: '14467', locality: 'Potsdam' },
  }),
];

const migrationsberatung: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:wf-migrationsberatung-gotha',
  name: 'Migrationsberatung für erwachsene Zugewanderte – Beratungsstelle Gotha',
  additionalType: 'counselling',
  provider: ref(WF),
  abstract:
    'Kostenfreie, vertrauliche Beratung für Zugewanderte ab 27 Jahren in den ersten Jahren nach der Ankunft: Sprache und Integrationskurs, Arbeit und Anerkennung, Wohnen, Familie und Behörden. Offene Sprechstunden in Gotha und Waltershausen, Videoberatung.',
  disambiguatingDescription:
    'Sie sind neu in Deutschland und älter als 27 Jahre? Wir beraten Sie kostenlos. Zum Beispiel zu Deutschkurs, Arbeit, Wohnung oder Briefen vom Amt. Sie können ohne Termin in die Sprechstunde kommen. Wir sprechen Deutsch, Arabisch, Russisch, Ukrainisch und Farsi.',
  description: paragraphs(
    'Unsere Beratung begleitet Sie für eine begrenzte Zeit und orientiert sich an Ihrem Bedarf. Gemeinsam klären wir, was Sie erreichen möchten – einen Sprachkurs, eine Arbeit, die Anerkennung Ihres Berufsabschlusses, eine eigene Wohnung – und welche Schritte dahin führen. Ziel ist, dass Sie Ämter, Dienste und Angebote bald selbst nutzen können. Erleben Sie Benachteiligung oder Diskriminierung, nehmen wir das ernst und suchen mit Ihnen nach Wegen dagegen.',
    'Wir begleiten Teilnehmer*innen von Integrationskursen sozialpädagogisch, beraten in schwierigen Lebenslagen und vermitteln an Fachstellen, etwa bei Schulden, Gewalt oder gesundheitlichen Problemen. Außerdem arbeiten wir im Integrationsnetzwerk des Landkreises mit, unterstützen Einrichtungen bei der interkulturellen Öffnung und schulen Ehrenamtliche, die Zugewanderte begleiten.',
    'Wer bei uns berät: Alle Berater*innen haben ein abgeschlossenes Studium der Sozialen Arbeit oder eine vergleichbare Qualifikation. Wir achten bei jeder Einstellung auf interkulturelle Kompetenz, sichere Methoden der Gesprächsführung, Team- und Organisationsfähigkeit und wünschen uns Kenntnisse in mindestens einer der Sprachen, die unsere Ratsuchenden am häufigsten sprechen. Das Team bildet sich regelmäßig fort und nimmt an Supervision teil.',
    'Die Beratung ist vertraulich und kostenfrei. Bei Bedarf ziehen wir Sprachmittler*innen hinzu.',
  ),
  about: ['migration-counselling', 'labour-market', 'language-support', 'housing', 'family-school-childcare'],
  audience: audiences('migrants'),
  inLanguage: ['de', 'ar', 'ru', 'uk', 'fa'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei und vertraulich. Ohne Termin in den offenen Sprechstunden, sonst nach Vereinbarung per Telefon oder E-Mail.'),
  coursePrerequisites:
    'Für Zugewanderte ab 27 Jahren mit dauerhafter Bleibeperspektive, vor allem in den ersten drei Jahren nach der Ankunft. Jüngere Menschen vermitteln wir an den Jugendmigrationsdienst; Asylsuchende im laufenden Verfahren an die Asylverfahrensberatung.',
  accountablePerson: wfLead,
  url: `${WF_URL}/beratung/migrationsberatung-gotha`,
  hasCourseInstance: [
    onsite(venues.gothaBeratung, {
      id: 'wf-mbe-gotha-sprechstunde-2027',
      start: '2027-01-05T09:00:00',
      end: '2027-09-30T12:00:00',
      capacity: 10,
      remaining: 10,
      schedule: { every: 'P1W', on: ['Tuesday', 'Thursday'], text: 'Offene Sprechstunde dienstags und donnerstags von 9 bis 12 Uhr; weitere Termine nach Vereinbarung.' },
    }),
    onsite(venues.waltershausen, {
      id: 'wf-mbe-waltershausen-aussensprechstunde-2027',
      start: '2027-01-11T13:00:00',
      end: '2027-09-13T16:00:00',
      capacity: 6,
      remaining: 6,
      schedule: { every: 'P1M', on: ['Monday'], text: 'Außensprechstunde im Bürgerhaus am zweiten Montag im Monat, 13 bis 16 Uhr.' },
    }),
    online('https://demo-wohlfahrt.example/beratung/video', {
      id: 'wf-mbe-videoberatung-2027',
      start: '2027-01-06T14:00:00',
      end: '2027-09-29T16:00:00',
      capacity: 4,
      remaining: 4,
      schedule: { every: 'P1W', on: ['Wednesday'], text: 'Videoberatung mittwochs von 14 bis 16 Uhr nach kurzer Terminabsprache.' },
    }),
  ],
};

const integrationsbegleitungMv: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:wf-integrationsbegleitung-mv-2027',
  name: 'Integrationsbegleiter*innen in Mecklenburg-Vorpommern – Qualifizierung für Ehrenamtliche 2027',
  additionalType: 'programme',
  provider: ref(WF),
  abstract:
    'Landesweite Qualifizierung für Ehrenamtliche und Multiplikator*innen, die Geflüchtete begleiten: vier Wochenendmodule in Schwerin, Rostock, Güstrow und Neubrandenburg und ein abschließender Fachtag. Kostenfrei, mit Zertifikat.',
  disambiguatingDescription:
    'Sie möchten geflüchtete Menschen in Mecklenburg-Vorpommern begleiten? Diese Fortbildung hat 4 Teile an Wochenenden und einen Abschluss-Tag. Sie lernen viel über Ämter, Schule, Arbeit und den Umgang mit schweren Erlebnissen. Die Fortbildung ist kostenlos. Am Ende bekommen Sie ein Zertifikat.',
  description: paragraphs(
    'Ehrenamtliche sind für viele Geflüchtete die ersten Ansprechpersonen außerhalb von Behörden: beim Einkaufen, im Sportverein, bei der Suche nach einem Kitaplatz. Die Qualifizierung gibt ihnen Wissen und Sicherheit für diese Rolle – und sie verbindet Engagierte aus allen Regionen des Landes miteinander.',
    'Vier Module an Freitagen und Samstagen behandeln die Integrationspolitik von Bund, Land und Kommunen, rechtliche Grundlagen, Kita, Schule, Ausbildung und Arbeit, interkulturelle Begegnung und Konflikttraining sowie den Umgang mit Traumaerfahrungen und mit unbegleiteten Minderjährigen. Ein öffentlicher Fachtag schließt die Reihe ab; dort erhalten die Teilnehmer*innen ihre Zertifikate.',
    'Die Qualifizierung entsteht in Kooperation mit dem Landesministerium für Gesellschaft und Integration, der Stiftung Dialog und Demokratie, der Stiftung Ehrensache und dem Arbeitskreis Flüchtlingshilfe Mecklenburg-Vorpommern.',
  ),
  about: ['volunteer-management', 'asylum-law', 'intercultural-competence', 'conflict-management', 'trauma', 'unaccompanied-minors', 'family-school-childcare', 'labour-market'],
  audience: audiences('volunteers', 'multipliers'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(
    0,
    'Für Ehrenamtliche kostenfrei einschließlich Übernachtung und Verpflegung; Fahrtkosten werden erstattet. Die Plätze werden so vergeben, dass möglichst alle Landkreise vertreten sind.',
    ['volunteers'],
  ),
  educationalCredentialAwarded: {
    '@type': 'EducationalOccupationalCredential',
    name: 'Zertifikat „Integrationsbegleiter*in in Mecklenburg-Vorpommern“',
    recognizedBy: MINISTRY_MV_NAME,
    publisher: 'Bildungswerk der Wohlfahrtspflege Musterstadt (Demo)',
  },
  coursePrerequisites:
    'Ehrenamtliches Engagement in der Arbeit mit Geflüchteten in Mecklenburg-Vorpommern oder die feste Absicht dazu. Für das Zertifikat: Teilnahme an mindestens drei der vier Module und am Fachtag.',
  contributor: [
    partner('urn:demo:org:ministerium-gesellschaft-mv', 'Kooperationspartner'),
    partner('urn:demo:org:stiftung-dialog-mv', 'Kooperationspartner'),
    partner('urn:demo:org:stiftung-ehrensache-mv', 'Kooperationspartner'),
    partner('urn:demo:org:arbeitskreis-fluechtlingshilfe-mv', 'Kooperationspartner'),
  ],
  funder: [ref('urn:demo:org:ministerium-gesellschaft-mv'), ref('urn:demo:org:stiftung-ehrensache-mv')],
  accountablePerson: wfContact,
  url: `${WF_URL}/qualifizierung/integrationsbegleitung-mv-2027`,
  hasPart: [
    {
      '@type': 'Course',
      position: 1,
      name: 'Modul 1: Ankommen verstehen – Flucht- und Integrationspolitik in Bund, Land und Kommune',
      description: 'Wer entscheidet was? Zuständigkeiten, Verteilung und Unterbringung, die Integrationsstrategie des Landes und die Rolle der Kommunen.',
      provider: ref('urn:demo:org:stiftung-dialog-mv'),
      hasCourseInstance: [onsite(venues.schwerinMitte, { id: 'wf-ib-mv-2027-m1', start: '2027-03-12T14:00:00', end: '2027-03-13T16:00:00', capacity: 25, remaining: 11 })],
    },
    {
      '@type': 'Course',
      position: 2,
      name: 'Modul 2: Rechte und Wege – Aufenthalt, Kita, Schule, Ausbildung und Arbeit',
      description: 'Rechtliche Grundlagen kompakt, dazu die Wege in Kita, Schule, Ausbildung und Beschäftigung und wer dabei weiterhilft.',
      provider: ref(WF),
      hasCourseInstance: [onsite(venues.rostock, { id: 'wf-ib-mv-2027-m2', start: '2027-04-23T14:00:00', end: '2027-04-24T16:00:00', capacity: 25, remaining: 11 })],
    },
    {
      '@type': 'Course',
      position: 3,
      name: 'Modul 3: Begegnung gestalten und Konflikte klären',
      description: 'Interkulturelle Begegnung im Verein und in der Nachbarschaft, Kommunikation über Sprachgrenzen hinweg, Konflikttraining mit Fällen aus der Praxis.',
      provider: ref(WF),
      hasCourseInstance: [onsite(venues.guestrow, { id: 'wf-ib-mv-2027-m3', start: '2027-05-28T14:00:00', end: '2027-05-29T16:00:00', capacity: 25, remaining: 11 })],
    },
    {
      '@type': 'Course',
      position: 4,
      name: 'Modul 4: Belastete Lebenslagen – Traumaerfahrungen und unbegleitete Minderjährige',
      description: 'Wie sich belastende Erfahrungen zeigen können, was Ehrenamtliche tun und lassen sollten, und was für junge Menschen gilt, die ohne Eltern angekommen sind.',
      provider: ref('urn:demo:org:arbeitskreis-fluechtlingshilfe-mv'),
      hasCourseInstance: [onsite(venues.neubrandenburg, { id: 'wf-ib-mv-2027-m4', start: '2027-06-25T14:00:00', end: '2027-06-26T16:00:00', capacity: 25, remaining: 11 })],
    },
    {
      '@type': 'Course',
      position: 5,
      name: 'Abschlussfachtag: Integration gemeinsam begleiten',
      description: 'Öffentlicher Fachtag mit Praxisbeispielen aus dem Land, Gesprächsrunde mit der Politik und Übergabe der Zertifikate. Gäste sind willkommen.',
      provider: ref(WF),
      hasCourseInstance: [onsite(venues.schwerinNord, { id: 'wf-ib-mv-2027-fachtag', start: '2027-09-18T10:00:00', end: '2027-09-18T16:00:00', capacity: 100, remaining: 75, deadline: '2027-09-03' })],
    },
  ],
  hasCourseInstance: [
    onsite(venues.schwerinMitte, {
      id: 'wf-ib-mv-2027-kurs',
      start: '2027-03-12T14:00:00',
      end: '2027-09-18T16:00:00',
      capacity: 25,
      remaining: 11,
      deadline: '2027-02-19',
      schedule: {
        every: 'P1M',
        on: ['Friday', 'Saturday'],
        text: 'Ein Modul pro Monat von März bis Juni, jeweils Freitag 14 Uhr bis Samstag 16 Uhr; Abschlussfachtag am Samstag, 18. September 2027, in Schwerin.',
      },
    }),
  ],
};

const traumasensibel: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:wf-traumasensibel-begleiten',
  name: 'Traumasensibel begleiten – Grundlagen für Fachkräfte und Ehrenamtliche',
  additionalType: 'course',
  provider: ref(WF),
  abstract:
    'Zweitägige Fortbildung zu Traumafolgen bei Geflüchteten: Anzeichen erkennen, stabilisierend handeln, an Fachstellen vermitteln und auf sich selbst achten. Für Ehrenamtliche kostenfrei.',
  disambiguatingDescription:
    'Manche Menschen haben auf der Flucht Schlimmes erlebt. In diesem Kurs lernen Sie, wie Sie diese Menschen gut unterstützen. Und wie Sie selbst gesund bleiben. Für Ehrenamtliche ist der Kurs kostenlos.',
  description: paragraphs(
    'Krieg, Verfolgung und Flucht hinterlassen Spuren. Wer Geflüchtete begleitet, begegnet Schlafproblemen, Rückzug, plötzlichen Stimmungswechseln – und fragt sich, wie man damit umgeht, ohne Therapeut*in zu sein.',
    'Die Fortbildung erklärt verständlich, was ein Trauma ist und wie sich Folgen im Alltag zeigen können. Sie üben stabilisierende Gesprächsführung, lernen die Versorgungswege in Ihrer Region kennen und entwickeln einen eigenen Plan für Selbstfürsorge. Fachkräfte des Traumanetzes Mitteldeutschland gestalten den zweiten Tag.',
  ),
  about: ['trauma', 'health', 'counselling-methods'],
  audience: audiences('professionals', 'volunteers', 'multipliers'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(160, 'Für Ehrenamtliche kostenfrei, für Fachkräfte 160 EUR (beide Tage, mit Verpflegung). Die Online-Variante kostet für Fachkräfte 110 EUR.', ['volunteers']),
  contributor: [partner('urn:demo:org:traumanetz-mitteldeutschland', 'Referent*innen')],
  accountablePerson: wfContact,
  url: `${WF_URL}/fortbildung/traumasensibel-begleiten`,
  hasCourseInstance: [
    onsite(venues.leipzigZentrum, { id: 'wf-trauma-leipzig-2026-11', start: '2026-11-12T09:00:00', end: '2026-11-13T16:00:00', capacity: 20, remaining: 0, deadline: '2026-10-29' }),
    onsite(venues.erfurtNord, {
      id: 'wf-trauma-erfurt-2027-02',
      start: '2027-02-25T09:00:00',
      end: '2027-02-26T16:00:00',
      capacity: 20,
      remaining: 8,
      deadline: '2027-02-11',
      instructors: ['Dr. Sabine Roth', 'Karim Haddad'],
    }),
    onsite(venues.dresdenAltstadt, { id: 'wf-trauma-dresden-2027-05', start: '2027-05-20T09:00:00', end: '2027-05-21T16:00:00', capacity: 20, remaining: 17, deadline: '2027-05-06' }),
    online('https://demo-wohlfahrt.example/online/traumasensibel', {
      id: 'wf-trauma-online-2027-07',
      start: '2027-07-06T09:00:00',
      end: '2027-07-13T13:00:00',
      capacity: 30,
      remaining: 30,
      deadline: '2027-06-29',
      schedule: { every: 'P1W', on: ['Tuesday'], text: 'Zwei Vormittage online, dienstags 9 bis 13 Uhr (6. und 13. Juli 2027).' },
    }),
  ],
};

const antidiskriminierung: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:wf-antidiskriminierung-beratung',
  name: 'Diskriminierung erkennen, Betroffene stärken – Workshop für Beratungsteams und Verwaltungen',
  additionalType: 'course',
  provider: ref(WF),
  abstract:
    'Eintägiger Workshop zum Umgang mit Diskriminierung in Beratung und Verwaltung: rechtlicher Schutz nach dem AGG, Erstberatung von Betroffenen, Verweiswissen und Blick auf die eigenen Abläufe. In Köln, Wuppertal und online.',
  disambiguatingDescription:
    'Manche Menschen werden wegen ihrer Herkunft schlechter behandelt. In diesem Workshop lernen Beratungsteams, Betroffenen zu helfen. Sie prüfen auch, ob ihre eigene Arbeit fair ist.',
  description: paragraphs(
    'Ratsuchende erzählen in der Beratung oft nebenbei von Benachteiligung – bei der Wohnungssuche, im Job, auf dem Amt. Der Workshop hilft Beratungsteams, solche Hinweise aufzugreifen, erste Schritte zu besprechen und an spezialisierte Antidiskriminierungsstellen weiterzuleiten.',
    'Gemeinsam mit dem Antidiskriminierungsbüro Rhein-Wupper schauen wir außerdem auf die eigene Einrichtung: Wo schließen Formulare, Öffnungszeiten oder Sprachangebote Menschen ungewollt aus, und was lässt sich schnell ändern?',
  ),
  about: ['anti-discrimination', 'counselling-methods', 'intercultural-opening'],
  audience: audiences('professionals', 'administration'),
  inLanguage: ['de'],
  isAccessibleForFree: false,
  offers: price(90, 'Teilnahmebeitrag 90 EUR, online 70 EUR. Bei Anmeldung von drei oder mehr Personen aus einer Einrichtung 20 % Nachlass.'),
  contributor: [partner('urn:demo:org:antidiskriminierungsbuero-rhein-wupper', 'Kooperationspartner')],
  accountablePerson: wfContact,
  url: `${WF_URL}/fortbildung/antidiskriminierung-beratung`,
  hasCourseInstance: [
    onsite(venues.koeln, { id: 'wf-adb-koeln-2027-03', start: '2027-03-04T09:30:00', end: '2027-03-04T16:30:00', capacity: 18, remaining: 10, deadline: '2027-02-18' }),
    online('https://demo-wohlfahrt.example/online/antidiskriminierung', {
      id: 'wf-adb-online-2027-04',
      start: '2027-04-21T09:00:00',
      end: '2027-04-21T13:00:00',
      capacity: 30,
      remaining: 24,
      deadline: '2027-04-14',
    }),
    onsite(venues.wuppertal, { id: 'wf-adb-wuppertal-2027-09', start: '2027-09-09T09:30:00', end: '2027-09-09T16:30:00', capacity: 18, remaining: 18, deadline: '2027-08-26' }),
  ],
};

const vormundschaft: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:wf-vormundschaft-umf',
  name: 'Ehrenamtliche Vormundschaft für unbegleitete Minderjährige – Vorbereitungskurs',
  additionalType: 'course',
  provider: ref(WF),
  abstract:
    'Drei Abende zur Vorbereitung auf eine ehrenamtliche Vormundschaft für junge Geflüchtete ohne Eltern: Aufgaben und Rechte, Zusammenarbeit mit Jugendamt und Jugendhilfe, aufenthaltsrechtliche Grundlagen. Kostenfrei, in Potsdam und Cottbus.',
  disambiguatingDescription:
    'Manche Jugendliche kommen ohne Eltern nach Deutschland. Sie brauchen einen Vormund. Das ist eine Person, die für sie Entscheidungen trifft. In diesem Kurs lernen Sie, was ein Vormund macht. Der Kurs ist kostenlos.',
  description: paragraphs(
    'Ein Vormund entscheidet mit und für einen jungen Menschen über Schule, Gesundheit, Aufenthalt und Geld – und ist im besten Fall eine verlässliche erwachsene Bezugsperson. Ehrenamtliche können diese Aufgabe übernehmen, wenn sie gut vorbereitet sind.',
    'Der Kurs erklärt die rechtliche Stellung, die Zusammenarbeit mit Jugendamt, Wohngruppe und Schule und die wichtigsten Fragen im Asyl- und Aufenthaltsrecht für Minderjährige. Erfahrene Vormünder berichten aus ihrem Alltag. Nach dem Kurs begleitet das Netzwerk Ehrenamtliche Vormundschaft Brandenburg die Vermittlung.',
  ),
  about: ['unaccompanied-minors', 'asylum-law', 'family-school-childcare'],
  audience: audiences('volunteers'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei. Voraussetzung für eine spätere Bestellung sind ein erweitertes Führungszeugnis und ein Kennenlerngespräch.'),
  coursePrerequisites: 'Volljährig, Wohnsitz in Brandenburg oder Berlin, Bereitschaft zu einem Engagement über mindestens ein Jahr.',
  contributor: [partner('urn:demo:org:netzwerk-vormundschaft-bb', 'Kooperationspartner')],
  accountablePerson: wfLead,
  url: `${WF_URL}/fortbildung/ehrenamtliche-vormundschaft`,
  hasCourseInstance: [
    onsite(venues.potsdam, {
      id: 'wf-vormund-potsdam-2027-02',
      start: '2027-02-03T18:00:00',
      end: '2027-02-17T20:30:00',
      capacity: 15,
      remaining: 9,
      deadline: '2027-01-27',
      schedule: { every: 'P1W', on: ['Wednesday'], text: 'Drei Abende, mittwochs 18:00 bis 20:30 Uhr.' },
    }),
    onsite(venues.cottbus, {
      id: 'wf-vormund-cottbus-2027-05',
      start: '2027-05-04T18:00:00',
      end: '2027-05-18T20:30:00',
      capacity: 15,
      remaining: 15,
      deadline: '2027-04-27',
      schedule: { every: 'P1W', on: ['Tuesday'], text: 'Drei Abende, dienstags 18:00 bis 20:30 Uhr.' },
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// demo-migrantenverein (migrant-organisation): workshops by and for migrant organisations.

const BR = 'urn:demo:org:demo-migrantenverein';
const BR_NAME = 'Brücken e. V. – Verein von Migrant*innen in Musterstadt (Demo)';
const BR_URL = 'https://demo-migrantenverein.example';
const brContact = person('Selin Aydın', 'selin.aydin@demo-migrantenverein.example', '+49 123 4567-400');
const brLead = person('Amal Nasser', 'leitung@demo-migrantenverein.example', '+49 123 4567-401');

const brOrganizations: OrganizationNode[] = [
  organization('demo-migrantenverein', BR_NAME, 'migrant-organisation', { url: BR_URL, email: 'leitung@demo-migrantenverein.example' }),
  organization('frauenverein-jasmin-leipzig', 'Jasmin – Verein arabischsprachiger Frauen Leipzig e. V. (Demo)', 'migrant-organisation', {
    email: 'kontakt@jasmin-leipzig.example',
    address: { street: 'Eisenbahnstraße 70', postalCode: '04315', locality: 'Leipzig' },
  }),
  organization('netzwerk-mso-mitteldeutschland', 'Netzwerk migrantischer Organisationen Mitteldeutschland (Demo)', 'umbrella', { url: 'https://netzwerk-mso.example' }),
  organization('stiftung-digitale-teilhabe', 'Stiftung Digitale Teilhabe (Demo)', 'funder', { url: 'https://stiftung-digitale-teilhabe.example' }),
  organization('elternnetz-gotha', 'Elternnetz Gotha (Demo)', 'initiative', {
    address: { street: 'Am Markt 6', postalCode: '99867', locality: 'Gotha' },
  }),
];

const digitalFuerVereine: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:bruecken-digital-fuer-vereine',
  name: 'Digital aufgestellt: Werkzeuge für migrantische Vereine',
  additionalType: 'course',
  provider: ref(BR),
  abstract:
    'Praxisworkshops für Vorstände und Aktive migrantischer Vereine: gemeinsame Dateiablage, Videokonferenzen, datenschutzfreundliche Messenger, Newsletter und eine einfache Website. Online-Reihe sowie Samstagsworkshops in Leipzig und Berlin.',
  disambiguatingDescription:
    'Ihr Verein möchte besser mit dem Computer und dem Handy arbeiten? Wir zeigen Ihnen einfache Programme. Zum Beispiel für Videotreffen, Listen und Newsletter. Für Vereine und Ehrenamtliche ist es kostenlos.',
  description: paragraphs(
    'Viele Vereine organisieren sich über private Handys und verstreute Listen. Das funktioniert, bis jemand aus dem Vorstand ausscheidet. Im Workshop richten Sie Schritt für Schritt Werkzeuge ein, die dem ganzen Verein gehören.',
    'Themen sind eine gemeinsame Ablage für Dokumente, Videokonferenzen mit Übersetzung, Messenger und Datenschutz, ein Newsletter mit Einwilligung der Empfänger*innen und eine einfache Vereinswebsite. Bringen Sie, wenn möglich, ein eigenes Notebook mit; Leihgeräte sind vorhanden.',
    'Gefördert von der Stiftung Digitale Teilhabe, in Zusammenarbeit mit dem Netzwerk migrantischer Organisationen Mitteldeutschland.',
  ),
  about: ['digital-skills', 'empowerment-self-organisation'],
  audience: audiences('migrant-organisations', 'volunteers'),
  inLanguage: ['de', 'ar', 'en'],
  isAccessibleForFree: false,
  offers: price(30, 'Für migrantische Vereine und Ehrenamtliche kostenfrei, für alle anderen 30 EUR je Workshop.', ['migrant-organisations', 'volunteers']),
  contributor: [partner('urn:demo:org:netzwerk-mso-mitteldeutschland', 'Kooperationspartner')],
  funder: [ref('urn:demo:org:stiftung-digitale-teilhabe')],
  accountablePerson: brContact,
  url: `${BR_URL}/workshops/digital-aufgestellt`,
  hasCourseInstance: [
    online('https://demo-migrantenverein.example/online/digital', {
      id: 'bruecken-digital-online-2027-01',
      start: '2027-01-19T18:30:00',
      end: '2027-02-09T20:30:00',
      capacity: 25,
      remaining: 12,
      deadline: '2027-01-12',
      schedule: { every: 'P1W', on: ['Tuesday'], text: 'Vier Abende, dienstags 18:30 bis 20:30 Uhr.' },
    }),
    onsite(venues.leipzigOst, { id: 'bruecken-digital-leipzig-2027-03', start: '2027-03-27T10:00:00', end: '2027-03-27T16:00:00', capacity: 14, remaining: 9, deadline: '2027-03-19' }),
    onsite(venues.berlinFriedrichshain, { id: 'bruecken-digital-berlin-2027-06', start: '2027-06-26T10:00:00', end: '2027-06-26T16:00:00', capacity: 14, remaining: 14, deadline: '2027-06-18' }),
  ],
};

const foerdermittel: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:bruecken-foerdermittel',
  name: 'Von der Idee zum Förderantrag – Fördermittel für Selbstorganisationen',
  additionalType: 'course',
  provider: ref(BR),
  abstract:
    'Tagesworkshop für migrantische Vereine und Initiativen: passende Förderprogramme finden, ein Projekt klar beschreiben, einen Kosten- und Finanzierungsplan aufstellen und später sauber abrechnen. Kostenfrei.',
  disambiguatingDescription:
    'Ihr Verein hat eine Idee für ein Projekt und braucht Geld dafür? In diesem Workshop lernen Sie, wie Sie einen Antrag schreiben. Der Workshop ist kostenlos.',
  description: paragraphs(
    'Gute Projektideen scheitern oft nicht am Inhalt, sondern an Formularen, Fristen und Fachbegriffen. Der Workshop übersetzt die Sprache der Förderprogramme und zeigt an echten, anonymisierten Anträgen, worauf Fördergeber achten.',
    'Sie arbeiten an Ihrer eigenen Projektidee: Ziele und Zielgruppen beschreiben, Indikatoren festlegen, einen Kosten- und Finanzierungsplan aufstellen. Zum Schluss geht es um Verwendungsnachweis und Sachbericht, damit die erste Förderung nicht die letzte bleibt.',
  ),
  about: ['funding-project-management', 'empowerment-self-organisation'],
  audience: audiences('migrant-organisations', 'volunteers'),
  inLanguage: ['de', 'ar', 'ru'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei. Bis zu zwei Personen je Verein; bitte bringen Sie eine Projektidee mit.'),
  contributor: [partner('urn:demo:org:netzwerk-mso-mitteldeutschland', 'Kooperationspartner')],
  accountablePerson: brLead,
  url: `${BR_URL}/workshops/foerderantrag`,
  hasCourseInstance: [
    onsite(venues.halle, { id: 'bruecken-foerder-halle-2027-03', start: '2027-03-06T10:00:00', end: '2027-03-06T16:00:00', capacity: 16, remaining: 4, deadline: '2027-02-26' }),
    onsite(venues.dresdenNeustadt, { id: 'bruecken-foerder-dresden-2027-06', start: '2027-06-05T10:00:00', end: '2027-06-05T16:00:00', capacity: 16, remaining: 16, deadline: '2027-05-28' }),
  ],
};

const empowermentFrauen: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:bruecken-empowerment-frauen',
  name: 'Stark im Engagement: Empowerment-Workshop für Frauen mit Migrationsgeschichte',
  additionalType: 'course',
  provider: ref(BR),
  abstract:
    'Workshop auf Deutsch und Arabisch für Frauen, die sich in Vereinen, Elterngruppen oder Nachbarschaften engagieren oder das vorhaben: eigene Stärken erkennen, sicher auftreten, Netzwerke nutzen. Mit Kinderbetreuung, kostenfrei.',
  disambiguatingDescription:
    'Ein Workshop für Frauen, die nach Deutschland gekommen sind und sich engagieren wollen. Wir sprechen Deutsch und Arabisch. Es gibt Kinderbetreuung. Der Workshop ist kostenlos.',
  description: paragraphs(
    'Viele Frauen tragen ihre Communitys – sie organisieren, übersetzen, trösten – und werden dabei selten gefragt, was sie selbst brauchen. Der Workshop ist ein geschützter Raum, um die eigene Erfahrung als Stärke zu sehen und nächste Schritte zu planen.',
    'Wir üben, vor Gruppen zu sprechen und eigene Anliegen gegenüber Schule, Verwaltung oder Vereinsvorstand zu vertreten. Frauen, die schon Vereine leiten, erzählen von ihrem Weg. Gemeinsam mit dem Frauenverein Jasmin in Leipzig.',
  ),
  about: ['empowerment-self-organisation', 'anti-discrimination', 'community-work'],
  audience: audiences('migrants', 'migrant-organisations', 'volunteers'),
  inLanguage: ['de', 'ar'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei, mit Kinderbetreuung und Mittagessen. Bitte geben Sie bei der Anmeldung an, ob Sie Kinderbetreuung brauchen.'),
  contributor: [partner('urn:demo:org:frauenverein-jasmin-leipzig', 'Kooperationspartner')],
  accountablePerson: brLead,
  url: `${BR_URL}/workshops/stark-im-engagement`,
  hasCourseInstance: [
    onsite(venues.leipzigOst, { id: 'bruecken-frauen-leipzig-2027-04', start: '2027-04-10T10:00:00', end: '2027-04-10T15:00:00', capacity: 18, remaining: 11, deadline: '2027-04-02', instructors: ['Rania Saleh'] }),
    onsite(venues.chemnitz, { id: 'bruecken-frauen-chemnitz-2027-07', start: '2027-07-03T10:00:00', end: '2027-07-03T15:00:00', capacity: 18, remaining: 18, deadline: '2027-06-25' }),
  ],
};

const schuleVerstehen: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:bruecken-schule-verstehen',
  name: 'Schule in Deutschland verstehen – Elternnachmittage auf Deutsch, Arabisch und Farsi',
  additionalType: 'course',
  provider: ref(BR),
  abstract:
    'Informationsnachmittage für zugewanderte Eltern: wie das Schulsystem in Thüringen funktioniert, was Zeugnisse und Übergänge bedeuten, wie Elternabende ablaufen und wo es Hilfe beim Lernen gibt. Kostenfrei, mit Sprachmittlung.',
  disambiguatingDescription:
    'Ihre Kinder gehen in Deutschland zur Schule? An diesem Nachmittag erklären wir, wie die Schule funktioniert. Wir sprechen Deutsch, Arabisch und Farsi. Sie können alle Fragen stellen. Es kostet nichts.',
  description: paragraphs(
    'Grundschule, Regelschule, Gymnasium, Förderschule – das Schulsystem ist auch für Eltern schwer zu durchschauen, die hier aufgewachsen sind. An den Nachmittagen erklären Lehrkräfte und Eltern mit eigener Migrationsgeschichte, wie Schule funktioniert und wie Eltern ihre Kinder gut begleiten können.',
    'Es gibt Zeit für Fragen in kleinen Sprachgruppen, Kinderbetreuung und Tee. Mitveranstalter in Gotha ist das Elternnetz Gotha.',
  ),
  about: ['family-school-childcare', 'language-support'],
  audience: audiences('migrants'),
  inLanguage: ['de', 'ar', 'fa'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei, mit Kinderbetreuung. Eine Anmeldung hilft uns bei der Planung der Sprachmittlung.'),
  contributor: [partner('urn:demo:org:elternnetz-gotha', 'Kooperationspartner')],
  accountablePerson: brContact,
  url: `${BR_URL}/veranstaltungen/schule-verstehen`,
  hasCourseInstance: [
    onsite(venues.gothaKulturhaus, { id: 'bruecken-schule-gotha-2027-01', start: '2027-01-30T14:00:00', end: '2027-01-30T17:00:00', capacity: 40, remaining: 22, deadline: '2027-01-25' }),
    onsite(venues.erfurtOst, { id: 'bruecken-schule-erfurt-2027-03', start: '2027-03-20T14:00:00', end: '2027-03-20T17:00:00', capacity: 40, remaining: 40, deadline: '2027-03-15' }),
  ],
};

const antirassismusAufAnfrage: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:bruecken-antirassismus-auf-anfrage',
  name: 'Rassismuskritisch handeln – Workshop für Vereine, Teams und Verwaltungen (auf Anfrage)',
  additionalType: 'on-request',
  provider: ref(BR),
  abstract:
    'Halbtägiger oder ganztägiger Workshop, den Sie für Ihre Gruppe buchen: Rassismus im Alltag und in Institutionen erkennen, Perspektiven von Betroffenen hören, eigene Handlungsschritte planen. Geleitet von Trainer*innen mit Migrationsgeschichte.',
  disambiguatingDescription:
    'Ihre Gruppe möchte etwas gegen Rassismus tun? Wir kommen zu Ihnen und machen einen Workshop. Sie suchen den Termin aus. Für Ehrenamtliche und migrantische Vereine ist es kostenlos.',
  description: paragraphs(
    'Der Workshop beginnt bei den Erfahrungen der Trainer*innen und der Teilnehmenden und fragt dann, wo Abläufe, Sprache und Gewohnheiten in einer Organisation Menschen ausschließen. Daraus entstehen konkrete, kleine Schritte für Ihre Gruppe.',
    'Wir kommen bundesweit zu Ihnen; in Thüringen und Sachsen auch kurzfristig. Sprechen Sie uns mindestens vier Wochen vor dem Wunschtermin an.',
  ),
  about: ['anti-discrimination', 'intercultural-opening', 'political-education'],
  audience: audiences('volunteers', 'professionals', 'administration', 'migrant-organisations'),
  inLanguage: ['de', 'en'],
  isAccessibleForFree: false,
  offers: price(
    250,
    'Für Ehrenamtliche, Initiativen und migrantische Vereine kostenfrei. Für Verwaltungen, Unternehmen und hauptamtliche Teams 250 EUR für einen halben Tag, 450 EUR für einen ganzen Tag, zuzüglich Fahrtkosten.',
    ['volunteers', 'migrant-organisations'],
  ),
  accountablePerson: brLead,
  url: `${BR_URL}/auf-anfrage/rassismuskritisch-handeln`,
};

const vereinsberatung: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:bruecken-vereinsberatung',
  name: 'Gründungs- und Vereinsberatung für migrantische Initiativen',
  additionalType: 'counselling',
  provider: ref(BR),
  abstract:
    'Beratung für Gruppen, die einen Verein gründen oder ihren Verein stabiler aufstellen wollen: Satzung, Gemeinnützigkeit, Vorstandsarbeit, Mitgliederversammlung, Konten und Versicherungen. Online-Sprechstunde und Termine in Leipzig.',
  disambiguatingDescription:
    'Sie wollen einen Verein gründen? Oder Sie haben Fragen zu Ihrem Verein? Wir beraten Sie kostenlos. Online oder in Leipzig. Auf Deutsch, Arabisch, Türkisch oder Englisch.',
  description: paragraphs(
    'Ein eingetragener Verein öffnet Türen: zu Fördermitteln, Räumen und Kooperationen. Der Weg dorthin ist aber voller Formalitäten. Wir beraten Gruppen von Migrant*innen bei Gründung und Vereinsalltag, von der ersten Satzung bis zum Antrag auf Gemeinnützigkeit.',
    'Die Beratung machen Menschen, die selbst migrantische Vereine aufgebaut haben. Die Online-Sprechstunde ist offen; für Termine in Leipzig melden Sie sich bitte vorher.',
  ),
  about: ['empowerment-self-organisation', 'funding-project-management'],
  audience: audiences('migrant-organisations', 'migrants'),
  inLanguage: ['de', 'ar', 'tr', 'en'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei für migrantische Gruppen und Vereine.'),
  contributor: [partner('urn:demo:org:netzwerk-mso-mitteldeutschland', 'Kooperationspartner')],
  accountablePerson: brContact,
  url: `${BR_URL}/beratung/vereinsberatung`,
  hasCourseInstance: [
    online('https://demo-migrantenverein.example/online/vereinsberatung', {
      id: 'bruecken-vereinsberatung-online-2027',
      start: '2027-01-14T17:00:00',
      end: '2027-09-23T19:00:00',
      capacity: 6,
      remaining: 6,
      schedule: { every: 'P2W', on: ['Thursday'], text: 'Offene Online-Sprechstunde jeden zweiten Donnerstag, 17 bis 19 Uhr.' },
    }),
    onsite(venues.leipzigOst, {
      id: 'bruecken-vereinsberatung-leipzig-2027',
      start: '2027-02-06T10:00:00',
      end: '2027-09-04T13:00:00',
      capacity: 4,
      remaining: 4,
      schedule: { every: 'P1M', on: ['Saturday'], text: 'Beratung vor Ort am ersten Samstag im Monat, 10 bis 13 Uhr, nach Anmeldung.' },
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// demo-kommune (municipality): the local integration network meets.

const KO = 'urn:demo:org:demo-kommune';
const KO_URL = 'https://demo-kommune.example';
const koContact = person('Daniel Schmitt', 'netzwerk@demo-kommune.example', '+49 123 4567-500');

const koOrganizations: OrganizationNode[] = [
  organization('demo-kommune', 'Landkreis Musterland – Integrationskoordination (Demo)', 'municipality', { url: KO_URL, email: 'netzwerk@demo-kommune.example' }),
  organization('ehrenamtszentrale-gothaer-land', 'Ehrenamtszentrale Gothaer Land (Demo)', 'initiative', {
    email: 'info@ehrenamtszentrale-gothaer-land.example',
    address: { street: 'Marktstraße 3', postalCode: '99880', locality: 'Waltershausen' },
  }),
  organization('jobcenter-musterland', 'Jobcenter Landkreis Musterland (Demo)', 'other'),
];

const integrationsnetzwerk: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:kommune-integrationsnetzwerk',
  name: 'Integrationsnetzwerk im Landkreis: Vernetzungstreffen 2026/2027',
  additionalType: 'network-meeting',
  provider: ref(KO),
  abstract:
    'Vierteljährliches Treffen aller, die im Landkreis mit und für Zugewanderte arbeiten: Beratungsstellen, Bildungsträger, Jobcenter, Schulen, Initiativen und migrantische Vereine. Aktuelles aus der Verwaltung, Bedarfe, gemeinsame Vorhaben.',
  disambiguatingDescription:
    'Ein Treffen für alle, die im Landkreis mit zugewanderten Menschen arbeiten. Wir erzählen, was es Neues gibt. Wir planen gemeinsam. Die Teilnahme ist kostenlos.',
  description: paragraphs(
    'Das Integrationsnetzwerk lebt davon, dass sich die Menschen kennen, die im Alltag zusammenarbeiten. Bei jedem Treffen berichtet die Integrationskoordination aus der Verwaltung, das Jobcenter stellt Neuigkeiten zu Sprachkursen und Arbeitsmarkt vor, und zwei Organisationen präsentieren ihre Arbeit.',
    'Im zweiten Teil arbeiten wir an den Lücken, die das Netzwerk benannt hat – derzeit Beratung in den Dörfern, Kinderbetreuung während der Sprachkurse und Wohnraum. Neue Partner*innen sind jederzeit willkommen, auch ohne Einladung.',
  ),
  about: ['networking', 'community-work', 'intercultural-opening'],
  audience: audiences('professionals', 'administration', 'volunteers', 'migrant-organisations'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei, offen für alle Organisationen und Initiativen im Landkreis.'),
  contributor: [partner('urn:demo:org:jobcenter-musterland', 'Kooperationspartner'), partner('urn:demo:org:ehrenamtszentrale-gothaer-land', 'Kooperationspartner')],
  accountablePerson: koContact,
  url: `${KO_URL}/integration/netzwerk`,
  hasCourseInstance: [
    onsite(venues.gothaLandratsamt, { id: 'kommune-netzwerk-2026-11', start: '2026-11-18T14:00:00', end: '2026-11-18T17:00:00', capacity: 60, remaining: 0, deadline: '2026-11-11' }),
    onsite(venues.gothaLandratsamt, { id: 'kommune-netzwerk-2027-03', start: '2027-03-17T14:00:00', end: '2027-03-17T17:00:00', capacity: 60, remaining: 37, deadline: '2027-03-10' }),
    onsite(venues.badLangensalza, { id: 'kommune-netzwerk-2027-06', start: '2027-06-16T14:00:00', end: '2027-06-16T17:00:00', capacity: 50, remaining: 50, deadline: '2027-06-09' }),
    onsite(venues.friedrichroda, { id: 'kommune-netzwerk-2027-09', start: '2027-09-15T14:00:00', end: '2027-09-15T17:00:00', capacity: 50, remaining: 50, deadline: '2027-09-08' }),
  ],
};

const ehrenamtsforum: CourseNode = {
  '@type': 'Course',
  '@id': 'urn:demo:offer:kommune-forum-ehrenamt-integration',
  name: 'Forum Ehrenamt und Integration 2027: Initiativen treffen Verwaltung',
  additionalType: 'network-meeting',
  provider: ref(KO),
  abstract:
    'Samstagsforum für Ehrenamtliche aus Willkommensinitiativen, Vereinen und Patenschaften im Landkreis: Austausch mit Ausländerbehörde, Sozialamt und Jobcenter, Ideenbörse und Vorstellung kleiner Fördertöpfe.',
  disambiguatingDescription:
    'Ein Treffen für Ehrenamtliche im Landkreis. Sie können Fragen an die Ämter stellen. Sie lernen andere Gruppen kennen. Es gibt Essen. Die Teilnahme ist kostenlos.',
  description: paragraphs(
    'Ehrenamtliche erleben Verwaltung oft von der anderen Seite des Schreibtischs. Beim Forum sitzen beide Seiten an einem Tisch: Mitarbeitende von Ausländerbehörde, Sozialamt und Jobcenter beantworten Fragen, erklären Abläufe und hören zu, wo es hakt.',
    'Am Nachmittag stellen Initiativen in einer Ideenbörse ihre Projekte vor, und die Ehrenamtszentrale erklärt, wie man Geld aus den kleinen Fördertöpfen des Landkreises beantragt. Für Mittagessen und Kinderbetreuung ist gesorgt.',
  ),
  about: ['networking', 'volunteer-management', 'funding-project-management'],
  audience: audiences('volunteers', 'administration'),
  inLanguage: ['de'],
  isAccessibleForFree: true,
  offers: price(0, 'Kostenfrei für Ehrenamtliche und alle Interessierten. Fahrtkosten aus dem Landkreis werden erstattet.', ['volunteers']),
  contributor: [partner('urn:demo:org:ehrenamtszentrale-gothaer-land', 'Kooperationspartner')],
  accountablePerson: person('Kathrin Vogel', 'leitung@demo-kommune.example', '+49 123 4567-501'),
  url: `${KO_URL}/integration/forum-ehrenamt-2027`,
  hasCourseInstance: [
    onsite(venues.gothaKulturhaus, { id: 'kommune-forum-2027-05', start: '2027-05-22T10:00:00', end: '2027-05-22T15:30:00', capacity: 80, remaining: 62, deadline: '2027-05-14' }),
  ],
};

// ---------------------------------------------------------------------------------------------

const graph = (...nodes: (OrganizationNode | CourseNode)[]): { '@context': 'https://schema.org'; '@graph': object[] } => ({
  '@context': 'https://schema.org',
  '@graph': nodes,
});

/** One schema.org JSON-LD document per demo tenant that runs offers, to load through the importer. */
export const demoOfferDocuments: DemoOfferDocument[] = [
  {
    tenantSlug: 'demo-landesorganisation',
    document: graph(...loOrganizations, bemiPlus, fachtagThueringen, landInSichtSchulungen, landInSichtFachtage, landInSichtBeratung),
  },
  {
    tenantSlug: 'demo-vhs',
    document: graph(...vhsOrganizations, modulreihe, interkulturellEhrenamt, asylrechtGrundlagen, sprachbegleitung, konflikteModerieren, einfacheSprache),
  },
  {
    tenantSlug: 'demo-wohlfahrt',
    document: graph(...wfOrganizations, migrationsberatung, integrationsbegleitungMv, traumasensibel, antidiskriminierung, vormundschaft),
  },
  {
    tenantSlug: 'demo-migrantenverein',
    document: graph(...brOrganizations, digitalFuerVereine, foerdermittel, empowermentFrauen, schuleVerstehen, antirassismusAufAnfrage, vereinsberatung),
  },
  {
    tenantSlug: 'demo-kommune',
    document: graph(...koOrganizations, integrationsnetzwerk, ehrenamtsforum),
  },
];

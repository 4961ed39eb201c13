import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audienceCodes, offerKinds, sessionModes, tenantTypes, topicCodes } from '@knotenpunkt/shared/contracts';
import { demoTenants } from './demo-data';
import { demoOfferDocuments } from './demo-offers';

/**
 * Structural checks of the demo offers without the importer: the profile rules of
 * shared/spec/offer-exchange.md, real postal codes, and the demo journeys the data must answer.
 */

// Vocabularies of shared/spec/offer-exchange.md, as the contracts define them.
const ORGANISATION_TYPES: readonly string[] = tenantTypes;
const AUDIENCES: readonly string[] = audienceCodes;
const TOPICS: readonly string[] = topicCodes;
const OFFER_KINDS: readonly string[] = offerKinds;
const COURSE_MODES: readonly string[] = sessionModes;
const ORGANIZATION_NODE_TYPES = ['Organization', 'EducationalOrganization', 'NGO', 'GovernmentOrganization'];

/** The product's "today" for the demo. */
const TODAY = '2026-12-01';
const GOTHA = '99867';

type Node = Record<string, unknown>;

const ROOT = resolve(__dirname, '../../../..');

/** Minimal RFC 4180 line split: quoted fields may contain commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(resolve(ROOT, 'data/regions', file), 'utf8').split(/\r?\n/).filter(Boolean);
  const columns = splitCsvLine(header);
  return lines.map((line) => {
    const values = splitCsvLine(line);
    return Object.fromEntries(columns.map((column, i) => [column, values[i] ?? '']));
  });
}

const postalCodes = new Map(readCsv('postal_codes.csv').map((row) => [row['plz'], row]));
const landsByPostalCode = new Map<string, Set<string>>();
for (const row of readCsv('postal_code_regions.csv')) {
  const lands = landsByPostalCode.get(row['plz']) ?? new Set<string>();
  lands.add(row['ars'].slice(0, 2));
  landsByPostalCode.set(row['plz'], lands);
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function latLonOf(plz: string): { lat: number; lon: number } {
  const row = postalCodes.get(plz);
  if (!row) throw new Error(`unknown postal code ${plz}`);
  return { lat: Number(row['lat']), lon: Number(row['lon']) };
}

const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node]);
const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : (value as Node | undefined)?.['@id'] as string | undefined);
const day = (dateOrDateTime: string) => dateOrDateTime.slice(0, 10);
const ISO_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

interface Offer {
  tenantSlug: string;
  course: Node;
}

interface Session {
  tenantSlug: string;
  offer: Node;
  module?: Node;
  instance: Node;
}

const offers: Offer[] = demoOfferDocuments.flatMap(({ tenantSlug, document }) =>
  (document['@graph'] as Node[]).filter((node) => node['@type'] === 'Course').map((course) => ({ tenantSlug, course })),
);
const organizations = demoOfferDocuments.flatMap(({ tenantSlug, document }) =>
  (document['@graph'] as Node[]).filter((node) => ORGANIZATION_NODE_TYPES.includes(node['@type'] as string)).map((organization) => ({ tenantSlug, organization })),
);
const sessions: Session[] = offers.flatMap(({ tenantSlug, course }) => [
  ...asNodes(course['hasCourseInstance']).map((instance) => ({ tenantSlug, offer: course, instance })),
  ...asNodes(course['hasPart']).flatMap((module) => asNodes(module['hasCourseInstance']).map((instance) => ({ tenantSlug, offer: course, module, instance }))),
]);
const postalAddressOf = (instance: Node) => (instance['location'] as Node)['address'] as Node | undefined;
const isPlaceSession = (s: Session) => s.instance['courseMode'] !== 'online';
const isFreeForVolunteers = (course: Node) => {
  const offer = course['offers'] as Node;
  return course['isAccessibleForFree'] === true || ((offer['eligibleCustomerType'] as string[] | undefined) ?? []).includes('volunteers');
};
const audiencesOf = (course: Node) => asNodes(course['audience']).map((a) => a['audienceType'] as string);

describe('demo offer documents', () => {
  it('has one document per existing tenant slug, with the tenant organisation as provider of every offer', () => {
    const slugs = demoOfferDocuments.map((d) => d.tenantSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual(expect.arrayContaining(['demo-landesorganisation', 'demo-vhs', 'demo-wohlfahrt', 'demo-migrantenverein']));
    for (const { tenantSlug, document } of demoOfferDocuments) {
      const tenant = demoTenants.find((t) => t.slug === tenantSlug);
      expect(tenant).toBeDefined();
      expect(document['@context']).toBe('https://schema.org');
      const graph = document['@graph'] as Node[];
      const own = graph.find((node) => node['@id'] === `urn:demo:org:${tenantSlug}`);
      expect(own).toMatchObject({ name: tenant?.name, additionalType: tenant?.type });
      for (const node of graph.filter((n) => n['@type'] === 'Course')) {
        expect([node['@id'], idOf(node['provider'])]).toEqual([node['@id'], own?.['@id']]);
      }
    }
  });

  it('uses stable, unique @ids with the demo prefixes', () => {
    const ids = [
      ...organizations.map(({ organization }) => organization['@id'] as string),
      ...offers.map(({ course }) => course['@id'] as string),
      ...sessions.map(({ instance }) => instance['@id'] as string),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const { organization } of organizations) expect(organization['@id']).toMatch(/^urn:demo:org:[a-z0-9-]+$/);
    for (const { course } of offers) expect(course['@id']).toMatch(/^urn:demo:offer:[a-z0-9-]+$/);
    for (const { instance } of sessions) expect(instance['@id']).toMatch(/^urn:demo:session:[a-z0-9-]+$/);
    const nodeTypes = demoOfferDocuments.flatMap(({ document }) => (document['@graph'] as Node[]).map((node) => node['@type'] as string));
    expect(nodeTypes.filter((t) => t !== 'Course' && !ORGANIZATION_NODE_TYPES.includes(t))).toEqual([]);
  });

  it('refers only to organisations of the same document (provider, contributor, module provider, funder)', () => {
    for (const { tenantSlug, document } of demoOfferDocuments) {
      const graph = document['@graph'] as Node[];
      const orgIds = new Set(graph.filter((n) => ORGANIZATION_NODE_TYPES.includes(n['@type'] as string)).map((n) => n['@id']));
      for (const course of graph.filter((n) => n['@type'] === 'Course')) {
        const refs = [
          idOf(course['provider']),
          ...asNodes(course['contributor']).map((c) => idOf(c)),
          ...asNodes(course['hasPart']).map((m) => idOf(m['provider'])),
          ...asNodes(course['funder']).filter((f) => typeof f !== 'string').map((f) => idOf(f)),
        ];
        for (const ref of refs) expect([tenantSlug, course['@id'], ref, orgIds.has(ref)]).toEqual([tenantSlug, course['@id'], ref, true]);
        for (const c of asNodes(course['contributor'])) expect(typeof c['roleName']).toBe('string');
      }
    }
  });

  it('uses only codes from the exchange vocabularies', () => {
    for (const { organization } of organizations) expect(ORGANISATION_TYPES).toContain(organization['additionalType']);
    for (const { course } of offers) {
      expect(OFFER_KINDS).toContain(course['additionalType']);
      const topics = course['about'] as string[];
      expect(topics.length).toBeGreaterThan(0);
      for (const topic of topics) expect(TOPICS).toContain(topic);
      const audiences = audiencesOf(course);
      expect(audiences.length).toBeGreaterThan(0);
      for (const node of asNodes(course['audience'])) expect(node['@type']).toBe('Audience');
      for (const audience of audiences) expect(AUDIENCES).toContain(audience);
      const offer = course['offers'] as Node;
      for (const customer of (offer['eligibleCustomerType'] as string[] | undefined) ?? []) expect(AUDIENCES).toContain(customer);
    }
    for (const { instance } of sessions) expect(COURSE_MODES).toContain(instance['courseMode']);
  });

  it('keeps the course properties within the profile', () => {
    for (const { tenantSlug, course } of offers) {
      expect((course['name'] as string).length).toBeLessThanOrEqual(200);
      expect((course['abstract'] as string).length).toBeLessThanOrEqual(500);
      expect(((course['disambiguatingDescription'] as string | undefined) ?? '').length).toBeLessThanOrEqual(500);
      expect(typeof course['description']).toBe('string');
      expect(typeof course['isAccessibleForFree']).toBe('boolean');
      expect(course['inLanguage']).toEqual(expect.arrayContaining(['de']));
      for (const language of course['inLanguage'] as string[]) expect(language).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
      expect(course['offers']).toMatchObject({ '@type': 'Offer', priceCurrency: 'EUR', price: expect.any(Number) });
      expect(typeof (course['offers'] as Node)['description']).toBe('string');
      if (course['isAccessibleForFree'] === true) expect((course['offers'] as Node)['price']).toBe(0);
      expect(course['url']).toMatch(new RegExp(`^https://${tenantSlug}\\.example/`));
      const contact = course['accountablePerson'] as Node;
      expect(contact).toMatchObject({ '@type': 'Person', name: expect.any(String), telephone: expect.any(String) });
      expect(contact['email']).toMatch(/@[a-z0-9.-]+\.example$/);
      const credential = course['educationalCredentialAwarded'] as Node | undefined;
      if (credential) expect(credential).toMatchObject({ '@type': 'EducationalOccupationalCredential', name: expect.any(String), publisher: expect.any(String) });
      const modules = asNodes(course['hasPart']);
      expect(modules.map((m) => m['position'])).toEqual(modules.map((_, i) => i + 1));
      for (const module of modules) expect(module).toMatchObject({ '@type': 'Course', name: expect.any(String), description: expect.any(String) });
    }
  });

  it('uses real postal codes with the locality name of postal_codes.csv', () => {
    const addresses = [
      ...sessions.filter(isPlaceSession).map((s) => postalAddressOf(s.instance)),
      ...organizations.map(({ organization }) => organization['address'] as Node | undefined).filter(Boolean),
    ] as Node[];
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      const plz = address['postalCode'] as string;
      expect(address['@type']).toBe('PostalAddress');
      expect([plz, postalCodes.has(plz)]).toEqual([plz, true]);
      expect([plz, address['addressLocality']]).toEqual([plz, postalCodes.get(plz)?.['name_of_locality']]);
      expect(typeof address['streetAddress']).toBe('string');
    }
  });

  it('places onsite and blended sessions in at least five Länder and online sessions at https URLs', () => {
    const lands = new Set<string>();
    for (const session of sessions) {
      const location = session.instance['location'] as Node;
      if (session.instance['courseMode'] === 'online') {
        expect(location['@type']).toBe('VirtualLocation');
        expect(location['url']).toMatch(/^https:\/\//);
      } else {
        expect(location['@type']).toBe('Place');
        const plz = postalAddressOf(session.instance)?.['postalCode'] as string;
        const landKeys = landsByPostalCode.get(plz);
        expect([plz, landKeys?.size]).toEqual([plz, 1]);
        for (const key of landKeys ?? []) lands.add(key);
      }
    }
    expect(lands.size).toBeGreaterThanOrEqual(5);
    expect(sessions.some((s) => s.instance['courseMode'] === 'online')).toBe(true);
    expect(sessions.some((s) => s.instance['courseMode'] === 'blended')).toBe(true);
  });

  it('has consistent dates, deadlines and capacities', () => {
    for (const { instance } of sessions) {
      const start = instance['startDate'] as string;
      const end = instance['endDate'] as string;
      expect(start).toMatch(ISO_WITHOUT_OFFSET);
      expect(end).toMatch(ISO_WITHOUT_OFFSET);
      expect([instance['@id'], end >= start]).toEqual([instance['@id'], true]);
      const deadline = (instance['offers'] as Node | undefined)?.['availabilityEnds'] as string | undefined;
      if (deadline !== undefined) {
        expect(deadline).toMatch(ISO_WITHOUT_OFFSET);
        expect([instance['@id'], day(deadline) <= day(start)]).toEqual([instance['@id'], true]);
      }
      const capacity = instance['maximumAttendeeCapacity'] as number;
      const remaining = instance['remainingAttendeeCapacity'] as number;
      expect(Number.isInteger(capacity) && capacity >= 1).toBe(true);
      expect(Number.isInteger(remaining) && remaining >= 0 && remaining <= capacity).toBe(true);
      const schedule = instance['courseSchedule'] as Node | undefined;
      if (schedule) {
        expect(schedule).toMatchObject({ '@type': 'Schedule', repeatFrequency: expect.stringMatching(/^P\d+[DWM]$/), description: expect.any(String) });
        for (const weekday of schedule['byDay'] as string[]) expect(weekday).toMatch(/^https:\/\/schema\.org\/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/);
      }
    }
    // Every session a person can still register for has a deadline, except open consultation hours.
    const registrable = sessions.filter((s) => !s.module && s.offer['additionalType'] !== 'counselling');
    for (const { instance } of registrable) expect([instance['@id'], (instance['offers'] as Node | undefined)?.['availabilityEnds']]).toEqual([instance['@id'], expect.any(String)]);
  });

  it('has mostly 2027 sessions and a few that are already over', () => {
    const starts = sessions.map((s) => day(s.instance['startDate'] as string));
    const past = starts.filter((start) => start < TODAY);
    expect(past.length).toBeGreaterThanOrEqual(2);
    expect(past.every((start) => start >= '2026-01-01')).toBe(true);
    const in2027 = starts.filter((start) => start >= '2027-01-01' && start <= '2027-09-30');
    expect(in2027.length / starts.length).toBeGreaterThan(0.75);
  });

  it('offers on request have no upcoming sessions', () => {
    for (const session of sessions.filter((s) => s.offer['additionalType'] === 'on-request')) {
      expect(day(session.instance['startDate'] as string) < TODAY).toBe(true);
    }
  });

  it('covers every offer kind with roughly 20–30 offers and 40–80 sessions', () => {
    expect(offers.length).toBeGreaterThanOrEqual(20);
    expect(offers.length).toBeLessThanOrEqual(30);
    expect(sessions.length).toBeGreaterThanOrEqual(40);
    expect(sessions.length).toBeLessThanOrEqual(80);
    expect(new Set(offers.map((o) => o.course['additionalType']))).toEqual(new Set(OFFER_KINDS));
  });

  it('answers "free volunteer training within 50 km of 99867"', () => {
    const gotha = latLonOf(GOTHA);
    const matches = sessions.filter(
      (s) =>
        s.instance['courseMode'] === 'onsite' &&
        day(s.instance['startDate'] as string) >= TODAY &&
        isFreeForVolunteers(s.offer) &&
        audiencesOf(s.offer).includes('volunteers') &&
        distanceKm(gotha, latLonOf(postalAddressOf(s.instance)?.['postalCode'] as string)) <= 50,
    );
    expect(matches.length).toBeGreaterThanOrEqual(1);
    // Within the next three months too, and in Gotha itself.
    expect(matches.some((s) => day(s.instance['startDate'] as string) <= '2027-03-01')).toBe(true);
    expect(matches.some((s) => postalAddressOf(s.instance)?.['postalCode'] === GOTHA)).toBe(true);
  });

  it('has a state-recognised programme with modules by partner organisations and an early deadline', () => {
    const recognised = offers.filter(({ course }) => {
      const credential = course['educationalCredentialAwarded'] as Node | undefined;
      return course['additionalType'] === 'programme' && typeof credential?.['recognizedBy'] === 'string' && typeof credential['legalBasis'] === 'string';
    });
    expect(recognised.length).toBeGreaterThanOrEqual(1);
    for (const { course } of recognised) {
      const own = idOf(course['provider']);
      const moduleProviders = new Set(asNodes(course['hasPart']).map((m) => idOf(m['provider'])));
      moduleProviders.delete(own);
      expect(moduleProviders.size).toBeGreaterThanOrEqual(2);
      for (const instance of asNodes(course['hasCourseInstance'])) {
        const deadline = (instance['offers'] as Node)['availabilityEnds'] as string;
        const weeks = (Date.parse(day(instance['startDate'] as string)) - Date.parse(deadline)) / (7 * 24 * 3600 * 1000);
        expect(weeks).toBeGreaterThanOrEqual(4);
      }
    }
  });
});

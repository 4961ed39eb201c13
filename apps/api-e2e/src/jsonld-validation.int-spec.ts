// Third-party validation of offer-exchange JSON-LD, offline: jsonld expansion against the
// schema.org context served from disk, and the OpenActive data model validator. No database or
// Redis needed. Every socket connect and fetch fails loudly here, and each test checks that none
// was attempted.
import * as net from 'node:net';
import {
  RemoteDocumentRefusedError,
  TOLERATIONS,
  expandOffline,
  schemaOrgContextDocument,
  validateCourseInstances,
  type Issue,
} from './support/jsonld-validation';

/** The example of shared/spec/offer-exchange.md, verbatim. */
const SPEC_EXAMPLE = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'Organization',
      '@id': 'urn:org:loft-th',
      name: 'LOFT – Landesorganisation der freien Träger der Erwachsenenbildung Thüringen',
      additionalType: 'umbrella',
      address: { '@type': 'PostalAddress', postalCode: '99084', addressLocality: 'Erfurt' },
      areaServed: [{ '@type': 'AdministrativeArea', identifier: '16' }],
    },
    {
      '@type': 'Organization',
      '@id': 'urn:org:tvv',
      name: 'Thüringer Volkshochschulverband',
      additionalType: 'adult-education',
      parentOrganization: 'urn:org:loft-th',
    },
    {
      '@type': 'Course',
      '@id': 'urn:offer:thami-plus-2024',
      name: 'ThAMI plus – In Thüringen anerkannte*r Migrations- und Integrationsberater*in',
      abstract: 'Berufsbegleitende Qualifizierung für die migrationsspezifische Betreuung und Beratung.',
      provider: 'urn:org:loft-th',
      contributor: [{ '@id': 'urn:org:tvv', roleName: 'Kooperationspartner' }],
      about: ['migration-counselling', 'asylum-law', 'counselling-methods'],
      audience: [
        { '@type': 'Audience', audienceType: 'professionals' },
        { '@type': 'Audience', audienceType: 'migrant-organisations' },
      ],
      inLanguage: ['de'],
      educationalCredentialAwarded: {
        '@type': 'EducationalOccupationalCredential',
        name: 'ThAMI plus-Zertifikat',
        recognizedBy: 'Thüringer Ministerium für Migration, Justiz und Verbraucherschutz',
        legalBasis: 'Ziffer 3 Satz 2 der Anlage 2 zu § 2 Abs. 1 ThürGUSVO',
      },
      hasPart: [{ '@type': 'Course', position: 1, name: 'Modul 1', provider: 'urn:org:tvv' }],
      hasCourseInstance: [
        {
          '@type': 'CourseInstance',
          courseMode: 'blended',
          startDate: '2024-08-01',
          endDate: '2024-12-10',
          location: {
            '@type': 'Place',
            address: { '@type': 'PostalAddress', postalCode: '99084', addressLocality: 'Erfurt' },
          },
          offers: { '@type': 'Offer', availabilityEnds: '2024-06-14' },
        },
      ],
    },
  ],
};

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);
const courseOf = (doc: typeof SPEC_EXAMPLE) =>
  doc['@graph'][2] as Json & { hasCourseInstance: Json[]; hasPart: Json[] };
const instanceOf = (doc: typeof SPEC_EXAMPLE) => courseOf(doc).hasCourseInstance[0];
const INSTANCE_PATH = '$["@graph"][2].hasCourseInstance[0]';

/** The example with one CourseInstance changed. */
function withInstance(change: (instance: Json) => void): typeof SPEC_EXAMPLE {
  const doc = clone(SPEC_EXAMPLE);
  change(instanceOf(doc));
  return doc;
}

const summary = (issues: Issue[]) => issues.map((i) => `${i.rule}/${i.type} ${i.path}`);

// Offline guard. The validator's only HTTP client is axios (node http → net.Socket#connect).
// jsonld's own loader (@digitalbazaar/http-client) is never used: expandOffline passes its own,
// and under jest the built-in one fails anyway (its dynamic import of ky needs
// --experimental-vm-modules).
const networkAttempts: string[] = [];
const originalConnect = net.Socket.prototype.connect;
let fetchSpy: jest.SpyInstance | undefined;
beforeAll(() => {
  net.Socket.prototype.connect = function connect(...args: unknown[]): never {
    const target = args[0] as { host?: unknown; port?: unknown; path?: unknown } | undefined;
    const where = `${String(target?.host ?? target?.path ?? args[0])}:${String(target?.port ?? '')}`;
    networkAttempts.push(where);
    throw new Error(`network access in an offline test: ${where}`);
  } as unknown as typeof originalConnect;
  fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    networkAttempts.push(String(input));
    throw new Error(`fetch in an offline test: ${String(input)}`);
  });
});
afterEach(() => {
  expect(networkAttempts).toEqual([]);
});
afterAll(() => {
  net.Socket.prototype.connect = originalConnect;
  fetchSpy?.mockRestore();
});

describe('jsonld expansion with the schema.org context from disk', () => {
  const SCHEMA_IRI = /^https?:\/\/schema\.org\/[A-Za-z0-9]+$/;

  function propertyIris(value: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(value)) value.forEach((v) => propertyIris(v, out));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (!key.startsWith('@')) out.add(key);
        propertyIris(child, out);
      }
    }
    return out;
  }

  it('expands the spec example to schema.org IRIs, dropping nothing', async () => {
    const expanded = (await expandOffline(SPEC_EXAMPLE)) as Json[];
    expect(expanded).toHaveLength(3);

    const course = expanded.find((n) => n['@id'] === 'urn:offer:thami-plus-2024') as Json;
    expect(course['@type']).toEqual(['http://schema.org/Course']);
    expect(course['http://schema.org/name']).toEqual([{ '@value': SPEC_EXAMPLE['@graph'][2].name }]);
    const [instance] = course['http://schema.org/hasCourseInstance'] as Json[];
    expect(instance['@type']).toEqual(['http://schema.org/CourseInstance']);
    // The schema.org context types dates (coerces startDate/endDate/availabilityEnds to schema:Date).
    expect(instance['http://schema.org/startDate']).toEqual([
      { '@type': 'http://schema.org/Date', '@value': '2024-08-01' },
    ]);
    expect(instance['http://schema.org/endDate']).toEqual([
      { '@type': 'http://schema.org/Date', '@value': '2024-12-10' },
    ]);
    expect(instance['http://schema.org/courseMode']).toEqual([{ '@value': 'blended' }]);
    const [offer] = instance['http://schema.org/offers'] as Json[];
    expect(offer['http://schema.org/availabilityEnds']).toEqual([
      { '@type': 'http://schema.org/Date', '@value': '2024-06-14' },
    ]);
    const [place] = instance['http://schema.org/location'] as Json[];
    const [address] = place['http://schema.org/address'] as Json[];
    expect(address['http://schema.org/postalCode']).toEqual([{ '@value': '99084' }]);

    // Every property of the profile is a schema.org IRI; counting them shows none was dropped.
    const iris = [...propertyIris(expanded)];
    expect(iris.filter((iri) => !SCHEMA_IRI.test(iri))).toEqual([]);
    expect(iris).toEqual(
      expect.arrayContaining(
        [
          'name',
          'abstract',
          'provider',
          'contributor',
          'roleName',
          'about',
          'audience',
          'audienceType',
          'inLanguage',
        ]
          .concat([
            'educationalCredentialAwarded',
            'recognizedBy',
            'hasPart',
            'position',
            'parentOrganization',
            'areaServed',
          ])
          .map((term) => `http://schema.org/${term}`),
      ),
    );
  });

  it('serves the context for the usual spellings of the schema.org URL', async () => {
    for (const context of [
      'https://schema.org',
      'https://schema.org/',
      'http://schema.org',
      'http://schema.org/',
      'https://schema.org/docs/jsonldcontext.jsonld',
    ]) {
      const [node] = (await expandOffline({ '@context': context, '@type': 'Course', name: 'X' })) as Json[];
      expect(node['http://schema.org/name']).toEqual([{ '@value': 'X' }]);
    }
    // Built from the vocabulary: coercions as schema.org's own context has them.
    const context = schemaOrgContextDocument()['@context'];
    expect(context['@vocab']).toBe('http://schema.org/');
    expect(context['url']).toEqual({ '@id': 'schema:url', '@type': '@id' });
    expect(context['startDate']).toEqual({ '@id': 'schema:startDate', '@type': 'Date' });
    expect(context['name']).toEqual({ '@id': 'schema:name' });
  });

  it('links by { "@id" } only: a bare string reference is a text value in JSON-LD', async () => {
    const [bare, linked] = (await expandOffline({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Course', '@id': 'urn:offer:a', provider: 'urn:org:loft-th' },
        { '@type': 'Course', '@id': 'urn:offer:b', provider: { '@id': 'urn:org:loft-th' } },
      ],
    })) as Json[];
    expect(bare['http://schema.org/provider']).toEqual([{ '@value': 'urn:org:loft-th' }]);
    expect(linked['http://schema.org/provider']).toEqual([{ '@id': 'urn:org:loft-th' }]);
  });

  it('refuses any other remote context instead of fetching it', async () => {
    for (const context of [
      'https://example.org/contexts/offers.jsonld',
      ['https://schema.org', 'https://openactive.io/'],
      { '@import': 'https://example.org/extra.jsonld', '@vocab': 'http://schema.org/' },
    ]) {
      const refused = expandOffline({ '@context': context, '@type': 'Course', name: 'X' });
      await expect(refused).rejects.toBeInstanceOf(RemoteDocumentRefusedError);
      await expect(refused).rejects.toThrow(/refused https:\/\/(example|openactive)\.(org|io)\//);
    }
  });
});

describe('OpenActive data model validator (RPDEFeed mode, offline)', () => {
  it('finds no errors in the spec example; what it tolerates is the documented list', async () => {
    const report = await validateCourseInstances(SPEC_EXAMPLE);
    expect(summary(report.errors)).toEqual([]);
    expect(summary(report.warnings)).toEqual([]);
    // Schema.org properties outside OpenActive's model are noted, not checked, by the validator.
    expect(report.notices.map((n) => n.property)).toEqual([
      'educationalCredentialAwarded',
      'courseMode',
      'availabilityEnds',
    ]);

    const known = new Set(TOLERATIONS.map((t) => t.id));
    for (const issue of report.tolerated) {
      expect(known.has(issue.toleration)).toBe(true);
      const toleration = TOLERATIONS.find((t) => t.id === issue.toleration);
      expect([issue.rule, issue.type]).toEqual([toleration?.rule, toleration?.type]);
    }
    // The validator really ran over both node types.
    expect(new Set(report.tolerated.map((i) => i.nodeType))).toEqual(new Set(['Course', 'CourseInstance']));
    expect(
      report.tolerated
        .filter((i) => i.toleration === 'course-instance-opportunity-fields')
        .map((i) => i.property),
    ).toEqual(['id', 'url', 'name', 'activity', 'organizer']);
  });

  it('reports malformed CourseInstance values as errors naming node and property', async () => {
    const report = await validateCourseInstances(
      withInstance((instance) => {
        instance['startDate'] = '31.12.2024';
        instance['maximumAttendeeCapacity'] = 'viele';
        instance['courseMode'] = 'hybrid';
      }),
    );
    expect(summary(report.errors).sort()).toEqual(
      [
        `DateFormatRule/invalid_format ${INSTANCE_PATH}.startDate`,
        `FieldsCorrectTypeRule/invalid_type ${INSTANCE_PATH}.maximumAttendeeCapacity`,
        `FieldsCorrectTypeRule/invalid_type ${INSTANCE_PATH}.startDate`,
        `KnotenpunktProfileRule/field_not_in_defined_values ${INSTANCE_PATH}.courseMode`,
      ].sort(),
    );
    for (const error of report.errors) {
      expect(error).toMatchObject({
        severity: 'failure',
        nodeType: 'CourseInstance',
        nodeId: 'urn:offer:thami-plus-2024',
      });
      expect(['startDate', 'maximumAttendeeCapacity', 'courseMode']).toContain(error.property);
      expect(error.message).not.toBe('');
    }
    expect(report.errors.find((e) => e.property === 'maximumAttendeeCapacity')?.value).toBe('viele');
  });

  it.each<[string, (instance: Json) => void, string[]]>([
    [
      'end before start',
      (i) => Object.assign(i, { startDate: '2024-12-10', endDate: '2024-08-01' }),
      ['EndBeforeStartRule/start_date_after_end_date .startDate'],
    ],
    [
      'impossible date-time',
      (i) => Object.assign(i, { startDate: '2024-13-01T09:00' }),
      ['FieldsCorrectTypeRule/invalid_type .startDate', 'DateFormatRule/invalid_format .startDate'],
    ],
    ['no startDate', (i) => delete i['startDate'], ['RequiredFieldsRule/missing_required_field .startDate']],
    ['no location', (i) => delete i['location'], ['RequiredFieldsRule/missing_required_field .location']],
    [
      'fractional capacity',
      (i) => Object.assign(i, { maximumAttendeeCapacity: 2.5 }),
      ['FieldsCorrectTypeRule/invalid_type .maximumAttendeeCapacity'],
    ],
    [
      'geo out of range',
      (i) =>
        Object.assign(i.location as Json, {
          geo: { '@type': 'GeoCoordinates', latitude: 'Erfurt', longitude: 200.123 },
        }),
      [
        'FieldsCorrectTypeRule/invalid_type .location.geo.latitude',
        'LatLongFormatRule/invalid_format .location.geo.latitude',
        'LatLongFormatRule/invalid_format .location.geo.longitude',
      ],
    ],
    [
      'registration deadline not a date',
      (i) => Object.assign(i.offers as Json, { availabilityEnds: 'morgen' }),
      ['KnotenpunktProfileRule/invalid_format .offers.availabilityEnds'],
    ],
    [
      'price and currency malformed',
      (i) => Object.assign(i.offers as Json, { price: 'gratis', priceCurrency: 'Euro' }),
      [
        'FieldsCorrectTypeRule/invalid_type .offers.price',
        'CurrencyCodeFormatRule/invalid_format .offers.priceCurrency',
      ],
    ],
    [
      'schedule not ISO 8601 / RRULE',
      (i) =>
        Object.assign(i, {
          courseSchedule: { '@type': 'Schedule', repeatFrequency: 'wöchentlich', byDay: ['Montag'] },
        }),
      [
        'FieldsCorrectTypeRule/invalid_type .courseSchedule.repeatFrequency',
        'DurationFormatRule/invalid_format .courseSchedule.repeatFrequency',
        'RruleFormatRule/invalid_format .courseSchedule.byDay',
      ],
    ],
    [
      'empty string',
      (i) => Object.assign(i, { description: '' }),
      ['NoEmptyValuesRule/field_is_empty .description'],
    ],
    [
      'HTML in plain text',
      (i) => Object.assign(i, { description: '<p>Kurs</p>' }),
      ['NoHtmlRule/no_html .description'],
    ],
    [
      'misspelt property',
      (i) => Object.assign(i, { startdate: '2024-08-01' }),
      ['FieldsNotInModelRule/field_not_in_spec .startdate'],
    ],
  ])('catches %s', async (_name, change, expected) => {
    const report = await validateCourseInstances(withInstance(change));
    expect(summary(report.errors).sort()).toEqual(
      expected.map((e) => e.replace(' .', ` ${INSTANCE_PATH}.`)).sort(),
    );
  });

  it('accepts what the profile allows and OpenActive does not: date-times, online and blended locations, schedules', async () => {
    const report = await validateCourseInstances(
      withInstance((instance) => {
        Object.assign(instance, {
          '@id': 'urn:session:thami-2024-1',
          startDate: '2024-08-01T09:00:00+02:00',
          endDate: '2024-12-10T16:30',
          location: [
            {
              '@type': 'Place',
              address: { '@type': 'PostalAddress', postalCode: '99084' },
              geo: { '@type': 'GeoCoordinates', latitude: 50.9787, longitude: 11.0328 },
            },
            { '@type': 'VirtualLocation', url: 'https://meet.example.org/thami' },
          ],
          maximumAttendeeCapacity: 20,
          courseSchedule: {
            '@type': 'Schedule',
            repeatFrequency: 'P1W',
            byDay: ['https://schema.org/Monday'],
          },
          instructor: [{ '@type': 'Person', name: 'Dana Beispiel' }],
        });
      }),
    );
    expect(summary(report.errors)).toEqual([]);
    expect(summary(report.warnings)).toEqual([]);
    const tolerations = new Set(report.tolerated.map((i) => i.toleration));
    for (const id of ['instance-date-time', 'instance-date-time-format', 'virtual-location', 'urn-id'])
      expect(tolerations).toContain(id);
  });

  it('checks Course nodes too: misspelt properties and malformed values are errors', async () => {
    const doc = clone(SPEC_EXAMPLE);
    Object.assign(courseOf(doc), {
      descripton: 'Tippfehler',
      url: 'keine Adresse',
      name: '',
      startDate: '2024-08-01',
    });
    courseOf(doc).hasPart[0]['nmae'] = 'Modul 1';
    const report = await validateCourseInstances(doc);
    expect(summary(report.errors).sort()).toEqual(
      [
        'FieldsCorrectTypeRule/invalid_type $["@graph"][2].url',
        'FieldsNotInModelRule/field_not_in_spec $["@graph"][2].descripton',
        'FieldsNotInModelRule/field_not_in_spec $["@graph"][2].startDate',
        'FieldsNotInModelRule/field_not_in_spec $["@graph"][2].hasPart[0].nmae',
        'NoEmptyValuesRule/field_is_empty $["@graph"][2].name',
      ].sort(),
    );
    expect(
      report.errors.every((e) => e.nodeType === 'Course' && e.nodeId === 'urn:offer:thami-plus-2024'),
    ).toBe(true);
  });

  it('needs the @context', async () => {
    const { '@context': _dropped, ...withoutContext } = SPEC_EXAMPLE;
    const report = await validateCourseInstances(withoutContext);
    expect(summary(report.errors)).toEqual([
      'ContextInRootNodeRule/missing_required_field $["@graph"][2]["@context"]',
      `ContextInRootNodeRule/missing_required_field ${INSTANCE_PATH}["@context"]`,
    ]);
  });
});

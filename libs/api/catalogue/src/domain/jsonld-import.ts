import type { ImportIssue, OfferInputRequest, PartnerInput, TenantType, ValidationMessageKey } from '@knotenpunkt/shared/contracts';
import { tenantTypes } from '@knotenpunkt/shared/contracts';
import { enumMember, isObject, list, literal, ref, text, texts, typesOf, type JsonObject } from './jsonld-values';

const ORGANISATION_TYPES = ['Organization', 'EducationalOrganization', 'NGO', 'GovernmentOrganization', 'CollegeOrUniversity', 'Corporation', 'LocalBusiness'];

/** Properties of our profile per node type; anything else is reported as ignored (warning). */
const KNOWN = {
  organisation: new Set(['@id', '@type', 'name', 'additionalType', 'description', 'url', 'email', 'telephone', 'address', 'areaServed', 'parentOrganization', 'knowsAbout', 'logo', 'contactPoint']),
  course: new Set(['@id', '@type', 'name', 'additionalType', 'description', 'abstract', 'disambiguatingDescription', 'provider', 'contributor', 'funder', 'about', 'audience', 'inLanguage', 'isAccessibleForFree', 'offers', 'educationalCredentialAwarded', 'coursePrerequisites', 'hasPart', 'hasCourseInstance', 'url', 'accountablePerson', 'subjectOf']),
  module: new Set(['@id', '@type', 'name', 'description', 'provider', 'position', 'hasCourseInstance']),
  session: new Set(['@id', '@type', 'courseMode', 'startDate', 'endDate', 'location', 'maximumAttendeeCapacity', 'remainingAttendeeCapacity', 'offers', 'courseSchedule', 'instructor']),
};

/** An offer as read from the file: partners still named by their `@id`. */
export interface ImportedOffer {
  node: string;
  title: string;
  /** Raw input for offerInputSchema; partnerId fields hold partner `@id`s until resolved. */
  input: OfferInputRequest;
  /** zod path prefix (e.g. "sessions.2") → JSON-LD path (e.g. "hasPart[0].hasCourseInstance[1]"). */
  paths: Map<string, string>;
}

export interface ImportedGraph {
  /** `@id` of the importing organisation's own node, if one was found. */
  ownNode: string | null;
  partners: { node: string; input: PartnerInput }[];
  offers: ImportedOffer[];
  issues: ImportIssue[];
}

type Issue = Omit<ImportIssue, 'message'> & { message: ValidationMessageKey | string };

function issue(severity: 'error' | 'warning', node: string, property: string | null, message: ValidationMessageKey): Issue {
  return { severity, node, property, message };
}

/**
 * Reads an offer-exchange document (shared/spec/offer-exchange.md) into offer inputs. Pure: no
 * database. Structural problems become issues naming the node and property; field rules (dates,
 * codes, capacities …) are checked afterwards by offerInputSchema, whose paths `paths` maps back.
 *
 * `knownOwnNode`: the organisation's `@id` from an earlier import, if any.
 */
export function readExchangeDocument(doc: unknown, knownOwnNode: string | null): ImportedGraph {
  const issues: Issue[] = [];
  const result: ImportedGraph = { ownNode: null, partners: [], offers: [], issues: issues as ImportIssue[] };
  if (!isObject(doc) || !Array.isArray(doc['@graph']) || !isSchemaOrgContext(doc['@context'])) {
    issues.push(issue('error', '(document)', null, 'catalogue.import.graph'));
    return result;
  }
  const nodes = new Map<string, JsonObject>();
  const organisations: JsonObject[] = [];
  const courses: JsonObject[] = [];
  doc['@graph'].forEach((node, index) => {
    if (!isObject(node)) {
      issues.push(issue('error', `@graph[${index}]`, null, 'catalogue.import.type'));
      return;
    }
    const id = typeof node['@id'] === 'string' ? node['@id'] : null;
    if (!id) {
      issues.push(issue('error', `@graph[${index}]`, '@id', 'catalogue.import.idMissing'));
      return;
    }
    if (nodes.has(id)) {
      issues.push(issue('error', id, '@id', 'catalogue.import.idDuplicate'));
      return;
    }
    nodes.set(id, node);
    const types = typesOf(node);
    if (types.some((t) => ORGANISATION_TYPES.includes(t))) organisations.push(node);
    else if (types.includes('Course')) courses.push(node);
    else issues.push(issue('warning', id, '@type', 'catalogue.import.type'));
  });

  // The own organisation: the known one, else the single provider of every course.
  const providers = new Set(courses.flatMap((c) => list(c['provider']).map(ref).filter((r): r is string => r !== null)));
  const own = knownOwnNode ? (providers.has(knownOwnNode) || nodes.has(knownOwnNode) ? knownOwnNode : null) : providers.size === 1 ? ([...providers][0] ?? null) : null;
  result.ownNode = own ?? knownOwnNode;
  const ownId = own;

  const usedAsPartner = new Set<string>();
  for (const course of courses) {
    const id = course['@id'] as string;
    const courseProviders = list(course['provider']).map(ref);
    if (courseProviders.length !== 1 || courseProviders[0] !== ownId) {
      issues.push(issue('error', id, 'provider', 'catalogue.import.provider'));
      continue;
    }
    const offer = readCourse(course, nodes, issues);
    for (const p of offer.input.partners ?? []) usedAsPartner.add(p.partnerId);
    for (const m of offer.input.modules ?? []) if (m.partnerId) usedAsPartner.add(m.partnerId);
    result.offers.push(offer);
  }

  for (const org of organisations) {
    const id = org['@id'] as string;
    warnUnknown(org, KNOWN.organisation, id, '', issues);
    if (id === ownId || !usedAsPartner.has(id)) continue;
    const type = text(org['additionalType']);
    const name = text(org['name']);
    if (type !== null && !(tenantTypes as readonly string[]).includes(type)) issues.push(issue('error', id, 'additionalType', 'catalogue.import.type'));
    result.partners.push({
      node: id,
      input: {
        externalId: id,
        name: name ?? '',
        type: (tenantTypes as readonly string[]).includes(type ?? '') ? (type as TenantType) : 'other',
        url: text(org['url']),
        email: text(org['email']),
        phone: text(org['telephone']),
      },
    });
  }
  return result;
}

function isSchemaOrgContext(context: unknown): boolean {
  return list(context).some((c) => typeof c === 'string' && /^https?:\/\/schema\.org\/?$/.test(c));
}

function warnUnknown(node: JsonObject, known: Set<string>, nodeId: string, prefix: string, issues: Issue[]): void {
  for (const property of Object.keys(node)) if (!known.has(property)) issues.push(issue('warning', nodeId, `${prefix}${property}`, 'catalogue.import.ignored'));
}

function readCourse(course: JsonObject, nodes: Map<string, JsonObject>, issues: Issue[]): ImportedOffer {
  const id = course['@id'] as string;
  const paths = new Map<string, string>();
  warnUnknown(course, KNOWN.course, id, '', issues);
  const offersNode = list(course['offers']).find(isObject) ?? {};
  const credential = list(course['educationalCredentialAwarded']).find(isObject);
  const person = list(course['accountablePerson']).find(isObject);
  const nameOf = (value: unknown) => {
    const r = ref(value);
    const target = r !== null ? nodes.get(r) : undefined;
    return target ? text(target['name']) : text(value);
  };

  const modules = list(course['hasPart'])
    .filter(isObject)
    .map((m, index) => ({ node: m, index, position: Number(literal(m['position']) ?? index + 1) }))
    .sort((a, b) => (Number.isFinite(a.position) ? a.position : a.index + 1) - (Number.isFinite(b.position) ? b.position : b.index + 1) || a.index - b.index);

  const sessions: OfferInputRequest['sessions'] = [];
  const readSessions = (holder: JsonObject, holderPath: string, modulePosition: number | null) => {
    list(holder['hasCourseInstance']).forEach((instance, i) => {
      const path = `${holderPath}hasCourseInstance[${i}]`;
      if (!isObject(instance)) return;
      warnUnknown(instance, KNOWN.session, id, `${path}.`, issues);
      paths.set(`sessions.${sessions?.length ?? 0}`, path);
      sessions?.push(readSession(instance, modulePosition, id, path, issues));
    });
  };
  readSessions(course, '', null);

  const moduleInputs = modules.map(({ node, index }, position) => {
    const path = `hasPart[${index}]`;
    paths.set(`modules.${position}`, path);
    warnUnknown(node, KNOWN.module, id, `${path}.`, issues);
    const provider = ref(node['provider']);
    const partnerId = provider !== null && provider !== ref(course['provider']) ? provider : null;
    if (partnerId !== null && !nodes.has(partnerId)) issues.push(issue('error', id, `${path}.provider`, 'catalogue.import.reference'));
    readSessions(node, `${path}.`, position + 1);
    return { externalId: typeof node['@id'] === 'string' ? node['@id'] : null, title: text(node['name']) ?? '', description: text(node['description']), partnerId };
  });

  const partners = list(course['contributor']).flatMap((c, i) => {
    const partner = ref(c);
    if (partner === null || !nodes.has(partner)) {
      issues.push(issue('error', id, `contributor[${i}]`, 'catalogue.import.reference'));
      return [];
    }
    paths.set(`partners.${i}`, `contributor[${i}]`);
    return [{ partnerId: partner, role: (isObject(c) ? text(c['roleName']) : null) ?? 'Kooperationspartner' }];
  });

  const price = literal(offersNode['price']);
  const amount = price === undefined || price === null || price === '' ? null : typeof price === 'number' ? price : /^\d+([.,]\d{1,2})?$/.test(String(price)) ? Number(String(price).replace(',', '.')) : Number.NaN;
  if (Number.isNaN(amount)) issues.push(issue('error', id, 'offers.price', 'catalogue.import.price'));
  const free = literal(course['isAccessibleForFree']);
  if (free !== undefined && typeof free !== 'boolean') issues.push(issue('error', id, 'isAccessibleForFree', 'catalogue.import.boolean'));

  const input: OfferInputRequest = {
    kind: (text(course['additionalType']) ?? (modules.length > 0 ? 'programme' : 'course')) as OfferInputRequest['kind'],
    title: text(course['name']) ?? '',
    abstract: text(course['abstract']),
    plainLanguageSummary: text(course['disambiguatingDescription']),
    description: text(course['description']),
    topics: texts(course['about']) as OfferInputRequest['topics'],
    audiences: list(course['audience']).map((a) => (isObject(a) ? text(a['audienceType']) : text(a))).filter((a): a is string => a !== null) as OfferInputRequest['audiences'],
    languages: list(course['inLanguage']).length ? texts(course['inLanguage']) : ['de'],
    prerequisites: texts(course['coursePrerequisites']).join('\n\n') || null,
    admissionRules: text(offersNode['description']),
    price: {
      amount: Number.isNaN(amount) ? null : amount,
      currency: 'EUR',
      isFree: free === true,
      freeFor: texts(offersNode['eligibleCustomerType']).map(enumMember) as NonNullable<OfferInputRequest['price']>['freeFor'],
    },
    certificate: credential
      ? { name: text(credential['name']) ?? '', issuer: nameOf(credential['publisher']), recognisedBy: nameOf(credential['recognizedBy']), legalBasis: text(credential['legalBasis']) }
      : null,
    funders: list(course['funder']).map(nameOf).filter((f): f is string => f !== null),
    partners,
    contact: person ? { name: text(person['name']), email: text(person['email']), phone: text(person['telephone']) } : null,
    url: text(course['url']),
    links: list(course['subjectOf'])
      .filter(isObject)
      .map((l) => ({ label: text(l['name']) ?? text(l['url']) ?? '', url: text(l['url']) ?? '' })),
    modules: moduleInputs,
    sessions,
  };
  return { node: id, title: input.title, input, paths };
}

function readSession(instance: JsonObject, modulePosition: number | null, courseId: string, path: string, issues: Issue[]): NonNullable<OfferInputRequest['sessions']>[number] {
  const locations = list(instance['location']).filter(isObject);
  const place = locations.find((l) => typesOf(l).includes('Place') || isObject(l['address']));
  const virtual = locations.find((l) => typesOf(l).includes('VirtualLocation'));
  const address = place && isObject(place['address']) ? place['address'] : place && Array.isArray(place['address']) ? (place['address'].find(isObject) ?? null) : null;
  const geo = place && isObject(place['geo']) ? place['geo'] : null;
  const offers = list(instance['offers']).find(isObject);
  const schedule = list(instance['courseSchedule']).find(isObject);
  const num = (value: unknown, property: string) => {
    const v = literal(value);
    if (v === undefined || v === null) return null;
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
    issues.push(issue('error', courseId, `${path}.${property}`, 'catalogue.capacity.positive'));
    return null;
  };
  const sessionId = typeof instance['@id'] === 'string' ? instance['@id'] : null;
  return {
    externalId: sessionId,
    modulePosition,
    startsAt: literal(instance['startDate']) as string,
    endsAt: (literal(instance['endDate']) ?? literal(instance['startDate'])) as string,
    mode: (text(instance['courseMode']) ?? (place ? 'onsite' : 'online')) as 'onsite',
    venue: place
      ? {
          name: text(place['name']),
          street: address ? text(address['streetAddress']) : null,
          postalCode: address ? text(address['postalCode']) : null,
          locality: address ? text(address['addressLocality']) : null,
          lat: geo ? (Number(literal(geo['latitude'])) as number) : null,
          lon: geo ? (Number(literal(geo['longitude'])) as number) : null,
        }
      : null,
    onlineUrl: virtual ? text(virtual['url']) : null,
    capacity: num(instance['maximumAttendeeCapacity'], 'maximumAttendeeCapacity'),
    freePlaces: num(instance['remainingAttendeeCapacity'], 'remainingAttendeeCapacity'),
    registrationDeadline: offers ? ((literal(offers['availabilityEnds']) as string | undefined) ?? null) : null,
    schedule: schedule
      ? {
          repeatFrequency: text(schedule['repeatFrequency']),
          byDay: texts(schedule['byDay']).map(enumMember) as ('Monday' | 'Tuesday')[],
          text: text(schedule['description']),
        }
      : null,
    instructors: texts(instance['instructor']),
  };
}

/** Offer-input field → exchange property, for messages that name the property of the file. */
const FIELD_PROPERTIES: Record<string, string> = {
  kind: 'additionalType', title: 'name', abstract: 'abstract', plainLanguageSummary: 'disambiguatingDescription', description: 'description',
  topics: 'about', audiences: 'audience', languages: 'inLanguage', prerequisites: 'coursePrerequisites', admissionRules: 'offers.description',
  'price.amount': 'offers.price', 'price.freeFor': 'offers.eligibleCustomerType', 'price.isFree': 'isAccessibleForFree',
  'certificate.name': 'educationalCredentialAwarded.name', 'certificate.issuer': 'educationalCredentialAwarded.publisher',
  'certificate.recognisedBy': 'educationalCredentialAwarded.recognizedBy', 'certificate.legalBasis': 'educationalCredentialAwarded.legalBasis',
  funders: 'funder', 'contact.name': 'accountablePerson.name', 'contact.email': 'accountablePerson.email', 'contact.phone': 'accountablePerson.telephone',
  url: 'url', links: 'subjectOf', modules: 'hasPart', sessions: 'hasCourseInstance', partners: 'contributor',
};
const SESSION_PROPERTIES: Record<string, string> = {
  startsAt: 'startDate', endsAt: 'endDate', mode: 'courseMode', 'venue.postalCode': 'location.address.postalCode', 'venue.street': 'location.address.streetAddress',
  'venue.locality': 'location.address.addressLocality', 'venue.name': 'location.name', 'venue.lat': 'location.geo.latitude', 'venue.lon': 'location.geo.longitude', venue: 'location',
  onlineUrl: 'location.url', capacity: 'maximumAttendeeCapacity', freePlaces: 'remainingAttendeeCapacity', registrationDeadline: 'offers.availabilityEnds',
  'schedule.repeatFrequency': 'courseSchedule.repeatFrequency', 'schedule.byDay': 'courseSchedule.byDay', 'schedule.text': 'courseSchedule.description',
  instructors: 'instructor', externalId: '@id', modulePosition: 'position',
};
const MODULE_PROPERTIES: Record<string, string> = { title: 'name', description: 'description', partnerId: 'provider', externalId: '@id' };

/** Maps an offerInputSchema issue path to the property of the exchange file it came from. */
export function exchangePropertyOf(offer: Pick<ImportedOffer, 'paths'>, path: readonly PropertyKey[]): string {
  return exchangePath(offer, path).replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function exchangePath(offer: Pick<ImportedOffer, 'paths'>, path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path.map(String);
  const inner = (table: Record<string, string>, parts: string[]) => {
    for (let n = parts.length; n > 0; n--) {
      const hit = table[parts.slice(0, n).join('.')];
      if (hit) return [hit, ...parts.slice(n)].join('.');
    }
    return parts.join('.');
  };
  if ((head === 'sessions' || head === 'modules' || head === 'partners') && index !== undefined && /^\d+$/.test(index)) {
    const base = offer.paths.get(`${head}.${index}`) ?? `${FIELD_PROPERTIES[head]}[${index}]`;
    if (rest.length === 0) return base;
    return `${base}.${inner(head === 'sessions' ? SESSION_PROPERTIES : head === 'modules' ? MODULE_PROPERTIES : { role: 'roleName', partnerId: '@id' }, rest)}`;
  }
  return inner(FIELD_PROPERTIES, [head ?? '', ...(index !== undefined ? [index] : []), ...rest].filter((p) => p !== ''));
}

import type { Offer, PartnerOrganisation, Session } from '@knotenpunkt/shared/contracts';

type Node = Record<string, unknown>;

export interface ExportedOrganisation {
  externalId: string;
  name: string;
  type: string;
  description: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
  address: { street: string | null; postalCode: string; locality: string | null } | null;
  serviceAreas: string[];
  topics: string[];
  parentExternalId: string | null;
  logoUrl: string | null;
}

/** Drops null, undefined and empty lists, so the file says only what is known. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function postalAddress(a: { street: string | null; postalCode: string | null; locality: string | null }): Node {
  return compact({ '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postalCode, addressLocality: a.locality });
}

export function organisationNode(org: ExportedOrganisation): Node {
  return compact({
    '@type': 'Organization',
    '@id': org.externalId,
    name: org.name,
    additionalType: org.type,
    description: org.description,
    url: org.url,
    email: org.email,
    telephone: org.phone,
    logo: org.logoUrl,
    address: org.address ? postalAddress(org.address) : null,
    areaServed: org.serviceAreas.map((key) => ({ '@type': 'AdministrativeArea', identifier: key })),
    knowsAbout: org.topics,
    parentOrganization: org.parentExternalId ? { '@id': org.parentExternalId } : null,
  });
}

function partnerNode(p: PartnerOrganisation): Node {
  return compact({ '@type': 'Organization', '@id': p.externalId, name: p.name, additionalType: p.type, url: p.url, email: p.email, telephone: p.phone });
}

function sessionNode(s: Session): Node {
  const place = s.venue?.postalCode
    ? compact({
        '@type': 'Place',
        name: s.venue.name,
        address: postalAddress(s.venue),
        geo: s.venue.lat !== null && s.venue.lon !== null ? { '@type': 'GeoCoordinates', latitude: s.venue.lat, longitude: s.venue.lon } : null,
      })
    : null;
  const virtual = s.onlineUrl ? { '@type': 'VirtualLocation', url: s.onlineUrl } : null;
  const locations = [place, virtual].filter((l): l is Node => l !== null);
  return compact({
    '@type': 'CourseInstance',
    '@id': s.externalId,
    courseMode: s.mode,
    startDate: s.startsAt,
    endDate: s.endsAt,
    location: locations.length === 1 ? locations[0] : locations,
    maximumAttendeeCapacity: s.capacity,
    remainingAttendeeCapacity: s.freePlaces,
    offers: s.registrationDeadline ? { '@type': 'Offer', availabilityEnds: s.registrationDeadline } : null,
    courseSchedule: s.schedule
      ? compact({ '@type': 'Schedule', repeatFrequency: s.schedule.repeatFrequency, byDay: s.schedule.byDay.map((d) => `https://schema.org/${d}`), description: s.schedule.text })
      : null,
    instructor: s.instructors.map((name) => ({ '@type': 'Person', name })),
  });
}

/** One offer as a schema.org Course; `providerId` is the `@id` of the organisation's own node. */
export function courseNode(offer: Offer, providerId: string): Node {
  const price = offer.price;
  const offerTerms = compact({
    '@type': 'Offer',
    price: price.amount,
    priceCurrency: price.amount !== null ? price.currency : null,
    eligibleCustomerType: price.freeFor,
    description: offer.admissionRules,
  });
  return compact({
    '@type': 'Course',
    '@id': offer.externalId,
    name: offer.title,
    additionalType: offer.kind,
    abstract: offer.abstract,
    disambiguatingDescription: offer.plainLanguageSummary,
    description: offer.description,
    provider: { '@id': providerId },
    contributor: offer.partners.map((p) => ({ '@id': p.externalId, roleName: p.role })),
    funder: offer.funders,
    about: offer.topics,
    audience: offer.audiences.map((a) => ({ '@type': 'Audience', audienceType: a })),
    inLanguage: offer.languages,
    isAccessibleForFree: price.isFree,
    offers: Object.keys(offerTerms).length > 1 ? offerTerms : null,
    educationalCredentialAwarded: offer.certificate
      ? compact({
          '@type': 'EducationalOccupationalCredential',
          name: offer.certificate.name,
          publisher: offer.certificate.issuer,
          recognizedBy: offer.certificate.recognisedBy,
          legalBasis: offer.certificate.legalBasis,
        })
      : null,
    coursePrerequisites: offer.prerequisites,
    accountablePerson: offer.contact ? compact({ '@type': 'Person', name: offer.contact.name, email: offer.contact.email, telephone: offer.contact.phone }) : null,
    url: offer.url,
    subjectOf: offer.links.map((l) => ({ '@type': 'WebPage', name: l.label, url: l.url })),
    hasPart: offer.modules.map((m) =>
      compact({
        '@type': 'Course',
        '@id': m.externalId,
        position: m.position,
        name: m.title,
        description: m.description,
        provider: { '@id': m.partner?.externalId ?? providerId },
        hasCourseInstance: offer.sessions.filter((s) => s.modulePosition === m.position).map(sessionNode),
      }),
    ),
    hasCourseInstance: offer.sessions.filter((s) => s.modulePosition === null).map(sessionNode),
  });
}

/**
 * The exchange document of an organisation: its own node, every partner its offers name, and
 * the offers. Importing it again into the same organisation changes nothing.
 */
export function exchangeDocument(own: ExportedOrganisation, offers: Offer[]): Node {
  const partners = new Map<string, PartnerOrganisation>();
  for (const offer of offers) for (const p of [...offer.partners, ...offer.modules.flatMap((m) => (m.partner ? [m.partner] : []))]) partners.set(p.externalId, p);
  return {
    '@context': 'https://schema.org',
    '@graph': [organisationNode(own), ...[...partners.values()].map(partnerNode), ...offers.map((o) => courseNode(o, own.externalId))],
  };
}

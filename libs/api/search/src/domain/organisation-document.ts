import { ancestorKeys } from '@knotenpunkt/shared/geo';
import type { OrganisationProfile } from '@knotenpunkt/shared/contracts';

/** What the search engines know about an organisation (an active tenant with its public profile). */
export interface OrganisationDocument {
  /** The tenant id. */
  id: string;
  name: string;
  type: OrganisationProfile['tenant']['type'];
  /** Weighted text: name and short name (A), topics and audiences (B), description (C), parent and places (D). */
  text: { a: string; b: string; c: string; d: string };
  topics: string[];
  audiences: string[];
  /**
   * Where the organisation is: its service areas and address region, with every region above
   * them. A region filter matches it when the asked region is among these (the organisation
   * works within it) …
   */
  areaKeys: string[];
  /** … or when one of these (service areas, address region) contains the asked region (it covers it). */
  coverKeys: string[];
  laender: string[];
  lat: number | null;
  lon: number | null;
  currentOffers: number;
  profile: OrganisationProfile;
}

const withAncestors = (key: string) => [...ancestorKeys(key), key];

export function organisationDocument(profile: OrganisationProfile, place: { lat: number | null; lon: number | null }, currentOffers: number): OrganisationDocument {
  const own = [...profile.serviceAreas.map((a) => a.key), ...(profile.address?.region ? [profile.address.region.key] : [])];
  const areaKeys = [...new Set(own.flatMap(withAncestors))].sort();
  return {
    id: profile.tenant.id,
    name: profile.tenant.name,
    type: profile.tenant.type,
    text: {
      a: `${profile.tenant.name} ${profile.tenant.slug.replace(/-/g, ' ')}`,
      b: [...profile.topics, ...profile.audiences].join(' '),
      c: profile.description ?? '',
      d: [profile.parent?.name, profile.address?.locality, ...profile.serviceAreas.map((a) => a.name)].filter(Boolean).join(' '),
    },
    topics: profile.topics,
    audiences: profile.audiences,
    areaKeys,
    coverKeys: [...new Set(own)].sort(),
    laender: areaKeys.filter((k) => k.length === 2),
    lat: place.lat,
    lon: place.lon,
    currentOffers,
    profile,
  };
}

/** The keys a region filter compares with `coverKeys`: the region and every region above it. */
export const coveringKeysOf = withAncestors;

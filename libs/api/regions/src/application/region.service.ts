import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  NearbyResponse,
  PostalCodeDetail,
  RegionDetail,
  RegionLevel,
  RegionSuggestion,
} from '@knotenpunkt/shared/contracts';
import { RegionRepository } from '../infra/region.repository';
import { RegionSuggestService } from './region-suggest.service';

const notFound = (what: { de: string; en: string }) => new NotFoundException({ message: what });

@Injectable()
export class RegionService {
  constructor(
    private readonly regions: RegionRepository,
    private readonly suggestions: RegionSuggestService,
  ) {}

  async detail(key: string): Promise<RegionDetail> {
    const region = await this.regions.byKey(key);
    if (!region) throw notFound({ de: `Keine Region mit dem Schlüssel ${key}.`, en: `No region with key ${key}.` });
    const [ancestors, children, postalCodes] = await Promise.all([
      this.regions.ancestors(key),
      this.regions.children(key),
      region.level === 'gemeinde' || region.level === 'gemeindeverband' ? this.regions.postalCodesOf(key) : Promise.resolve([]),
    ]);
    return { ...region, ancestors, children, postalCodes };
  }

  /** Digits search postal codes by prefix (and an exact region key); words search region and place names. */
  async suggest(query: string, limit: number, levels?: RegionLevel[]): Promise<RegionSuggestion[]> {
    const trimmed = query.trim();
    const byKey = /^\d+$/.test(trimmed) && [2, 3, 5, 9, 12].includes(trimmed.length) ? await this.regions.byKey(trimmed) : null;
    const exact: RegionSuggestion[] =
      byKey && (!levels || levels.includes(byKey.level))
        ? [{ kind: 'region', id: byKey.key, label: byKey.label, context: byKey.type, level: byKey.level, centroid: byKey.centroid }]
        : [];
    const found = await this.suggestions.suggest(trimmed, limit, levels);
    return [...exact, ...found].slice(0, limit);
  }

  async postalCode(plz: string): Promise<PostalCodeDetail> {
    const code = await this.regions.postalCode(plz);
    if (!code) throw notFound({ de: `Die PLZ ${plz} ist nicht bekannt.`, en: `Postal code ${plz} is not known.` });
    const [gemeinden, places] = await Promise.all([this.regions.gemeindenOfPostalCode(plz), this.regions.placesOfPostalCode(plz)]);
    return { postalCode: code.plz, locality: code.locality, centroid: { lat: code.lat, lon: code.lon }, gemeinden, places };
  }

  async nearby(query: { plz?: string; lat?: number; lon?: number; radiusKm: number; level: RegionLevel; limit: number }): Promise<NearbyResponse> {
    let center: { lat: number; lon: number };
    if (query.plz) {
      const code = await this.regions.postalCode(query.plz);
      if (!code) throw notFound({ de: `Die PLZ ${query.plz} ist nicht bekannt.`, en: `Postal code ${query.plz} is not known.` });
      center = { lat: code.lat, lon: code.lon };
    } else {
      center = { lat: query.lat as number, lon: query.lon as number };
    }
    const items = await this.regions.within(center, query.radiusKm, query.level, query.limit);
    return { center, radiusKm: query.radiusKm, items };
  }
}

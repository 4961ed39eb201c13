import { Injectable, Logger } from '@nestjs/common';
import type { RegionLevel, RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { SuggestIndex } from '../domain/suggest-index';
import { RegionRepository } from '../infra/region.repository';

/** How stale the in-memory index may get after a new Stand was loaded (one cheap query per period). */
const RECHECK_MS = 30_000;

/**
 * Keeps the autocomplete index in memory and rebuilds it when the loader committed new data
 * (checked at most every 30 s, never on the hot path of more than one request).
 */
@Injectable()
export class RegionSuggestService {
  private readonly logger = new Logger(RegionSuggestService.name);
  private index: Promise<SuggestIndex> | undefined;
  private stamp: string | null = null;
  private checkedAt = 0;

  constructor(private readonly regions: RegionRepository) {}

  async suggest(query: string, limit: number, levels?: RegionLevel[]): Promise<RegionSuggestion[]> {
    return (await this.current()).suggest(query, limit, levels);
  }

  private async current(): Promise<SuggestIndex> {
    const now = Date.now();
    if (this.index && now - this.checkedAt < RECHECK_MS) return this.index;
    this.checkedAt = now;
    const stamp = await this.regions.datasetStamp();
    if (!this.index || stamp !== this.stamp) {
      this.stamp = stamp;
      const building = this.build();
      // Keep answering from the old index while the new one builds.
      building.then(
        () => (this.index = building),
        (error: Error) => this.logger.error({ err: error.message }, 'autocomplete index rebuild failed'),
      );
      if (!this.index) this.index = building;
    }
    return this.index;
  }

  private async build(): Promise<SuggestIndex> {
    const started = performance.now();
    const index = new SuggestIndex(await this.regions.suggestEntries());
    this.logger.log({ entries: index.size, ms: Math.round(performance.now() - started) }, 'autocomplete index built');
    return index;
  }
}

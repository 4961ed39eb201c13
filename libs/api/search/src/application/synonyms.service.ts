import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildThesaurus, defaultSynonymGroups, parseSynonymGroups, type Thesaurus } from '@knotenpunkt/shared/search-text';

const TTL_MS = 30_000;

/** The synonym list: the operator's (table search_synonyms) or the built-in one; cached briefly. */
@Injectable()
export class SynonymsService {
  private cached: { at: number; groups: string[][] } | null = null;
  private built: { groups: string[][]; thesaurus: Thesaurus } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async groups(): Promise<string[][]> {
    if (this.cached && Date.now() - this.cached.at < TTL_MS) return this.cached.groups;
    const rows: { source: string }[] = await this.dataSource.query(`SELECT source FROM search_synonyms WHERE id = 1`);
    const groups = rows[0] ? parseSynonymGroups(rows[0].source).groups : defaultSynonymGroups.map((g) => [...g]);
    this.cached = { at: Date.now(), groups };
    return groups;
  }

  /** The groups as a thesaurus for query analysis, built once per list. */
  async thesaurus(): Promise<Thesaurus> {
    const groups = await this.groups();
    if (this.built?.groups !== groups) this.built = { groups, thesaurus: buildThesaurus(groups) };
    return this.built.thesaurus;
  }

  forget(): void {
    this.cached = null;
  }
}

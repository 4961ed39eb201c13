import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { RequestValidationError, type Principal } from '@knotenpunkt/api/core/http';
import { defaultSynonymGroups, formatSynonymGroups, normaliseSynonymTerm, parseSynonymGroups } from '@knotenpunkt/shared/search-text';
import type { Language } from '@knotenpunkt/shared/contracts';
import { SEARCH_INDEX, type SearchIndex } from '../domain/search-index.port';
import { SearchChanges } from '../infra/search-changes';
import { SynonymsService } from './synonyms.service';

export interface SynonymList {
  source: string;
  groups: string[][];
  /** true: nobody has edited the list yet; the built-in one applies. */
  builtIn: boolean;
  updatedAt: string | null;
}

const MESSAGES: Record<Language, (line: number, message: string) => string> = {
  de: (line, message) => `Zeile ${line}: ${message}`,
  en: (line, message) => `Line ${line}: ${message}`,
};

/** The platform operator edits the synonym list; both engines use it (Meilisearch gets it pushed). */
@Injectable()
export class SynonymsAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly synonyms: SynonymsService,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    private readonly changes: SearchChanges,
  ) {}

  async get(): Promise<SynonymList> {
    const rows: { source: string; updated_at: Date }[] = await this.dataSource.query(`SELECT source, updated_at FROM search_synonyms WHERE id = 1`);
    const row = rows[0];
    if (!row) return { source: formatSynonymGroups(defaultSynonymGroups), groups: defaultSynonymGroups.map((g) => [...g]), builtIn: true, updatedAt: null };
    return { source: row.source, groups: parseSynonymGroups(row.source).groups, builtIn: false, updatedAt: row.updated_at.toISOString() };
  }

  async replace(principal: Principal, source: string, language: Language, meta: { ip: string | null; requestId: string | null }): Promise<SynonymList> {
    const parsed = parseSynonymGroups(source);
    if (parsed.errors.length) {
      throw new RequestValidationError('body', parsed.errors.map((e) => ({ path: 'source', message: MESSAGES[language](e.line, e.message), code: e.code })));
    }
    await runAs(this.dataSource, { platform: true, userId: principal.userId }, async (manager) => {
      await manager.query(
        `INSERT INTO search_synonyms (id, source, updated_by, updated_at) VALUES (1, $1, $2, now())
         ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [source, principal.userId],
      );
      await manager.query(
        `INSERT INTO audit_log (tenant_id, actor_user_id, action, target, details, ip, request_id) VALUES (NULL, $1, 'search.synonyms-updated', 'search:synonyms', $2, $3, $4)`,
        [principal.userId, JSON.stringify({ groups: parsed.groups.length }), meta.ip, meta.requestId],
      );
    });
    this.synonyms.forget();
    await this.index.applySynonyms?.(parsed.groups.map((g) => g.map(normaliseSynonymTerm)));
    // Cached results were computed with the old list.
    await this.changes.announce();
    return this.get();
  }
}

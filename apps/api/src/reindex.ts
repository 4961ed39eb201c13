import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@knotenpunkt/api/core/config';
import { OfferReader, ProfilesRepository } from '@knotenpunkt/api/catalogue';
import { SearchIndexer, searchIndexFor } from '@knotenpunkt/api/search';

/**
 * `node dist/apps/api/reindex.js`: rebuilds the search index from every published offer (and partner search from every active organisation), with
 * progress, on the engine the configuration names (MEILI_URL → Meilisearch, else PostgreSQL).
 * The old index keeps answering until the new one is complete.
 */
async function main(): Promise<number> {
  const config = loadConfigOrExit(process.env);
  const dataSource = new DataSource({ type: 'postgres', url: config.DATABASE_URL, applicationName: 'knotenpunkt-reindex' });
  await dataSource.initialize();
  try {
    const engine = searchIndexFor(config, dataSource);
    const indexer = new SearchIndexer(dataSource, new OfferReader(), new ProfilesRepository(), engine);
    const started = Date.now();
    let last = 0;
    const indexed = await indexer.rebuild((done, total) => {
      if (Date.now() - last < 1000 && done < total) return;
      last = Date.now();
      console.log(`  ${done} / ${total} offers (${total ? Math.round((100 * done) / total) : 100} %)`);
    });
    console.log(`Search index (${engine.engine}) rebuilt: ${indexed} offers in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

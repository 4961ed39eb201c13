import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobProducer, type JobHandlerOf } from '@knotenpunkt/api/core/queue';
import { SearchIndexer } from '../application/search-indexer';

export const INDEX_RELAY_SCHEDULER_ID = 'search-index-relay';
/** Changes reach search within about a second (target: 2 s). */
export const INDEX_RELAY_EVERY_MS = 1000;

/** Repeated by a BullMQ job scheduler (one for all replicas): drains the index outbox. */
@Injectable()
@JobHandler('search.relay')
export class IndexRelayHandler implements JobHandlerOf<'search.relay'>, OnApplicationBootstrap {
  private readonly logger = new Logger(IndexRelayHandler.name);

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly jobs: JobProducer,
  ) {}

  onApplicationBootstrap(): void {
    void this.jobs.schedule(INDEX_RELAY_SCHEDULER_ID, 'search.relay', {}, INDEX_RELAY_EVERY_MS).catch((error: Error) => this.logger.warn({ err: error.message }, 'index relay not scheduled'));
  }

  handle() {
    return this.indexer.drain();
  }
}

/** A full rebuild with progress (reported to BullMQ); the old index answers until the swap. */
@Injectable()
@JobHandler('search.reindex')
export class ReindexHandler implements JobHandlerOf<'search.reindex'> {
  constructor(private readonly indexer: SearchIndexer) {}

  async handle(_payload: object, context: { progress(percent: number): Promise<void> }) {
    const indexed = await this.indexer.rebuild((done, total) => void context.progress(total ? Math.round((100 * done) / total) : 100));
    return { indexed };
  }
}

import { Injectable } from '@nestjs/common';
import { JobHandler, type JobContext, type JobHandlerOf, type JobPayload } from '@knotenpunkt/api/core/queue';
import { ImportRunner } from '../application/import-runner';

/** Runs an uploaded exchange file (dry run or commit). A redelivered job finds the run done and skips. */
@Injectable()
@JobHandler('catalogue.import')
export class ImportHandler implements JobHandlerOf<'catalogue.import'> {
  constructor(private readonly runner: ImportRunner) {}

  handle(payload: JobPayload<'catalogue.import'>, _context: JobContext) {
    return this.runner.run(payload.tenantId, payload.importId);
  }
}

import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayload } from './job-registry';

export const JOB_HANDLER_METADATA = 'knotenpunkt:job-handler';

export interface JobContext {
  jobId: string;
  /** 1 on the first run, then counting retries. */
  attempt: number;
  /** Attempts BullMQ makes in all (attempt === maxAttempts: no retry follows a failure). */
  maxAttempts: number;
  /** Reports progress (0–100) to BullMQ so long jobs show how far they are. */
  progress(percent: number): Promise<void>;
}

/** Implemented by exactly one provider per job name, marked with @JobHandler(name). */
export interface JobHandlerOf<N extends JobName> {
  handle(payload: JobPayload<N>, context: JobContext): Promise<unknown>;
}

export const JobHandler = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_METADATA, name);

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditRepository, type AuditEvent } from '../infra/audit.repository';
import type { RequestMeta } from './request-meta';

/** Writes audit entries inside the use-case's transaction, so an entry exists iff the change does. */
@Injectable()
export class AuditTrail {
  constructor(private readonly audit: AuditRepository) {}

  record(manager: EntityManager, meta: RequestMeta | null, event: Omit<AuditEvent, 'ip' | 'requestId'>): Promise<void> {
    return this.audit.append(manager, { ...event, ip: meta?.ip ?? null, requestId: meta?.requestId ?? null });
  }
}

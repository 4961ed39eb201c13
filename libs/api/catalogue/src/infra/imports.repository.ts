import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { ImportIssue, ImportMode, ImportRun, ImportSummary, Language } from '@knotenpunkt/shared/contracts';

interface RunRow {
  id: string;
  mode: ImportMode;
  status: ImportRun['status'];
  progress: number;
  file_name: string | null;
  size_bytes: number;
  applied: boolean;
  summary: ImportSummary | null;
  issues: ImportIssue[];
  issue_count: number;
  created_at: Date;
  finished_at: Date | null;
  from_run_id: string | null;
}

const COLUMNS = `id, mode, status, progress, file_name, size_bytes, applied, summary, issues, issue_count, created_at, finished_at, from_run_id`;

function toRun(r: RunRow): ImportRun {
  return {
    id: r.id,
    mode: r.mode,
    status: r.status,
    progress: r.progress,
    fileName: r.file_name,
    sizeBytes: r.size_bytes,
    applied: r.applied,
    summary: r.summary,
    issues: r.issues,
    issueCount: r.issue_count,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
    fromRunId: r.from_run_id,
  };
}

@Injectable()
export class ImportsRepository {
  async create(tx: TenantTx, run: { mode: ImportMode; fileName: string | null; source: string; language: Language; fromRunId?: string | null; publish: boolean }): Promise<string> {
    const rows: { id: string }[] = await tx.manager.query(
      `INSERT INTO import_run (tenant_id, mode, file_name, size_bytes, source, language, from_run_id, created_by, publish)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [tx.tenantId, run.mode, run.fileName, Buffer.byteLength(run.source), run.source, run.language, run.fromRunId ?? null, tx.userId, run.publish],
    );
    return (rows[0] as { id: string }).id;
  }

  async get(tx: TenantTx, id: string): Promise<ImportRun | null> {
    const rows: RunRow[] = await tx.manager.query(`SELECT ${COLUMNS} FROM import_run WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
    return rows[0] ? toRun(rows[0]) : null;
  }

  async list(tx: TenantTx, page: { page: number; pageSize: number }): Promise<{ items: Omit<ImportRun, 'issues' | 'summary'>[]; total: number }> {
    const rows: (RunRow & { total: string })[] = await tx.manager.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM import_run WHERE tenant_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [tx.tenantId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const total = rows[0] ? Number(rows[0].total) : Number((await tx.manager.query(`SELECT count(*)::int AS n FROM import_run WHERE tenant_id = $1`, [tx.tenantId]))[0].n);
    return { items: rows.map((r) => {
      const { issues: _i, summary: _s, ...rest } = toRun(r);
      return rest;
    }), total };
  }

  /** What the worker needs to run an import; null when it already ran (a redelivered job). */
  async claim(tx: TenantTx, id: string): Promise<{ mode: ImportMode; source: string; language: Language; publish: boolean } | null> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ mode: ImportMode; source: string | null; language: Language; publish: boolean }[], number] = await tx.manager.query(
      `UPDATE import_run SET status = 'running', started_at = now(), progress = 0
        WHERE tenant_id = $1 AND id = $2 AND status = 'queued' RETURNING mode, source, language, publish`,
      [tx.tenantId, id],
    );
    const row = rows[0];
    return row && row.source !== null ? { mode: row.mode, source: row.source, language: row.language, publish: row.publish } : null;
  }

  async sourceOf(tx: TenantTx, id: string): Promise<{ source: string | null; mode: ImportMode; status: ImportRun['status']; fileName: string | null; language: Language; publish: boolean } | null> {
    const rows: { source: string | null; mode: ImportMode; status: ImportRun['status']; file_name: string | null; language: Language; publish: boolean }[] = await tx.manager.query(
      `SELECT source, mode, status, file_name, language, publish FROM import_run WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id],
    );
    const r = rows[0];
    return r ? { source: r.source, mode: r.mode, status: r.status, fileName: r.file_name, language: r.language, publish: r.publish } : null;
  }

  async progress(manager: EntityManager, id: string, percent: number): Promise<void> {
    await manager.query(`UPDATE import_run SET progress = $2 WHERE id = $1 AND status = 'running'`, [id, Math.max(0, Math.min(99, Math.round(percent)))]);
  }

  async finish(manager: EntityManager, id: string, result: { ok: boolean; applied: boolean; summary: ImportSummary | null; issues: ImportIssue[]; issueCount: number; clearSource: boolean }): Promise<void> {
    await manager.query(
      `UPDATE import_run SET status = $2, applied = $3, summary = $4, issues = $5, issue_count = $6, progress = 100, finished_at = now(),
              source = CASE WHEN $7 THEN NULL ELSE source END
        WHERE id = $1`,
      [id, result.ok ? 'succeeded' : 'failed', result.applied, result.summary ? JSON.stringify(result.summary) : null, JSON.stringify(result.issues), result.issueCount, result.clearSource],
    );
  }
}

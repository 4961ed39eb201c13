import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'system_ping' })
export class SystemPingEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;

  @Column({ name: 'worker_id', type: 'text' })
  workerId!: string;
}

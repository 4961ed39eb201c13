import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PingHandler } from './infra/ping.handler';
import { PingRepository } from './infra/ping.repository';
import { SystemPingEntity } from './infra/system-ping.entity';

/** The worker side of the system context: answers health pings. */
@Module({
  imports: [TypeOrmModule.forFeature([SystemPingEntity])],
  providers: [PingHandler, PingRepository],
})
export class SystemWorkerModule {}

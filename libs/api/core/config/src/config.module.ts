import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './env.schema';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Makes the config parsed in main.ts injectable; it is never parsed a second time. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

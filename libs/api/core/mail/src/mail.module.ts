import { DynamicModule, Global, Module } from '@nestjs/common';
import { AnyMailTemplate } from './mail-template';
import { MailTemplateRegistry } from './mail-template.registry';
import { MailOutboxService } from './mail-outbox.service';
import { MailRelayHandler } from './mail-relay.handler';
import { MailSendHandler } from './mail-send.handler';
import { MailTransport, SmtpMailTransport } from './mail-transport';
import { DEFAULT_RELAY, MAIL_MODULE_OPTIONS, MailRelayOptions, ResolvedMailModuleOptions } from './mail.tokens';

export interface MailModuleOptions {
  /** Worker only: the mail.send and mail.relay handlers and the SMTP transport. */
  deliver?: boolean;
  relay?: Partial<MailRelayOptions>;
}

@Module({})
class MailTemplatesModule {}

/**
 * Transactional mail. The composition roots import MailModule.forRoot() (api) or
 * MailModule.forRoot({ deliver: true }) (worker); contexts register their templates with
 * MailModule.forFeature([...]) in both their api and worker modules and inject MailOutboxService.
 */
@Global()
@Module({})
export class MailModule {
  static forRoot(options: MailModuleOptions = {}): DynamicModule {
    const resolved: ResolvedMailModuleOptions = {
      deliver: options.deliver ?? false,
      relay: { ...DEFAULT_RELAY, ...options.relay },
    };
    return {
      module: MailModule,
      providers: [
        { provide: MAIL_MODULE_OPTIONS, useValue: resolved },
        MailTemplateRegistry,
        MailOutboxService,
        ...(resolved.deliver
          ? [MailSendHandler, MailRelayHandler, { provide: MailTransport, useClass: SmtpMailTransport }]
          : []),
      ],
      exports: [MailTemplateRegistry, MailOutboxService],
    };
  }

  /** Registers a context's templates at boot; a name registered twice stops the process. */
  static forFeature(templates: readonly AnyMailTemplate[]): DynamicModule {
    const list = [...templates];
    return {
      module: MailTemplatesModule,
      providers: [
        {
          provide: `MAIL_TEMPLATES:${list.map((t) => t.name).join(',')}`,
          inject: [MailTemplateRegistry],
          useFactory: (registry: MailTemplateRegistry) => {
            registry.register(list);
            return list;
          },
        },
      ],
    };
  }
}

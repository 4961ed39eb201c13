import { Global, Module } from '@nestjs/common';
import { PRINCIPAL_RESOLVER } from '@knotenpunkt/api/core/http';
import { MailModule } from '@knotenpunkt/api/core/mail';
import { AuditTrail } from './application/audit.service';
import { AuditQueryService } from './application/audit-query.service';
import { AuthService } from './application/auth.service';
import { InvitationsService } from './application/invitations.service';
import { LegalPagesService } from './application/legal-pages.service';
import { MembersService } from './application/members.service';
import { SessionResolver } from './application/session-resolver';
import { TenantsService } from './application/tenants.service';
import { AuditController, PlatformTenantsController } from './http/audit.controller';
import { AuthController } from './http/auth.controller';
import { InvitationsController } from './http/invitations.controller';
import { LegalPagesController } from './http/legal-pages.controller';
import { MeController } from './http/me.controller';
import { MembersController } from './http/members.controller';
import { SessionCookies } from './http/session-cookies';
import { TenantsController } from './http/tenants.controller';
import { AccountsRepository } from './infra/accounts.repository';
import { AttemptThrottle } from './infra/attempt-throttle';
import { AuditRepository } from './infra/audit.repository';
import { InvitationsRepository } from './infra/invitations.repository';
import { LegalPagesRepository } from './infra/legal-pages.repository';
import { MembershipsRepository } from './infra/memberships.repository';
import { OneTimeTokensRepository } from './infra/one-time-tokens.repository';
import { SessionsRepository } from './infra/sessions.repository';
import { TenantsRepository } from './infra/tenants.repository';
import { tenancyMailTemplates } from './mail/tenancy-mail-templates';
import { PurgeExpiredHandler } from './worker/purge-expired.handler';

/**
 * Accounts, sessions, tenants, memberships, invitations, legal pages and audit over HTTP.
 * Global because it provides PRINCIPAL_RESOLVER to the access guard in core.
 */
@Global()
@Module({
  imports: [MailModule.forFeature(tenancyMailTemplates)],
  controllers: [AuthController, MeController, TenantsController, MembersController, InvitationsController, LegalPagesController, AuditController, PlatformTenantsController],
  providers: [
    AccountsRepository,
    SessionsRepository,
    OneTimeTokensRepository,
    TenantsRepository,
    MembershipsRepository,
    InvitationsRepository,
    LegalPagesRepository,
    AuditRepository,
    AttemptThrottle,
    AuditTrail,
    AuthService,
    TenantsService,
    MembersService,
    InvitationsService,
    LegalPagesService,
    AuditQueryService,
    SessionCookies,
    SessionResolver,
    { provide: PRINCIPAL_RESOLVER, useExisting: SessionResolver },
  ],
  exports: [PRINCIPAL_RESOLVER],
})
export class TenancyApiModule {}

/** The worker renders and sends the tenancy mails and purges expired sessions and tokens. */
@Module({ imports: [MailModule.forFeature(tenancyMailTemplates)], providers: [SessionsRepository, PurgeExpiredHandler] })
export class TenancyWorkerModule {}

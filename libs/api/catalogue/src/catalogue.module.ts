import { Module } from '@nestjs/common';
import { MailModule } from '@knotenpunkt/api/core/mail';
import { ImportRunner } from './application/import-runner';
import { ImportsService } from './application/imports.service';
import { OfferWorkflowService } from './application/offer-workflow.service';
import { OffersService } from './application/offers.service';
import { ProfilesService } from './application/profiles.service';
import { PublicCatalogueService } from './application/public-catalogue.service';
import { ImportsController } from './http/imports.controller';
import { PublicCatalogueController } from './http/public-catalogue.controller';
import { TenantCatalogueController } from './http/tenant-catalogue.controller';
import { ImportsRepository } from './infra/imports.repository';
import { OfferReader } from './infra/offer-reader';
import { OfferWriter } from './infra/offer-writer';
import { OffersRepository } from './infra/offers.repository';
import { PartnersRepository } from './infra/partners.repository';
import { ProfilesRepository } from './infra/profiles.repository';
import { catalogueMailTemplates } from './mail/catalogue-mail-templates';
import { ExpireImportsHandler } from './worker/expire-imports.handler';
import { FreshnessReminderHandler } from './worker/freshness-reminder.handler';
import { ImportHandler } from './worker/import.handler';
import { MarkPastHandler } from './worker/mark-past.handler';

const repositories = [OfferReader, OfferWriter, OffersRepository, PartnersRepository, ProfilesRepository, ImportsRepository];

/** Organisation profiles, partners, offers and their workflow, imports and exports over HTTP. */
@Module({
  imports: [MailModule.forFeature(catalogueMailTemplates)],
  controllers: [PublicCatalogueController, TenantCatalogueController, ImportsController],
  providers: [...repositories, OffersService, OfferWorkflowService, ProfilesService, PublicCatalogueService, ImportsService],
})
export class CatalogueApiModule {}

/** The worker runs imports, marks past offers and sends freshness reminders. */
@Module({
  imports: [MailModule.forFeature(catalogueMailTemplates)],
  providers: [...repositories, ImportRunner, ImportHandler, MarkPastHandler, FreshnessReminderHandler, ExpireImportsHandler],
  exports: [ImportRunner],
})
export class CatalogueWorkerModule {}

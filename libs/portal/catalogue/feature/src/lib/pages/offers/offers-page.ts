import { Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { FieldIssue, OfferSummary } from '@knotenpunkt/shared/contracts';
import { CatalogueApiService, OFFER_STATUSES, type OfferAction, type OfferStatus, actionsFor } from '@knotenpunkt/portal/catalogue/data-access';
import { ErrorSummary, Pagination } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { type Page, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { WorkspaceContext } from '../../workspace-context';

export const OFFERS_PAGE_SIZE = 20;

interface ActionProblem {
  readonly title: string;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

/** Where the offers take place; their times are shown as local time there, whatever the browser's zone. */
export const OFFER_TIME_ZONE = 'Europe/Berlin';

/**
 * A session start as the api sends it: a date ("2027-03-01") or an instant
 * ("2027-05-08T07:30:00.000Z") → "1. März 2027" / "08.05.2027, 09:30" (German local time).
 */
export function sessionDate(value: string, language: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: OFFER_TIME_ZONE }).format(date);
}

/**
 * `/arbeitsbereich/angebote` ("Ihre Angebote"): the active organisation's offers with their status
 * in words and the next date, filtered by status and title (`?status=&q=`), paginated (`?seite=`).
 * The workflow buttons (veröffentlichen, zurückziehen, archivieren, wieder öffnen) show the api's
 * answer: a success note, or its message with the missing fields as a list.
 */
@Component({
  selector: 'kp-offers-page',
  imports: [TranslocoPipe, RouterLink, Pagination, ErrorSummary],
  templateUrl: './offers-page.html',
  styleUrl: './offers-page.css',
})
export default class OffersPage {
  readonly seite = input<string>();
  readonly status = input<string>();
  readonly q = input<string>();

  protected readonly context = inject(WorkspaceContext);
  protected readonly language = inject(LanguageService);
  private readonly api = inject(CatalogueApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly statuses = OFFER_STATUSES;
  protected readonly pageSize = OFFERS_PAGE_SIZE;
  protected readonly sessionDate = sessionDate;
  private readonly problemBox = viewChild<ErrorSummary>('problemBox');

  protected readonly statusFilter = computed<OfferStatus | null>(() => {
    const status = this.status();
    return (OFFER_STATUSES as readonly string[]).includes(status ?? '') ? (status as OfferStatus) : null;
  });
  protected readonly query = computed(() => (this.q() ?? '').trim());
  protected readonly filtered = computed(() => this.statusFilter() !== null || this.query() !== '');
  private readonly page = computed(() => {
    const page = Number(this.seite());
    return Number.isInteger(page) && page > 0 ? page : 1;
  });

  protected readonly offers = rxResource<Page<OfferSummary>, { tenantId: string; page: number; status: OfferStatus | null; q: string } | undefined>({
    params: () => (this.context.canEdit() ? { tenantId: this.context.tenantId(), page: this.page(), status: this.statusFilter(), q: this.query() } : undefined),
    stream: ({ params }) => this.api.offers(params.tenantId, { page: params.page, pageSize: OFFERS_PAGE_SIZE, status: params.status, q: params.q }),
  });
  protected readonly list = computed(() => (this.offers.hasValue() ? this.offers.value() : undefined));

  /** The offer whose action is running (its buttons say aria-busy). */
  protected readonly busy = signal<string | null>(null);
  protected readonly result = signal('');
  protected readonly problem = signal<ActionProblem | null>(null);

  protected actionsOf(offer: OfferSummary): readonly OfferAction[] {
    return actionsFor(offer.status);
  }

  protected applyFilter(event: Event, status: string, q: string): void {
    event.preventDefault();
    void this.router.navigate([], { queryParams: { status: status || null, q: q.trim() || null, seite: null }, queryParamsHandling: 'merge' });
  }

  protected resetFilter(): void {
    void this.router.navigate([], { queryParams: { status: null, q: null, seite: null }, queryParamsHandling: 'merge' });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { seite: page }, queryParamsHandling: 'merge' });
  }

  protected async run(offer: OfferSummary, action: OfferAction): Promise<void> {
    if (this.busy()) return;
    this.busy.set(offer.id);
    this.result.set('');
    this.problem.set(null);
    try {
      const changed = await firstValueFrom(this.api.transition(this.context.tenantId(), offer.id, action));
      this.result.set(this.t(`catalogueOffers.result.${changed.status}`, { title: changed.title }));
      this.offers.reload();
    } catch (error) {
      const problem = apiProblemOf(error);
      this.problem.set({
        title: offer.title,
        message: problem.status === 0 ? this.t('forms.unreachable') : (problem.message ?? this.t('forms.failed')),
        issues: problem.issues,
      });
      this.problemBox()?.focus();
      // 409: somebody else changed the offer meanwhile; show its current status.
      if (problem.status === 409) this.offers.reload();
    } finally {
      this.busy.set(null);
    }
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}

import { Component, DOCUMENT, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PartnerOrganisation } from '@knotenpunkt/shared/contracts';
import { CatalogueApiService } from '@knotenpunkt/portal/catalogue/data-access';
import { ErrorSummary, Pagination } from '@knotenpunkt/portal/shared/ui';
import { FormErrors, LanguageService } from '@knotenpunkt/portal/shared/util';
import { type Page, TENANT_TYPES, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { setAt, translateIssues } from '../../editor/editor-state';
import { WorkspaceContext } from '../../workspace-context';
import { PARTNER_FIELDS, type PartnerFormValue, checkPartner, emptyPartnerForm, partnerFormValueOf, partnerIssuesOf, toPartnerInput } from './partner-form';

export const PARTNERS_PAGE_SIZE = 20;

/**
 * `/arbeitsbereich/partner` ("Partnerorganisationen"): the organisations the active organisation
 * names on its offers as co-organisers or module providers, usually without an account of their
 * own. A paginated list by name (`?seite=`, `?q=`) with their type, web address and contact; one
 * form to add a partner or change the one chosen with "Bearbeiten"; "Löschen" asks inline and shows
 * the api's refusal (409 `partner-in-use`) when an offer still names the partner. Simple checks
 * run before the request; the api's field errors land on the fields by their path and the error
 * summary above the form links them. Editors and above (the api's role for these writes).
 */
@Component({
  selector: 'kp-partners-page',
  imports: [TranslocoPipe, RouterLink, ErrorSummary, Pagination],
  templateUrl: './partners-page.html',
  styleUrl: './partners-page.css',
})
export default class PartnersPage {
  readonly seite = input<string>();
  readonly q = input<string>();

  protected readonly context = inject(WorkspaceContext);
  private readonly api = inject(CatalogueApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly types = TENANT_TYPES;
  protected readonly pageSize = PARTNERS_PAGE_SIZE;
  protected readonly errors = new FormErrors('partner', PARTNER_FIELDS);
  protected readonly contactFields = [
    { name: 'url', type: 'url', autocomplete: 'url', inputmode: null, max: 500, hint: 'workspacePartners.hints.url' },
    { name: 'email', type: 'email', autocomplete: 'email', inputmode: null, max: 200, hint: null },
    { name: 'phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel', max: 40, hint: null },
  ] as const;

  protected readonly query = computed(() => (this.q() ?? '').trim());
  private readonly page = computed(() => {
    const page = Number(this.seite());
    return Number.isInteger(page) && page > 0 ? page : 1;
  });

  protected readonly partners = rxResource<Page<PartnerOrganisation>, { tenantId: string; page: number; q: string } | undefined>({
    params: () => (this.context.canEdit() ? { tenantId: this.context.tenantId(), page: this.page(), q: this.query() } : undefined),
    stream: ({ params }) => this.api.partners(params.tenantId, { page: params.page, pageSize: PARTNERS_PAGE_SIZE, q: params.q }),
  });
  protected readonly list = computed(() => (this.partners.hasValue() ? this.partners.value() : undefined));

  protected readonly model = signal<PartnerFormValue>(emptyPartnerForm());
  /** The partner being changed; null: the form adds a new one. */
  protected readonly editing = signal<PartnerOrganisation | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly result = signal<string | null>(null);
  /** The partner whose deletion is being confirmed, and the api's refusal if any. */
  protected readonly confirming = signal<string | null>(null);
  protected readonly deleteProblem = signal<string | null>(null);
  protected readonly deleting = signal(false);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected set(field: keyof PartnerFormValue, value: string): void {
    this.model.update((model) => setAt(model, field, value));
  }

  protected applyFilter(event: Event, q: string): void {
    event.preventDefault();
    void this.router.navigate([], { queryParams: { q: q.trim() || null, seite: null }, queryParamsHandling: 'merge' });
  }

  protected resetFilter(): void {
    void this.router.navigate([], { queryParams: { q: null, seite: null }, queryParamsHandling: 'merge' });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { seite: page }, queryParamsHandling: 'merge' });
  }

  // ── The form ───────────────────────────────────────────────────────────────

  protected edit(partner: PartnerOrganisation): void {
    this.clearMessages();
    this.editing.set(partner);
    this.model.set(partnerFormValueOf(partner));
    this.focusLater('#partner-form-title');
  }

  protected cancelEdit(): void {
    const partner = this.editing();
    this.clearMessages();
    this.editing.set(null);
    this.model.set(emptyPartnerForm());
    this.focusLater(partner ? `#partner-edit-${partner.id}` : '#partner-name');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.clearMessages();
    const issues = checkPartner(this.model());
    if (issues.length) {
      this.showErrors(translateIssues(issues, (key, params) => this.t(key, params)), null);
      return;
    }
    const editing = this.editing();
    const tenantId = this.context.tenantId();
    const input = toPartnerInput(this.model());
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(editing ? this.api.updatePartner(tenantId, editing.id, input) : this.api.createPartner(tenantId, input));
      this.editing.set(null);
      this.model.set(emptyPartnerForm());
      this.result.set(this.t(editing ? 'workspacePartners.result.updated' : 'workspacePartners.result.created', { name: saved.name }));
      this.partners.reload();
      this.focusLater('#partners-result');
    } catch (error) {
      const problem = apiProblemOf(error);
      const { known, stray } = partnerIssuesOf(problem.issues);
      const message = problem.message ?? this.t(problem.status === 0 || problem.status >= 500 ? 'forms.unreachable' : 'forms.failed');
      this.showErrors(known, [message, ...stray].join(' '));
      // Somebody removed the partner meanwhile: the list shows what is left.
      if (problem.status === 404) this.partners.reload();
    } finally {
      this.busy.set(false);
    }
  }

  private showErrors(issues: readonly { path: string; message: string }[], message: string | null): void {
    this.errors.set(issues);
    this.problem.set(message);
    this.summary()?.focus();
  }

  private clearMessages(): void {
    this.errors.clear();
    this.problem.set(null);
    this.result.set(null);
    this.confirming.set(null);
    this.deleteProblem.set(null);
  }

  // ── Deleting ───────────────────────────────────────────────────────────────

  protected askDelete(partner: PartnerOrganisation): void {
    this.clearMessages();
    this.confirming.set(partner.id);
    this.focusLater(`#partner-confirm-${partner.id}`);
  }

  protected cancelDelete(partner: PartnerOrganisation): void {
    this.confirming.set(null);
    this.deleteProblem.set(null);
    this.focusLater(`#partner-delete-${partner.id}`);
  }

  protected async confirmDelete(partner: PartnerOrganisation): Promise<void> {
    if (this.deleting()) return;
    this.deleting.set(true);
    this.deleteProblem.set(null);
    try {
      await firstValueFrom(this.api.deletePartner(this.context.tenantId(), partner.id));
      this.confirming.set(null);
      if (this.editing()?.id === partner.id) {
        this.editing.set(null);
        this.model.set(emptyPartnerForm());
      }
      this.result.set(this.t('workspacePartners.result.deleted', { name: partner.name }));
      const list = this.list();
      // The last one on a later page: go back a page.
      if (list && list.items.length === 1 && list.page > 1) this.goTo(list.page - 1);
      else this.partners.reload();
      this.focusLater('#partners-result');
    } catch (error) {
      const problem = apiProblemOf(error);
      this.deleteProblem.set(problem.message ?? this.t(problem.status === 0 || problem.status >= 500 ? 'forms.unreachable' : 'forms.failed'));
      this.focusLater(`#partner-delete-problem-${partner.id}`);
      if (problem.status === 404) this.partners.reload();
    } finally {
      this.deleting.set(false);
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.document.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}

import { Component, DOCUMENT, DestroyRef, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Audience, Offer, OfferKind, SessionMode, Topic } from '@knotenpunkt/shared/contracts';
import { CatalogueApiService } from '@knotenpunkt/portal/catalogue/data-access';
import { AUDIENCE_KEYS, SESSION_MODE_KEYS, TOPIC_KEYS } from '@knotenpunkt/portal/catalogue/public';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { FormErrors, LanguageService } from '@knotenpunkt/portal/shared/util';
import { apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { OFFER_KIND_KEYS } from '../i18n-keys';
import { WorkspaceContext } from '../workspace-context';
import { WorkspaceNotice, setAt, translateIssues } from './editor-state';
import {
  type OfferFormValue,
  type OfferPassThrough,
  checkOffer,
  emptyModule,
  emptyOffer,
  emptyPartner,
  emptySession,
  fieldPathOf,
  formValueOf,
  offerFieldOrder,
  previewOf,
  toOfferInput,
} from './offer-form';
import { OfferPreview } from './offer-preview';

/** Statuses whose content the api lets the provider change. */
const EDITABLE: readonly Offer['status'][] = ['draft', 'published', 'past'];

/**
 * `/arbeitsbereich/angebote/neu` and `/arbeitsbereich/angebote/:id`: the offer editor. Every field
 * of the api's offer input that people fill in (kind, texts, Einfache Sprache, topics, audiences,
 * languages, price, certificate, contact, partners with role, modules in order with their partner,
 * dates per offer or per module in Berlin time with place, PLZ, capacity, free places and
 * registration deadline). "Speichern" keeps it a draft (or updates the published offer),
 * "Vorschau" shows it as the public page would, "Zur Prüfung einreichen"/"Veröffentlichen"
 * saves and submits. Simple checks run before the request; the api's field errors (worded in the
 * UI language) land on the same fields by their path, and the error summary at the top links them.
 */
@Component({
  selector: 'kp-offer-editor-page',
  imports: [TranslocoPipe, RouterLink, ErrorSummary, OfferPreview],
  templateUrl: './offer-editor-page.html',
  styleUrl: './offer-editor-page.css',
})
export default class OfferEditorPage {
  /** Route parameter; undefined on `/neu`. */
  readonly id = input<string>();

  protected readonly context = inject(WorkspaceContext);
  private readonly api = inject(CatalogueApiService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  private readonly notice = inject(WorkspaceNotice);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  protected readonly kinds = OFFER_KIND_KEYS;
  protected readonly topics = TOPIC_KEYS;
  protected readonly audiences = AUDIENCE_KEYS;
  protected readonly modes = SESSION_MODE_KEYS;
  protected readonly errors = new FormErrors('offer');
  protected readonly contactFields = [
    { name: 'name', type: 'text', autocomplete: 'name' },
    { name: 'email', type: 'email', autocomplete: 'email' },
    { name: 'phone', type: 'tel', autocomplete: 'tel' },
  ] as const;
  /** Venue inputs: the api's name (`venue.postalCode`, the error path) and the form's (`postalCode`). */
  protected readonly venueFields = [
    { name: 'name', form: 'venueName' },
    { name: 'street', form: 'street' },
    { name: 'postalCode', form: 'postalCode' },
    { name: 'locality', form: 'locality' },
  ] as const;

  protected readonly model = signal<OfferFormValue>(emptyOffer());
  private passThrough: OfferPassThrough = { funders: [], links: [], sessions: {} };
  /** What was last loaded or saved (for "unsaved changes"). */
  private readonly savedSnapshot = signal(JSON.stringify(emptyOffer()));
  protected readonly saved = signal<Offer | null>(null);
  protected readonly busy = signal<'save' | 'submit' | 'withdraw' | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly result = signal<string | null>(this.notice.take());
  protected readonly preview = signal<Offer | null>(null);
  /** Polite announcements of list changes (module moved, date removed …). */
  protected readonly announcement = signal('');

  protected readonly isNew = computed(() => !this.id());
  protected readonly status = computed<Offer['status']>(() => this.saved()?.status ?? 'draft');
  protected readonly editable = computed(() => EDITABLE.includes(this.status()));
  protected readonly dirty = computed(() => JSON.stringify(this.model()) !== this.savedSnapshot());

  protected readonly loaded = rxResource<Offer | null, { tenantId: string; id: string } | undefined>({
    params: () => (this.id() && this.context.canEdit() ? { tenantId: this.context.tenantId(), id: this.id() as string } : undefined),
    stream: ({ params }) => this.api.offer(params.tenantId, params.id),
  });
  protected readonly notFound = computed(() => this.loaded.status() === 'error' && [400, 404].includes(apiProblemOf(this.loaded.error()).status));

  private readonly partnerList = rxResource({
    params: () => (this.context.canEdit() ? this.context.tenantId() : undefined),
    stream: ({ params }) => this.api.partners(params),
  });
  protected readonly partners = computed(() => (this.partnerList.hasValue() ? this.partnerList.value().items : []));

  /** Whether submitting goes to the umbrella first (the profile's setting). */
  private readonly profile = rxResource({
    params: () => (this.context.canEdit() ? this.context.tenantId() : undefined),
    stream: ({ params }) => this.api.profile(params),
  });
  protected readonly reviewed = computed(() => (this.profile.hasValue() ? this.profile.value().reviewByParent : false));

  /** Set once the page is gone (e.g. `/neu` replaced by the new offer's page after the first save). */
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    effect(() => {
      const offer = this.loaded.hasValue() ? this.loaded.value() : null;
      if (offer) untracked(() => this.adopt(offer));
    });
  }

  /** For the unsaved-changes guard. */
  hasUnsavedChanges(): boolean {
    return this.editable() && this.dirty() && this.busy() === null;
  }

  // ── Editing ────────────────────────────────────────────────────────────────

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  /** The form's text at a dotted path (`sessions.0.postalCode`). */
  protected get(path: string): string {
    let current: unknown = this.model();
    for (const part of path.split('.')) current = (current as Record<string, unknown> | undefined)?.[part];
    return typeof current === 'string' ? current : '';
  }

  protected set(path: string, value: unknown): void {
    this.model.update((model) => setAt(model, path, value));
  }

  protected setKind(kind: string): void {
    this.model.update((model) => ({ ...model, kind: kind as OfferKind, modules: kind === 'programme' && model.modules.length === 0 ? [emptyModule()] : model.modules }));
  }

  protected toggle(path: 'topics' | 'audiences' | 'price.freeFor', code: string, on: boolean): void {
    this.model.update((model) => {
      const current = (path === 'price.freeFor' ? model.price.freeFor : model[path]) as string[];
      const next = on ? [...new Set([...current, code])] : current.filter((c) => c !== code);
      return setAt(model, path, next as Topic[] | Audience[]);
    });
  }

  protected setMode(index: number, mode: string): void {
    this.set(`sessions.${index}.mode`, mode as SessionMode);
  }

  protected addPartner(): void {
    this.model.update((model) => ({ ...model, partners: [...model.partners, emptyPartner()] }));
    this.focusLater(`#${this.errors.idOf(`partners.${this.model().partners.length - 1}.partnerId`)}`);
  }

  protected removePartner(index: number): void {
    this.errors.clear();
    this.model.update((model) => ({ ...model, partners: model.partners.filter((_, i) => i !== index) }));
    this.announce('offerEditor.partners.removed', { position: index + 1 });
    this.focusLater('#offer-add-partner');
  }

  protected addModule(): void {
    this.model.update((model) => ({ ...model, modules: [...model.modules, emptyModule()] }));
    this.focusLater(`#${this.errors.idOf(`modules.${this.model().modules.length - 1}.title`)}`);
  }

  protected removeModule(index: number): void {
    this.errors.clear();
    this.model.update((model) => {
      const key = model.modules[index]?.key;
      return {
        ...model,
        modules: model.modules.filter((_, i) => i !== index),
        sessions: model.sessions.map((s) => (s.moduleKey === key ? { ...s, moduleKey: '' } : s)),
      };
    });
    this.announce('offerEditor.modules.removed', { position: index + 1 });
    this.focusLater('#offer-add-module');
  }

  protected moveModule(index: number, by: -1 | 1): void {
    const to = index + by;
    const modules = [...this.model().modules];
    if (to < 0 || to >= modules.length) return;
    this.errors.clear();
    [modules[index], modules[to]] = [modules[to] as (typeof modules)[number], modules[index] as (typeof modules)[number]];
    this.model.update((model) => ({ ...model, modules }));
    this.announce('offerEditor.modules.moved', { title: modules[to]?.title || this.t('offerEditor.modules.untitled'), position: to + 1 });
    // The button pressed moves with its module; keep the focus on it (or its twin at the edges).
    const direction = by === -1 && to === 0 ? 'down' : by === 1 && to === modules.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    this.focusLater(`#offer-module-${to}-${direction}`);
  }

  protected addSession(): void {
    this.model.update((model) => ({ ...model, sessions: [...model.sessions, emptySession()] }));
    this.focusLater(`#${this.errors.idOf(`sessions.${this.model().sessions.length - 1}.startsAt`)}`);
  }

  protected removeSession(index: number): void {
    this.errors.clear();
    this.model.update((model) => ({ ...model, sessions: model.sessions.filter((_, i) => i !== index) }));
    this.announce('offerEditor.sessions.removed', { position: index + 1 });
    this.focusLater(`#${this.errors.idOf('sessions')}`);
  }

  // ── Actions ────────────────────────────────────────────────────────────────

  protected showPreview(): void {
    const tenant = this.context.tenant();
    const provider = this.saved()?.provider ?? { id: tenant?.tenantId ?? '', slug: tenant?.slug ?? '', name: tenant?.name ?? '', type: tenant?.type ?? 'other' };
    this.preview.set(previewOf(this.model(), { provider, partners: this.partners(), status: this.status() }));
    afterNextRender(() => this.previewHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected closePreview(): void {
    this.preview.set(null);
    this.focusLater('#offer-preview-button');
  }

  protected async save(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy()) return;
    this.busy.set('save');
    try {
      const offer = await this.store();
      // A new offer's first save moved on to its own page, which says so.
      if (offer && !this.destroyed) this.done(offer, this.t('offerEditor.saved', { title: offer.title }));
    } finally {
      this.busy.set(null);
    }
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.busy.set('submit');
    try {
      const wasNew = !this.saved();
      // A new offer stays on this page until it is submitted too (then its own page opens).
      const stored = await this.store(false);
      if (!stored) return;
      try {
        const offer = await firstValueFrom(this.api.transition(this.context.tenantId(), stored.id, 'submit'));
        const message = this.t(`catalogueOffers.result.${offer.status}`, { title: offer.title });
        if (wasNew) {
          this.notice.set(message);
          await this.router.navigate(['/arbeitsbereich/angebote', offer.id], { replaceUrl: true });
        } else {
          this.done(offer, message);
        }
      } catch (error) {
        this.fail(error, 'offerEditor.submitFailed');
      }
    } finally {
      this.busy.set(null);
    }
  }

  protected async withdraw(): Promise<void> {
    const offer = this.saved();
    if (!offer || this.busy()) return;
    this.busy.set('withdraw');
    try {
      const changed = await firstValueFrom(this.api.transition(this.context.tenantId(), offer.id, 'withdraw'));
      this.done(changed, this.t('catalogueOffers.result.draft', { title: changed.title }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  /** Checks, then creates or replaces; null when something is wrong (shown already). */
  private async store(openNewOffer = true): Promise<Offer | null> {
    this.result.set(null);
    const issues = checkOffer(this.model());
    if (issues.length) {
      this.showErrors(translateIssues(issues, (key, params) => this.t(key, params)), null);
      return null;
    }
    const input = toOfferInput(this.model(), this.passThrough);
    const tenantId = this.context.tenantId();
    const current = this.saved();
    try {
      const offer = await firstValueFrom(current ? this.api.replaceOffer(tenantId, current.id, input) : this.api.createOffer(tenantId, input));
      this.adopt(offer);
      if (!current && openNewOffer) {
        this.notice.set(this.t('offerEditor.created', { title: offer.title }));
        await this.router.navigate(['/arbeitsbereich/angebote', offer.id], { replaceUrl: true });
      }
      return offer;
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  private adopt(offer: Offer): void {
    const { value, passThrough } = formValueOf(offer);
    this.passThrough = passThrough;
    this.saved.set(offer);
    this.model.set(value);
    this.savedSnapshot.set(JSON.stringify(value));
    if (this.preview()) this.preview.set(offer);
  }

  private done(offer: Offer, message: string): void {
    this.adopt(offer);
    this.errors.clear();
    this.problem.set(null);
    this.result.set(message);
    this.focusLater('#offer-result');
  }

  private fail(error: unknown, fallbackKey?: string): void {
    const problem = apiProblemOf(error);
    const issues = problem.issues.map((issue) => ({ path: fieldPathOf(issue.path), message: issue.message }));
    let message = problem.message ?? this.t(problem.status === 0 || problem.status >= 500 ? 'forms.unreachable' : 'forms.failed');
    if (fallbackKey && problem.status === 400) message = `${this.t(fallbackKey)} ${message}`;
    this.showErrors(issues, message);
    if (problem.status === 409 && this.saved()) this.loaded.reload();
  }

  private showErrors(issues: readonly { path: string; message: string }[], message: string | null): void {
    const order = offerFieldOrder(this.model());
    const known = issues.filter((issue) => order.includes(issue.path));
    const stray = issues.filter((issue) => !order.includes(issue.path)).map((issue) => issue.message);
    known.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    this.errors.set(known);
    const text = [message, ...stray].filter((part): part is string => !!part);
    this.problem.set(text.length ? [...new Set(text)].join(' ') : null);
    this.summary()?.focus();
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set(this.t(key, params));
  }

  private focusLater(selector: string): void {
    if (this.destroyed) return;
    afterNextRender(() => this.document.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  protected t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}

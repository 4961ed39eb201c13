import { Component, DOCUMENT, Injector, afterNextRender, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type OwnOrganisationProfile, type RegionSuggestion, audienceCodes, organisationProfileInputSchema, topicCodes } from '@knotenpunkt/shared/contracts';
import { CatalogueApiService, type ProfileInputRequest } from '@knotenpunkt/portal/catalogue/data-access';
import { RegionsService } from '@knotenpunkt/portal/regions/data-access';
import { RegionPicker, RegionSuggestionSource } from '@knotenpunkt/portal/regions/ui';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { FormErrors, LanguageService } from '@knotenpunkt/portal/shared/util';
import { apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { serverFieldErrors, validate } from '../../../forms/validation';
import { TenantContext } from '../tenant-context';
import { type ProfileFormValue, profileFieldOf, profileFieldOrder, profileFormValueOf, toProfileInput } from './profile-form';

const EMPTY: ProfileFormValue = {
  description: '',
  address: { street: '', postalCode: '', locality: '' },
  serviceAreas: [],
  topics: [],
  audiences: [],
  contactPoints: [],
  website: '',
  email: '',
  phone: '',
  reviewByParent: false,
  staleAfterDays: '90',
};

function setAt<T>(target: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string, unknown>;
  const key = head ?? '';
  copy[key] = rest.length ? setAt(copy[key], rest.join('.'), value) : value;
  return copy as T;
}

/**
 * `/verwaltung/:tenantId/profil`: the organisation's public profile (shown on `/o/:slug`) and its
 * workflow settings. Admins and owners edit (description, address with PLZ, service areas picked
 * with the region picker, topics, audiences, website, e-mail, phone, contact points, review by the
 * umbrella, freshness reminder); everybody else in the organisation reads it. The form is checked
 * with the contracts' schema first; the api's field errors land on the same fields.
 */
@Component({
  selector: 'kp-profile-edit-page',
  imports: [TranslocoPipe, RouterLink, ErrorSummary, RegionPicker],
  providers: [{ provide: RegionSuggestionSource, useFactory: (): RegionSuggestionSource => inject(RegionsService) }],
  templateUrl: './profile-edit-page.html',
  styles: `
    .profile__choices {
      display: grid;
      gap: 0.5rem 1.5rem;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
    .profile__areas {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .profile__area {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.25rem 0.25rem 0.25rem 0.75rem;
      border: 1px solid var(--kp-border);
      border-radius: 999px;
    }
    .profile__number {
      max-width: 12rem;
    }
  `,
})
export default class ProfileEditPage {
  protected readonly context = inject(TenantContext);
  private readonly api = inject(CatalogueApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly errors = new FormErrors('profile');
  protected readonly lists = [
    { name: 'topics', codes: topicCodes, prefix: 'offerTopics.' },
    { name: 'audiences', codes: audienceCodes, prefix: 'offerAudiences.' },
  ] as const;
  protected readonly addressFields = [
    { name: 'street', autocomplete: 'street-address' },
    { name: 'postalCode', autocomplete: 'postal-code' },
    { name: 'locality', autocomplete: 'address-level2' },
  ] as const;
  protected readonly contactFields = [
    { name: 'website', type: 'url', autocomplete: 'url' },
    { name: 'email', type: 'email', autocomplete: 'email' },
    { name: 'phone', type: 'tel', autocomplete: 'tel' },
  ] as const;
  protected readonly pointFields = [
    { name: 'label', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'email', type: 'email' },
    { name: 'phone', type: 'tel' },
  ] as const;
  /** Service areas are regions (no postal codes): Land down to Gemeinde. */
  protected readonly areaLevels = ['land', 'regierungsbezirk', 'kreis', 'gemeindeverband', 'gemeinde'] as const;
  protected readonly canEdit = computed(() => this.context.atLeast('admin'));
  protected readonly model = signal<ProfileFormValue>(EMPTY);
  private logoUrl: string | null = null;
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly pick = signal<RegionSuggestion | null>(null);
  protected readonly areaNote = signal('');
  protected readonly pickerRound = signal(0);

  protected readonly profile = rxResource<OwnOrganisationProfile, string | undefined>({
    params: () => (this.context.membership() ? this.context.tenantId() : undefined),
    stream: ({ params }) => this.api.profile(params),
  });
  protected readonly current = computed(() => (this.profile.hasValue() ? this.profile.value() : undefined));
  protected readonly publicUrl = computed(() => `/o/${this.context.membership()?.slug ?? ''}`);

  constructor() {
    effect(() => {
      const profile = this.current();
      if (profile) untracked(() => this.adopt(profile));
    });
    // A picked region joins the service areas, and the picker is free for the next one.
    effect(() => {
      const picked = this.pick();
      if (!picked) return;
      untracked(() => {
        if (picked.kind !== 'region') {
          this.areaNote.set(this.t('profileEdit.serviceAreas.noPostalCode'));
        } else if (this.model().serviceAreas.some((area) => area.key === picked.id)) {
          this.areaNote.set(this.t('profileEdit.serviceAreas.already', { name: picked.label }));
        } else {
          this.model.update((m) => ({ ...m, serviceAreas: [...m.serviceAreas, { key: picked.id, name: picked.label, level: picked.level ?? '' }] }));
          this.areaNote.set(this.t('profileEdit.serviceAreas.added', { name: picked.label }));
        }
        this.pick.set(null);
        this.pickerRound.update((round) => round + 1);
        this.focusLater('#profile-area-picker input');
      });
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected get(path: string): string {
    let current: unknown = this.model();
    for (const part of path.split('.')) current = (current as Record<string, unknown> | undefined)?.[part];
    return typeof current === 'string' ? current : '';
  }

  protected set(path: string, value: unknown): void {
    this.saved.set(false);
    this.model.update((model) => setAt(model, path, value));
  }

  protected toggle(list: 'topics' | 'audiences', code: string, on: boolean): void {
    this.model.update((model) => {
      const current = model[list] as string[];
      return { ...model, [list]: on ? [...new Set([...current, code])] : current.filter((c) => c !== code) };
    });
  }

  protected has(list: 'topics' | 'audiences', code: string): boolean {
    return (this.model()[list] as readonly string[]).includes(code);
  }

  protected removeArea(key: string, name: string): void {
    this.model.update((m) => ({ ...m, serviceAreas: m.serviceAreas.filter((area) => area.key !== key) }));
    this.areaNote.set(this.t('profileEdit.serviceAreas.removed', { name }));
    this.focusLater('#profile-area-picker input');
  }

  protected addContactPoint(): void {
    this.model.update((m) => ({ ...m, contactPoints: [...m.contactPoints, { label: '', name: '', email: '', phone: '' }] }));
    this.focusLater(`#${this.errors.idOf(`contactPoints.${this.model().contactPoints.length - 1}.label`)}`);
  }

  protected removeContactPoint(index: number): void {
    this.errors.clear();
    this.model.update((m) => ({ ...m, contactPoints: m.contactPoints.filter((_, i) => i !== index) }));
    this.focusLater('#profile-add-contact');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy() || !this.canEdit()) return;
    this.saved.set(false);
    const body = toProfileInput(this.model(), this.logoUrl);
    const checked = validate(organisationProfileInputSchema, body, (key, params) => this.t(key, params ?? {}), this.language.current());
    if (!checked.ok) {
      this.show(checked.errors, null);
      return;
    }
    this.busy.set(true);
    try {
      const profile = await firstValueFrom(this.api.saveProfile(this.context.tenantId(), body as ProfileInputRequest));
      this.profile.set(profile);
      this.errors.clear();
      this.problem.set(null);
      this.saved.set(true);
      this.focusLater('#profile-saved');
    } catch (error) {
      const problem = apiProblemOf(error);
      this.show(serverFieldErrors(problem), problem.message ?? this.t(problem.status === 0 || problem.status >= 500 ? 'forms.unreachable' : 'forms.failed'));
    } finally {
      this.busy.set(false);
    }
  }

  private adopt(profile: OwnOrganisationProfile): void {
    const { value, logoUrl } = profileFormValueOf(profile);
    this.logoUrl = logoUrl;
    this.model.set(value);
  }

  private show(issues: readonly { path: string; message: string }[], message: string | null): void {
    const order = profileFieldOrder(this.model());
    const mapped = issues.map((issue) => ({ path: profileFieldOf(issue.path), message: issue.message }));
    const known = mapped.filter((issue) => order.includes(issue.path)).sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
    const stray = mapped.filter((issue) => !order.includes(issue.path)).map((issue) => issue.message);
    this.errors.set(known);
    const text = [message, ...stray].filter((part): part is string => !!part);
    this.problem.set(text.length ? [...new Set(text)].join(' ') : null);
    this.summary()?.focus();
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.document.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}

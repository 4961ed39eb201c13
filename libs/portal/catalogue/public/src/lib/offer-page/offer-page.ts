import { DOCUMENT, DestroyRef, Component, Renderer2, computed, effect, inject, input, signal, viewChild, type ElementRef } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Meta } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Offer } from '@knotenpunkt/shared/contracts';
import {
  PublicCatalogueService,
  berlinToday,
  instantOf,
  languageName,
  listOf,
  money,
  priceWording,
  sessionRange,
  shortDate,
} from '@knotenpunkt/portal/catalogue/data-access';
import { DynamicPageTitle, LanguageService, responseStatusWhen } from '@knotenpunkt/portal/shared/util';
import { apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';

type Session = Offer['sessions'][number];

/** A session as the page shows it (texts already in the UI language). */
export interface SessionView {
  readonly id: string;
  readonly when: string;
  readonly startsAt: string;
  readonly past: boolean;
  readonly mode: Session['mode'];
  readonly venue: Session['venue'];
  readonly onlineUrl: string | null;
  readonly places: { readonly key: string; readonly params: Record<string, number> } | null;
  readonly deadline: { readonly closed: boolean; readonly date: string } | null;
  readonly schedule: string | null;
  readonly instructors: string | null;
  readonly module: { readonly position: number; readonly title: string } | null;
}

/** Who delivers a module: a partner (with its page, if it has one) or the provider itself. */
export interface DeliveredBy {
  readonly name: string;
  readonly tenantSlug: string | null;
  readonly url: string | null;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Paragraphs of a plain-text description (blank lines separate them; single line breaks stay). */
export function paragraphs(text: string | null): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** `tel:` link target: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/**
 * `/angebote/:slug`: an offer's public page, no login. Everything the api's `GET /offers/:slug`
 * tells (facts, Einfache Sprache, modules with who delivers them, dates in Berlin time, partners,
 * certificate, contact …), the offer's schema.org JSON-LD from `…/jsonld` embedded in `<head>`
 * while the page is open, the offer title as document title and its abstract as meta description.
 * Drafts and unknown slugs (404) get a friendly not-found state.
 */
@Component({
  selector: 'kp-offer-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './offer-page.html',
  styleUrl: './offer-page.css',
})
export default class OfferPage {
  readonly slug = input.required<string>();

  private readonly api = inject(PublicCatalogueService);
  protected readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly renderer = inject(Renderer2);
  private readonly pageTitle = inject(DynamicPageTitle);
  private readonly meta = inject(Meta);
  private readonly shareField = viewChild<ElementRef<HTMLInputElement>>('shareField');

  protected readonly resource = rxResource<Offer, string>({
    params: () => this.slug(),
    stream: ({ params }) => this.api.offer(params),
  });
  protected readonly offer = computed(() => (this.resource.hasValue() ? this.resource.value() : undefined));
  protected readonly notFound = computed(() => {
    if (this.resource.status() !== 'error') return false;
    const status = apiProblemOf(this.resource.error()).status;
    return status === 404 || status === 400;
  });

  /** Asked for once the offer is there (a draft's slug would only give a second 404). */
  private readonly jsonLd = rxResource<string, string | undefined>({
    params: () => this.offer()?.slug,
    stream: ({ params }) => this.api.offerJsonLd(params),
  });

  /** The offer the server rendered (inputs are not set yet in the constructor, so taken on first read). */
  private firstSlug: string | undefined;
  /**
   * The facts and the sections below come server-rendered and hydrate late (`@defer (hydrate on
   * viewport)`), so the first task after loading hydrates only the top of the page. Until then they
   * show the server's offer in the page's language; once the language or the offer (same page, other
   * slug) changes they hydrate at once and follow.
   */
  protected readonly leftServerRender = computed(() => {
    const slug = this.slug();
    this.firstSlug ??= slug;
    return this.language.differsFromPage() || slug !== this.firstSlug;
  });

  private readonly today = berlinToday();
  protected readonly telHref = telHref;

  protected readonly description = computed(() => paragraphs(this.offer()?.description ?? null));
  protected readonly languages = computed(() => {
    const language = this.language.current();
    return (this.offer()?.languages ?? []).map((code) => ({ code, name: languageName(code, language) }));
  });

  protected readonly price = computed(() => {
    const offer = this.offer();
    if (!offer) return '';
    const language = this.language.current();
    const wording = priceWording(offer.price);
    const audiences = 'audiences' in wording ? listOf(wording.audiences.map((a) => this.t(`offerAudiences.${a}`)), language) : '';
    const amount = 'amount' in wording ? money(wording.amount, wording.currency, language) : '';
    return this.t(wording.key, { audiences, amount });
  });

  protected readonly modules = computed(() => {
    const offer = this.offer();
    if (!offer) return [];
    return [...offer.modules]
      .sort((a, b) => a.position - b.position)
      .map((module) => ({
        ...module,
        deliveredBy: (module.partner
          ? { name: module.partner.name, tenantSlug: module.partner.tenant?.slug ?? null, url: module.partner.url }
          : { name: offer.provider.name, tenantSlug: offer.provider.slug, url: null }) satisfies DeliveredBy,
        byProvider: module.partner === null,
      }));
  });

  /** Upcoming dates first (soonest first), then the past ones (latest first). */
  protected readonly sessions = computed<SessionView[]>(() => {
    const offer = this.offer();
    if (!offer) return [];
    const language = this.language.current();
    const moduleTitle = new Map(offer.modules.map((m) => [m.position, m.title]));
    const upcoming = offer.sessions.filter((s) => !s.past).sort((a, b) => instantOf(a.startsAt) - instantOf(b.startsAt));
    const past = offer.sessions.filter((s) => s.past).sort((a, b) => instantOf(b.startsAt) - instantOf(a.startsAt));
    return [...upcoming, ...past].map((s) => ({
      id: s.id,
      when: sessionRange(s.startsAt, s.endsAt, language),
      startsAt: s.startsAt,
      past: s.past,
      mode: s.mode,
      venue: s.venue,
      onlineUrl: s.onlineUrl,
      places: this.places(s),
      deadline: !s.past && s.registrationDeadline ? { closed: s.registrationDeadline < this.today, date: shortDate(s.registrationDeadline, language) } : null,
      schedule: this.schedule(s, language),
      instructors: s.instructors.length ? listOf(s.instructors, language) : null,
      module: s.modulePosition !== null ? { position: s.modulePosition, title: moduleTitle.get(s.modulePosition) ?? '' } : null,
    }));
  });
  protected readonly upcomingCount = computed(() => this.sessions().filter((s) => !s.past).length);

  /** The address people can share: this page, by the offer's slug. */
  protected readonly shareUrl = computed(() => {
    const offer = this.offer();
    const origin = this.document.location?.origin ?? '';
    return offer ? `${origin}/angebote/${encodeURIComponent(offer.slug)}` : '';
  });
  /** null: not tried; 'copied'; 'manual': the clipboard refused, the field shows the address. */
  protected readonly shared = signal<'copied' | 'manual' | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    responseStatusWhen(() => this.notFound());
    // The site's own description; a server-rendered offer page already carries the offer's, and
    // keeps the site's in data-kp-default, so leaving the page restores the right one.
    const tag = this.meta.getTag('name="description"');
    const originalDescription = tag?.getAttribute('data-kp-default') ?? tag?.content ?? null;

    effect(() => this.pageTitle.set(this.offer()?.title ?? null));
    effect(() => {
      const abstract = this.offer()?.abstract;
      if (abstract) this.meta.updateTag({ name: 'description', content: abstract, ...(originalDescription !== null && { 'data-kp-default': originalDescription }) });
    });
    destroyRef.onDestroy(() => {
      this.pageTitle.set(null);
      if (originalDescription !== null) this.meta.updateTag({ name: 'description', content: originalDescription });
    });

    // The offer's schema.org JSON-LD as a data block in <head> (not executed, so the hash-based
    // CSP does not apply to it), removed when the page goes away or shows another offer.
    effect((onCleanup) => {
      const text = this.jsonLd.hasValue() ? this.jsonLd.value() : undefined;
      if (!text) return;
      try {
        JSON.parse(text);
      } catch {
        return;
      }
      // A server-rendered page already has the block: hydration takes the page over, not <head>.
      for (const old of Array.from(this.document.head.querySelectorAll('script[data-kp-jsonld="offer"]'))) {
        this.renderer.removeChild(this.document.head, old);
      }
      const script = this.renderer.createElement('script') as HTMLScriptElement;
      this.renderer.setAttribute(script, 'type', 'application/ld+json');
      this.renderer.setAttribute(script, 'data-kp-jsonld', 'offer');
      // "<" only occurs inside JSON strings, where \u003c means the same; no "</script>" can end the block.
      this.renderer.appendChild(script, this.renderer.createText(text.replace(/</g, '\\u003c')));
      this.renderer.appendChild(this.document.head, script);
      onCleanup(() => this.renderer.removeChild(this.document.head, script));
    });
  }

  protected async copyLink(): Promise<void> {
    const url = this.shareUrl();
    const clipboard = this.document.defaultView?.navigator.clipboard;
    this.shared.set(null);
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      this.shared.set('copied');
    } catch {
      this.shared.set('manual');
      // Rendered in the next change detection; then the address is ready to copy by hand.
      setTimeout(() => this.shareField()?.nativeElement.select());
    }
  }

  private places(s: Session): SessionView['places'] {
    if (s.freePlaces === 0) return { key: 'offerPage.places.full', params: {} };
    if (s.freePlaces !== null && s.capacity !== null) return { key: 'offerPage.places.freeOf', params: { free: s.freePlaces, capacity: s.capacity } };
    if (s.freePlaces !== null) return { key: 'offerPage.places.free', params: { free: s.freePlaces } };
    if (s.capacity !== null) return { key: 'offerPage.places.capacity', params: { capacity: s.capacity } };
    return null;
  }

  private schedule(s: Session, language: string): string | null {
    const schedule = s.schedule;
    if (!schedule) return null;
    if (schedule.text) return schedule.text;
    const parts: string[] = [];
    const repeat = /^P(\d+)([DWMY])$/.exec(schedule.repeatFrequency ?? '');
    if (repeat) {
      const count = Number(repeat[1]);
      parts.push(this.t(`offerPage.schedule.${count === 1 ? 'every1' : 'everyN'}.${repeat[2]}`, { count }));
    }
    if (schedule.byDay.length) {
      const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
      // 2024-01-01 was a Monday.
      const names = schedule.byDay.map((day) => weekday.format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)))));
      parts.push(listOf(names, language));
    }
    return parts.length ? parts.join(', ') : null;
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}

import { Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Offer } from '@knotenpunkt/shared/contracts';
import { instantOf, languageName, listOf, money, priceWording, sessionRange, shortDate } from '@knotenpunkt/portal/catalogue/data-access';
import { LanguageService } from '@knotenpunkt/portal/shared/util';

/**
 * An offer as its public page (`/angebote/:slug`) shows it, for the editor's "Vorschau" and the
 * review queue: the same texts (`offerPage.*`) and formatting (data-access), one heading level
 * lower (the page around it has the h1), without links that would leave the workspace.
 * The public page component itself loads by slug and owns the document title and JSON-LD, so it
 * cannot show an unsaved or unpublished offer.
 */
@Component({
  selector: 'kp-offer-preview',
  imports: [TranslocoPipe],
  styles: `
    .preview { border: 2px dashed var(--kp-color-border, #6b7280); border-radius: var(--kp-radius, 0.5rem); padding: 1rem 1.25rem; }
    .preview__chips { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; margin: 0; padding: 0; }
    .preview__plain { border-left: 4px solid currentColor; padding-left: 1rem; }
    .preview__sessions, .preview__modules { padding-left: 1.25rem; }
    .preview__muted { color: var(--kp-color-text-muted, #4b5563); }
  `,
  template: `
    @let o = offer();
    <article class="preview" [attr.aria-labelledby]="idPrefix() + '-title'">
      <p class="kp-eyebrow">{{ 'offerKinds.' + o.kind | transloco }} · {{ o.provider.name }}</p>
      <h2 [id]="idPrefix() + '-title'">{{ o.title }}</h2>
      @if (o.abstract) {
        <p class="kp-page__lead">{{ o.abstract }}</p>
      }
      @if (o.plainLanguageSummary) {
        <section class="preview__plain" [attr.aria-labelledby]="idPrefix() + '-plain'">
          <h3 [id]="idPrefix() + '-plain'">{{ 'offerPage.plainLanguage' | transloco }}</h3>
          <p class="kp-pre-line" lang="de">{{ o.plainLanguageSummary }}</p>
        </section>
      }
      <section [attr.aria-labelledby]="idPrefix() + '-facts'">
        <h3 [id]="idPrefix() + '-facts'">{{ 'offerPage.facts.title' | transloco }}</h3>
        <dl class="kp-details">
          <dt>{{ 'offerPage.facts.kind' | transloco }}</dt>
          <dd>{{ 'offerKinds.' + o.kind | transloco }}</dd>
          @if (o.topics.length) {
            <dt>{{ 'offerPage.facts.topics' | transloco }}</dt>
            <dd>
              <ul class="preview__chips">
                @for (topic of o.topics; track topic) {
                  <li>{{ 'offerTopics.' + topic | transloco }}</li>
                }
              </ul>
            </dd>
          }
          @if (o.audiences.length) {
            <dt>{{ 'offerPage.facts.audiences' | transloco }}</dt>
            <dd>
              <ul class="preview__chips">
                @for (audience of o.audiences; track audience) {
                  <li>{{ 'offerAudiences.' + audience | transloco }}</li>
                }
              </ul>
            </dd>
          }
          <dt>{{ 'offerPage.facts.languages' | transloco }}</dt>
          <dd>{{ languages() }}</dd>
          <dt>{{ 'offerPage.facts.price' | transloco }}</dt>
          <dd>{{ price() }}</dd>
          <dt>{{ 'offerPage.facts.provider' | transloco }}</dt>
          <dd>{{ o.provider.name }}</dd>
        </dl>
      </section>
      <section [attr.aria-labelledby]="idPrefix() + '-sessions'">
        <h3 [id]="idPrefix() + '-sessions'">{{ 'offerPage.sessions.title' | transloco }}</h3>
        @if (sessions().length) {
          <ul class="preview__sessions">
            @for (slot of sessions(); track slot.id) {
              <li>
                <p>
                  <strong><time [attr.datetime]="slot.startsAt">{{ slot.when }}</time></strong>
                  @if (slot.past) {
                    <span class="preview__muted"> ({{ 'offerPage.sessions.past' | transloco }})</span>
                  }
                </p>
                @if (slot.module) {
                  <p>{{ 'offerPage.sessions.module' | transloco: slot.module }}</p>
                }
                <dl class="kp-details">
                  <dt>{{ 'offerPage.sessions.mode' | transloco }}</dt>
                  <dd>{{ 'sessionModes.' + slot.mode | transloco }}</dd>
                  @if (slot.venue) {
                    <dt>{{ 'offerPage.sessions.venue' | transloco }}</dt>
                    <dd>{{ slot.venue }}</dd>
                  }
                  @if (slot.onlineUrl) {
                    <dt>{{ 'offerPage.sessions.online' | transloco }}</dt>
                    <dd>{{ slot.onlineUrl }}</dd>
                  }
                  @if (slot.instructors) {
                    <dt>{{ 'offerPage.sessions.instructors' | transloco }}</dt>
                    <dd>{{ slot.instructors }}</dd>
                  }
                  @if (slot.places) {
                    <dt>{{ 'offerPage.sessions.places' | transloco }}</dt>
                    <dd>{{ slot.places.key | transloco: slot.places.params }}</dd>
                  }
                </dl>
                @if (slot.deadline) {
                  <p>{{ 'offerPage.sessions.deadline' | transloco: { date: slot.deadline } }}</p>
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'offerPage.sessions.none' | transloco }}</p>
        }
      </section>
      @if (o.description) {
        <section [attr.aria-labelledby]="idPrefix() + '-description'">
          <h3 [id]="idPrefix() + '-description'">{{ 'offerPage.description' | transloco }}</h3>
          <p class="kp-pre-line">{{ o.description }}</p>
        </section>
      }
      @if (modules().length) {
        <section [attr.aria-labelledby]="idPrefix() + '-modules'">
          <h3 [id]="idPrefix() + '-modules'">{{ 'offerPage.modules.title' | transloco }}</h3>
          <ol class="preview__modules">
            @for (module of modules(); track module.id) {
              <li>
                <p><strong>{{ 'offerPage.modules.heading' | transloco: { position: module.position, title: module.title } }}</strong></p>
                @if (module.description) {
                  <p class="kp-pre-line">{{ module.description }}</p>
                }
                <p>{{ 'offerPage.modules.by' | transloco }} {{ module.by }}</p>
              </li>
            }
          </ol>
        </section>
      }
      @if (o.certificate; as certificate) {
        <section [attr.aria-labelledby]="idPrefix() + '-certificate'">
          <h3 [id]="idPrefix() + '-certificate'">{{ 'offerPage.certificate.title' | transloco }}</h3>
          <dl class="kp-details">
            <dt>{{ 'offerPage.certificate.name' | transloco }}</dt>
            <dd>{{ certificate.name }}</dd>
            @if (certificate.issuer) {
              <dt>{{ 'offerPage.certificate.issuer' | transloco }}</dt>
              <dd>{{ certificate.issuer }}</dd>
            }
            @if (certificate.recognisedBy) {
              <dt>{{ 'offerPage.certificate.recognisedBy' | transloco }}</dt>
              <dd>{{ certificate.recognisedBy }}</dd>
            }
            @if (certificate.legalBasis) {
              <dt>{{ 'offerPage.certificate.legalBasis' | transloco }}</dt>
              <dd>{{ certificate.legalBasis }}</dd>
            }
          </dl>
        </section>
      }
      @if (o.prerequisites || o.admissionRules) {
        <section [attr.aria-labelledby]="idPrefix() + '-admission'">
          <h3 [id]="idPrefix() + '-admission'">{{ 'offerPage.admission.title' | transloco }}</h3>
          <dl class="kp-details">
            @if (o.prerequisites) {
              <dt>{{ 'offerPage.admission.prerequisites' | transloco }}</dt>
              <dd class="kp-pre-line">{{ o.prerequisites }}</dd>
            }
            @if (o.admissionRules) {
              <dt>{{ 'offerPage.admission.rules' | transloco }}</dt>
              <dd class="kp-pre-line">{{ o.admissionRules }}</dd>
            }
          </dl>
        </section>
      }
      @if (o.partners.length) {
        <section [attr.aria-labelledby]="idPrefix() + '-partners'">
          <h3 [id]="idPrefix() + '-partners'">{{ 'offerPage.partners' | transloco }}</h3>
          <ul>
            @for (partner of o.partners; track partner.id) {
              <li>{{ partner.name }} – {{ partner.role }}</li>
            }
          </ul>
        </section>
      }
      @if (o.contact; as contact) {
        <section [attr.aria-labelledby]="idPrefix() + '-contact'">
          <h3 [id]="idPrefix() + '-contact'">{{ 'offerPage.contact.title' | transloco }}</h3>
          <dl class="kp-details">
            @if (contact.name) {
              <dt>{{ 'offerPage.contact.name' | transloco }}</dt>
              <dd>{{ contact.name }}</dd>
            }
            @if (contact.email) {
              <dt>{{ 'offerPage.contact.email' | transloco }}</dt>
              <dd>{{ contact.email }}</dd>
            }
            @if (contact.phone) {
              <dt>{{ 'offerPage.contact.phone' | transloco }}</dt>
              <dd>{{ contact.phone }}</dd>
            }
          </dl>
        </section>
      }
    </article>
  `,
})
export class OfferPreview {
  readonly offer = input.required<Offer>();
  /** Prefix of the heading ids (two previews on one page must differ). */
  readonly idPrefix = input('offer-preview');

  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly languages = computed(() => listOf(this.offer().languages.map((code) => languageName(code, this.language.current())), this.language.current()));
  protected readonly price = computed(() => {
    const language = this.language.current();
    const wording = priceWording(this.offer().price);
    const audiences = 'audiences' in wording ? listOf(wording.audiences.map((a) => this.t(`offerAudiences.${a}`)), language) : '';
    const amount = 'amount' in wording ? money(wording.amount, wording.currency, language) : '';
    return this.t(wording.key, { audiences, amount });
  });
  protected readonly modules = computed(() => {
    const offer = this.offer();
    return [...offer.modules].sort((a, b) => a.position - b.position).map((m) => ({ ...m, by: m.partner?.name ?? offer.provider.name }));
  });
  protected readonly sessions = computed(() => {
    const offer = this.offer();
    const language = this.language.current();
    const titles = new Map(offer.modules.map((m) => [m.position, m.title]));
    return [...offer.sessions]
      .sort((a, b) => instantOf(a.startsAt) - instantOf(b.startsAt))
      .map((s) => ({
        id: s.id,
        startsAt: s.startsAt,
        when: sessionRange(s.startsAt, s.endsAt, language),
        past: s.past,
        mode: s.mode,
        module: s.modulePosition !== null ? { position: s.modulePosition, title: titles.get(s.modulePosition) ?? '' } : null,
        venue: s.venue ? [s.venue.name, s.venue.street, [s.venue.postalCode, s.venue.locality ?? s.venue.regionName].filter(Boolean).join(' ')].filter(Boolean).join(', ') : null,
        onlineUrl: s.onlineUrl,
        instructors: s.instructors.length ? listOf(s.instructors, language) : null,
        places: places(s),
        deadline: s.registrationDeadline ? shortDate(s.registrationDeadline, language) : null,
      }));
  });

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}

function places(s: Offer['sessions'][number]): { key: string; params: Record<string, number> } | null {
  if (s.freePlaces === 0) return { key: 'offerPage.places.full', params: {} };
  if (s.freePlaces !== null && s.capacity !== null) return { key: 'offerPage.places.freeOf', params: { free: s.freePlaces, capacity: s.capacity } };
  if (s.freePlaces !== null) return { key: 'offerPage.places.free', params: { free: s.freePlaces } };
  if (s.capacity !== null) return { key: 'offerPage.places.capacity', params: { capacity: s.capacity } };
  return null;
}

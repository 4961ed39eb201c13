import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

import { DEFAULT_LANGUAGE, LANGUAGE_QUERY_PARAM, type Language, isLanguage } from './language';
import { LANGUAGE_STORE } from './language-store';

/**
 * The active UI language. Order of precedence at start: `?lang=` in the address, then the choice
 * stored in this browser, then German. Switching loads the translation first and only then
 * flips the UI, `<html lang>` and the stored choice together, so nothing shows untranslated keys.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly store = inject(LANGUAGE_STORE);
  private readonly active = signal<Language>(DEFAULT_LANGUAGE);
  private requestSequence = 0;

  /** The language the UI currently shows. */
  readonly current = this.active.asReadonly();

  /** `<html lang>` of the page as it arrived: the server's render (or the client shell's German). */
  private readonly pageLanguage = this.document.documentElement.lang;

  /**
   * True while the UI shows another language than the page arrived in. Parts of a server-rendered
   * page that hydrate late (`@defer (hydrate on viewport …)`) still hold the server's words; they
   * hydrate as soon as this turns true (`hydrate when language.differsFromPage()`) and then follow.
   */
  readonly differsFromPage = computed(() => this.active() !== this.pageLanguage);

  /** The language to start with, and whether it came from the address (an explicit choice). */
  detect(): { language: Language; fromQuery: boolean } {
    const search = this.document.defaultView?.location.search ?? '';
    const requested = new URLSearchParams(search).get(LANGUAGE_QUERY_PARAM);
    if (isLanguage(requested)) return { language: requested, fromQuery: true };
    const stored = this.store.read();
    return { language: isLanguage(stored) ? stored : DEFAULT_LANGUAGE, fromQuery: false };
  }

  /** Applies the detected language; runs once as an app initializer before the first render. */
  async init(): Promise<void> {
    const { language, fromQuery } = this.detect();
    await this.apply(language, fromQuery);
  }

  /** Switches the UI to `language` and remembers the choice. */
  use(language: Language): Promise<void> {
    return this.apply(language, true);
  }

  private async apply(language: Language, remember: boolean): Promise<void> {
    const request = ++this.requestSequence;
    await firstValueFrom(this.transloco.load(language));
    // A later switch may have finished first (slow network); the last click wins.
    if (request !== this.requestSequence) return;
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    this.active.set(language);
    if (remember) this.store.write(language);
  }
}

import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { LanguageService } from './language.service';

/** Translation key of the document title template; receives the page title as `page`. */
export const TITLE_TEMPLATE_KEY = 'app.titleTemplate';

/**
 * Route `title`s are translation keys. The document title is the translated page title in the
 * template (e.g. "Impressum – Knotenpunkt") and follows language switches without a navigation.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly pageKey = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const language = this.language.current();
      if (key === undefined) return;
      const page = this.transloco.translate(key, {}, language);
      this.title.setTitle(this.transloco.translate(TITLE_TEMPLATE_KEY, { page }, language));
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot));
  }
}

import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { LanguageService } from './language.service';

/** Translation key of the document title template; receives the page title as `page`. */
export const TITLE_TEMPLATE_KEY = 'app.titleTemplate';

/**
 * A page title that comes from data (an offer's title) instead of the route's translation key.
 * The page sets it once its data is there and sets `null` when it goes away (DestroyRef); until
 * then, and without one, the route's translated title is shown.
 */
@Injectable({ providedIn: 'root' })
export class DynamicPageTitle {
  private readonly text = signal<string | null>(null);
  readonly current = this.text.asReadonly();

  set(text: string | null): void {
    this.text.set(text?.trim() || null);
  }
}

/**
 * Route `title`s are translation keys. The document title is the translated page title in the
 * template (e.g. "Impressum – Knotenpunkt") and follows language switches without a navigation.
 * A page may replace the page part with its own text (`DynamicPageTitle`, e.g. the offer's title).
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly dynamic = inject(DynamicPageTitle);
  private readonly pageKey = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const dynamic = this.dynamic.current();
      const language = this.language.current();
      if (key === undefined && dynamic === null) return;
      const page = dynamic ?? this.transloco.translate(key ?? '', {}, language);
      const title = this.transloco.translate(TITLE_TEMPLATE_KEY, { page }, language);
      // A server-rendered page already has it; writing document.title again is not free.
      if (this.title.getTitle() !== title) this.title.setTitle(title);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot));
  }
}

import { Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  LANGUAGE_NAMES,
  LANGUAGE_QUERY_PARAM,
  type Language,
  LanguageService,
  SUPPORTED_LANGUAGES,
} from '@knotenpunkt/portal/shared/util';

import { SHELL_I18N_KEYS } from '../shell/shell-i18n';

/**
 * Two toggle buttons, "Deutsch" and "English", each labelled in its own language (`lang` on
 * the button) and marked with `aria-pressed`. Plain buttons keep it operable by keyboard
 * (Tab, Enter, Space) without extra code.
 */
@Component({
  selector: 'kp-language-switch',
  imports: [TranslocoPipe],
  template: `
    <div class="switch" role="group" [attr.aria-label]="keys.language | transloco">
      @for (option of options; track option.language) {
        <button
          type="button"
          class="switch__option"
          [attr.lang]="option.language"
          [attr.aria-pressed]="option.language === language.current()"
          (click)="select(option.language)"
        >
          {{ option.name }}
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      padding: 0.1875rem;
      gap: 0.125rem;
      border: 1px solid var(--kp-border);
      border-radius: 999px;
      background: var(--kp-surface-alt);
    }
    .switch__option {
      min-height: 2.25rem;
      min-width: 2.75rem;
      padding: 0.25rem 0.875rem;
      border: 0;
      border-radius: 999px;
      font: inherit;
      font-size: 0.9375rem;
      font-weight: 600;
      color: var(--kp-ink);
      background: transparent;
      cursor: pointer;
    }
    .switch__option:hover {
      background: var(--kp-surface-tint);
    }
    .switch__option[aria-pressed='true'] {
      color: var(--kp-on-primary);
      background: var(--kp-primary);
    }
    @media (max-width: 40rem) {
      .switch__option {
        padding-inline: 0.5rem;
        font-size: 0.875rem;
      }
    }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  protected readonly keys = SHELL_I18N_KEYS;
  protected readonly options = SUPPORTED_LANGUAGES.map((language) => ({ language, name: LANGUAGE_NAMES[language] }));

  async select(language: Language): Promise<void> {
    if (language === this.language.current()) return;
    try {
      await this.language.use(language);
    } catch (error) {
      // The previous language stays active; the visitor can simply try again.
      console.error(`Could not switch the language to "${language}"`, error);
      return;
    }
    // A `?lang=` from the link that brought the visitor here must not override the new choice
    // on reload.
    if (this.router.parseUrl(this.router.url).queryParamMap.has(LANGUAGE_QUERY_PARAM)) {
      await this.router.navigate([], {
        queryParams: { [LANGUAGE_QUERY_PARAM]: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    }
  }
}

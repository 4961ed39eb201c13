import { type Signal, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { FormErrors, LanguageService } from '@knotenpunkt/portal/shared/util';
import type { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { type ApiProblem, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';

import { type PathMessage, type SafeParser, type Translate, type Validation, serverFieldErrors, validate } from './validation';

/**
 * The state of one form: field errors (with ids for `aria-*`), a general problem message, a busy
 * flag, and the rules for focus: after a failed submit the error summary gets focus. Create it in
 * a field initialiser (it injects the translation services).
 */
export class SubmitState {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly errors: FormErrors;
  readonly problem = signal<string | null>(null);
  readonly busy = signal(false);
  readonly translate: Translate = (key, params) => this.transloco.translate(key, params ?? {}, this.language.current());

  constructor(
    formId: string,
    fields: readonly string[],
    private readonly summary: Signal<ErrorSummary | undefined>,
  ) {
    this.errors = new FormErrors(formId, fields);
  }

  /** Runs the schema; on failure shows the errors and focuses the summary. */
  check<T>(schema: SafeParser<T>, value: unknown): T | null {
    const result: Validation<T> = validate(schema, value, this.translate, this.language.current());
    if (result.ok) {
      this.errors.clear();
      this.problem.set(null);
      return result.data;
    }
    this.show(result.errors, null);
    return null;
  }

  /**
   * Shows what the api answered: field issues next to their fields, the message in the summary
   * (or `message` when the page words it itself). Returns the problem for further decisions.
   */
  fail(error: unknown, message?: (problem: ApiProblem) => string | null): ApiProblem {
    const problem = apiProblemOf(error);
    const text = message?.(problem) ?? this.describe(problem);
    this.show(serverFieldErrors(problem), text);
    return problem;
  }

  /** Like `fail`, but for errors not tied to the api. */
  show(errors: readonly PathMessage[], message: string | null): void {
    // Issues about something that is no field here (e.g. the token of a link) join the message.
    const stray = errors.filter((error) => !this.errors.isField(error.path)).map((error) => error.message);
    this.errors.set(errors.filter((error) => this.errors.isField(error.path)));
    const text = [message, ...stray].filter((part): part is string => !!part);
    this.problem.set(text.length ? [...new Set(text)].join(' ') : null);
    this.summary()?.focus();
  }

  reset(): void {
    this.errors.clear();
    this.problem.set(null);
  }

  /** The api's own message, or a translated fallback when it could not be reached. */
  describe(problem: ApiProblem): string {
    if (problem.message) return problem.message;
    return this.translate(problem.status === 0 || problem.status >= 500 ? 'forms.unreachable' : 'forms.failed');
  }
}

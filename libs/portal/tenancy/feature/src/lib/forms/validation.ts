import { type Language, translateValidationMessage, validationMessages } from '@knotenpunkt/shared/contracts';
import type { ApiProblem } from '@knotenpunkt/portal/tenancy/data-access';

/** Translates a key of the app's dictionaries in the current language. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The parts of a zod 4 issue the messages need. */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly input?: unknown;
}

export interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

export interface PathMessage {
  readonly path: string;
  readonly message: string;
}

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: readonly PathMessage[] };

/**
 * The message for one issue of a contracts schema, in the portal's words: the schemas' own
 * message keys (`email.format`, `password.minLength`, …) through the contracts' translations,
 * zod's generic checks through `forms.errors.*`.
 */
export function issueMessage(issue: SchemaIssue, translate: Translate, language: Language): string {
  if (issue.message in validationMessages) return translateValidationMessage(issue.message, language);
  const empty = issue.input === undefined || issue.input === null || (typeof issue.input === 'string' && issue.input.trim() === '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && (Number(issue.minimum) <= 1 || empty)) return translate('forms.errors.required');
      return translate('forms.errors.minLength', { min: Number(issue.minimum) });
    case 'too_big':
      return translate('forms.errors.maxLength', { max: Number(issue.maximum) });
    case 'invalid_type':
      return empty ? translate('forms.errors.required') : translate('forms.errors.invalid');
    case 'invalid_value':
      return translate('forms.errors.choice');
    case 'invalid_format':
      return empty ? translate('forms.errors.required') : translate('forms.errors.format');
    default:
      return translate('forms.errors.invalid');
  }
}

/** Validates a form value with a contracts schema; on failure, one message per field path. */
export function validate<T>(schema: SafeParser<T>, value: unknown, translate: Translate, language: Language): Validation<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issueMessage(issue, translate, language),
    })),
  };
}

/**
 * Field errors the api reported (`issues[].path`, already translated by `Accept-Language`).
 * A leading `body.` or `content.` is dropped, so the paths match the form's.
 */
export function serverFieldErrors(problem: ApiProblem): PathMessage[] {
  return problem.issues.map((issue) => ({ path: issue.path.replace(/^(body|content)\./, ''), message: issue.message }));
}

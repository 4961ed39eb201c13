import { computed, signal } from '@angular/core';

/** A problem with one field, ready to show: the DOM id of the field and the translated text. */
export interface FieldError {
  /** Dotted path as in the request body, e.g. `address.postalCode`. */
  readonly path: string;
  /** Id of the field's control (what the error summary links to). */
  readonly id: string;
  readonly message: string;
}

/**
 * Field errors of one form, as signals, with the ids the template needs for accessible errors:
 * `idOf(path)` for the control, `errorIdOf(path)` for its message, `describedBy(path, hintId)` for
 * `aria-describedby`, and `invalid(path)` for `aria-invalid`. Errors are kept in the order of
 * `fields` (the visual order), which is also the order of the error summary.
 */
export class FormErrors {
  private readonly errors = signal<readonly FieldError[]>([]);
  private readonly byPath = computed(() => new Map(this.errors().map((error) => [error.path, error])));

  /** All current errors, in field order. */
  readonly list = this.errors.asReadonly();
  readonly any = computed(() => this.errors().length > 0);

  constructor(
    readonly formId: string,
    private readonly fields: readonly string[] = [],
  ) {}

  idOf(path: string): string {
    return `${this.formId}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  }

  errorIdOf(path: string): string {
    return `${this.idOf(path)}-error`;
  }

  messageOf(path: string): string | null {
    return this.byPath().get(path)?.message ?? null;
  }

  invalid(path: string): 'true' | null {
    return this.byPath().has(path) ? 'true' : null;
  }

  /** `aria-describedby` value: the given hint ids, then the error message when there is one. */
  describedBy(path: string, ...hintIds: string[]): string | null {
    const ids = [...hintIds, ...(this.byPath().has(path) ? [this.errorIdOf(path)] : [])];
    return ids.length ? ids.join(' ') : null;
  }

  /**
   * Replaces the errors. Several messages for one path keep the first; paths that are not fields
   * of this form fall back to the nearest field that is (e.g. `register` → `register.court`), or
   * stay as they are.
   */
  set(errors: readonly { path: string; message: string }[]): void {
    const seen = new Set<string>();
    const result: FieldError[] = [];
    for (const error of errors) {
      const path = this.fieldFor(error.path);
      if (seen.has(path)) continue;
      seen.add(path);
      result.push({ path, id: this.idOf(path), message: error.message });
    }
    const order = (path: string) => {
      const index = this.fields.indexOf(path);
      return index === -1 ? this.fields.length : index;
    };
    this.errors.set(result.sort((a, b) => order(a.path) - order(b.path)));
  }

  /** Whether `path` (or a field below it) is a field of this form; any path when no fields were given. */
  isField(path: string): boolean {
    return !this.fields.length || this.fields.includes(path) || this.fields.some((field) => field.startsWith(`${path}.`));
  }

  clear(): void {
    this.errors.set([]);
  }

  private fieldFor(path: string): string {
    if (!this.fields.length || this.fields.includes(path)) return path;
    return this.fields.find((field) => field.startsWith(`${path}.`)) ?? path;
  }
}

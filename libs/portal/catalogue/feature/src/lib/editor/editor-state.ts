import { Injectable, signal } from '@angular/core';

import type { FormIssue } from './offer-form';

/**
 * A confirmation that survives one navigation inside the workspace ("… ist gespeichert" after the
 * new offer's page replaced `/neu`, "… ist freigegeben" back on the review queue). The next page
 * takes it once.
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceNotice {
  private readonly text = signal<string | null>(null);

  set(text: string): void {
    this.text.set(text);
  }

  take(): string | null {
    const text = this.text();
    this.text.set(null);
    return text;
  }
}

/** Sets `value` at a dotted path of a copy of `target` (arrays by index); the copy is returned. */
export function setAt<T>(target: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string, unknown>;
  const key = head ?? '';
  copy[key] = rest.length ? setAt(copy[key], rest.join('.'), value) : value;
  return copy as T;
}

/** Client issues in the form's words (translated) with the api's paths. */
export function translateIssues(issues: readonly FormIssue[], translate: (key: string, params?: Record<string, unknown>) => string): { path: string; message: string }[] {
  return issues.map((issue) => ({ path: issue.path, message: translate(issue.key, issue.params) }));
}

import { Pipe, type PipeTransform } from '@angular/core';

const formats = {
  date: { dateStyle: 'long' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * An ISO date or timestamp in the visitor's language: `{{ at | kpDate: language() }}` →
 * "3. März 2026" / "March 3, 2026"; `'dateTime'` adds the time. Pure: the language is an argument,
 * so a language switch re-renders it.
 */
@Pipe({ name: 'kpDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, language: string, format: keyof typeof formats = 'date'): string {
    if (!value) return '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(language, formats[format]).format(date);
  }
}

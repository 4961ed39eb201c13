/** Building blocks of the PostgreSQL adapter's statements. */

/** Collects positional parameters for one statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The tsquery text: AND over query words, OR over each word's alternatives, phrases with <->. */
export function tsQueryText(words: string[][]): string {
  return words
    .map((alternatives) => {
      const parts = alternatives.map((a) => a.split(' ').filter(Boolean).join(' <-> ')).filter(Boolean);
      return parts.length > 1 ? `(${parts.join(' | ')})` : (parts[0] ?? '');
    })
    .filter(Boolean)
    .join(' & ');
}


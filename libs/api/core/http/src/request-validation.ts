import { z } from 'zod';
import { translateValidationMessage, type FieldIssue, type Language } from '@knotenpunkt/shared/contracts';

const errorMaps: Record<Language, z.core.$ZodErrorMap> = {
  de: z.locales.de().localeError,
  en: z.locales.en().localeError,
};

export type RequestPart = 'body' | 'query' | 'params';

/** Thrown when a request part does not match its schema; the exception filter turns it into a 400. */
export class RequestValidationError extends Error {
  constructor(
    readonly part: RequestPart,
    readonly issues: FieldIssue[],
  ) {
    super(`Invalid ${part}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'RequestValidationError';
  }
}

/** Parses `value` with the schema, with built-in messages in the caller's language. */
export function parseRequestPart<T extends z.ZodType>(
  schema: T,
  value: unknown,
  part: RequestPart,
  language: Language,
): z.output<T> {
  const result = schema.safeParse(value, { error: errorMaps[language] });
  if (result.success) return result.data;
  throw new RequestValidationError(
    part,
    result.error.issues.map((issue) => ({
      path: issue.path.length ? issue.path.map(String).join('.') : `(${part})`,
      message: translateValidationMessage(issue.message, language),
      code: issue.code,
    })),
  );
}

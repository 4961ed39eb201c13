import { z } from 'zod';
import { RequestValidationError, parseRequestPart } from './request-validation';
import { toApiError } from './error-response';

const schema = z.object({ postalCode: z.string().regex(/^\d{5}$/), radiusKm: z.coerce.number().positive().max(500) });

function issuesOf(value: unknown, language: 'de' | 'en') {
  try {
    parseRequestPart(schema, value, 'query', language);
  } catch (error) {
    return (error as RequestValidationError).issues;
  }
  throw new Error('expected a validation error');
}

describe('parseRequestPart', () => {
  it('returns parsed, coerced data', () => {
    expect(parseRequestPart(schema, { postalCode: '99084', radiusKm: '30' }, 'query', 'de')).toEqual({
      postalCode: '99084',
      radiusKm: 30,
    });
  });

  it('names each bad field, in German by default', () => {
    const issues = issuesOf({ postalCode: '9908', radiusKm: '600' }, 'de');
    expect(issues.map((i) => i.path)).toEqual(['postalCode', 'radiusKm']);
    expect(issues[1]?.message).toMatch(/Zu groß|zu groß/);
  });

  it('speaks English when asked', () => {
    const issues = issuesOf({ radiusKm: 0 }, 'en');
    expect(issues.find((i) => i.path === 'postalCode')?.message).toMatch(/expected string/i);
    expect(issues.find((i) => i.path === 'radiusKm')?.message).toMatch(/too small/i);
  });

  it('becomes a 400 body with the issues and a translated summary', () => {
    let caught: unknown;
    try {
      parseRequestPart(schema, {}, 'body', 'de');
    } catch (error) {
      caught = error;
    }
    const body = toApiError(caught, 'de', 'req-12345678');
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Die Anfrage enthält ungültige Angaben.', requestId: 'req-12345678' });
    expect(body.issues?.map((i) => i.path)).toEqual(['postalCode', 'radiusKm']);
  });

  it('hides the details of unexpected errors', () => {
    const body = toApiError(new Error('password=secret in SQL'), 'en');
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'An internal error occurred.' });
  });
});

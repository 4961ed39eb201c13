import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { apiProblemOf, retryAfterSeconds } from './api-problem';

describe('apiProblemOf', () => {
  it('reads message, code, issues and Retry-After from an api error', () => {
    const error = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({ 'Retry-After': '120' }),
      error: { statusCode: 429, error: 'Too Many Requests', message: 'Zu viele Versuche.', code: 'locked', requestId: 'r1' },
    });
    expect(apiProblemOf(error)).toEqual({ status: 429, message: 'Zu viele Versuche.', code: 'locked', issues: [], retryAfterSeconds: 120 });
  });

  it('keeps field issues', () => {
    const issues = [{ path: 'address.postalCode', message: 'PLZ: genau 5 Ziffern', code: 'invalid_format' }];
    const error = new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', message: 'Ungültig', issues } });
    expect(apiProblemOf(error).issues).toEqual(issues);
  });

  it('has no message for network failures and foreign bodies', () => {
    expect(apiProblemOf(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }))).toMatchObject({ status: 0, message: null });
    expect(apiProblemOf(new HttpErrorResponse({ status: 502, error: '<html>' })).message).toBeNull();
    expect(apiProblemOf(new Error('x')).status).toBe(0);
  });
});

describe('retryAfterSeconds', () => {
  it('accepts seconds and HTTP dates', () => {
    expect(retryAfterSeconds('30')).toBe(30);
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(retryAfterSeconds('Tue, 01 Jan 2030 00:02:00 GMT', now)).toBe(120);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });
});

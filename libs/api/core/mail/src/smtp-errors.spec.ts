import { describeSendError, isPermanentSmtpRejection, messageIdFor } from './smtp-errors';

describe('isPermanentSmtpRejection', () => {
  it('is true only for a 5xx rejection of the recipient or the message', () => {
    expect(isPermanentSmtpRejection({ code: 'EENVELOPE', responseCode: 550, permanent: true })).toBe(true);
    expect(isPermanentSmtpRejection({ code: 'EMESSAGE', responseCode: 554 })).toBe(true);
    expect(isPermanentSmtpRejection({ code: 'EMESSAGE', responseCode: 451, permanent: false })).toBe(false);
    expect(isPermanentSmtpRejection({ code: 'EENVELOPE', responseCode: 503 })).toBe(false);
    // Wrong password or no connection: an operator problem, the mail waits for the fix.
    expect(isPermanentSmtpRejection({ code: 'EAUTH', responseCode: 535, permanent: true })).toBe(false);
    expect(isPermanentSmtpRejection({ code: 'ESOCKET' })).toBe(false);
    expect(isPermanentSmtpRejection(new Error('x'))).toBe(false);
    expect(isPermanentSmtpRejection(undefined)).toBe(false);
  });
});

describe('describeSendError', () => {
  it('keeps code, reply code and message on one line and hides URL credentials', () => {
    const error = Object.assign(new Error('Connection to smtps://user:secret@mail.example.org:465\nfailed'), {
      code: 'ESOCKET',
      responseCode: 421,
    });
    expect(describeSendError(error)).toBe('ESOCKET 421: Connection to smtps://***@mail.example.org:465 failed');
    expect(describeSendError('boom')).toBe('boom');
  });
});

describe('messageIdFor', () => {
  it('is the mail id at the host of the public base URL', () => {
    expect(messageIdFor('6f1d2c3b-0000-4000-8000-000000000001', 'https://knotenpunkt.example:8443/portal')).toBe(
      '<6f1d2c3b-0000-4000-8000-000000000001@knotenpunkt.example>',
    );
  });
});

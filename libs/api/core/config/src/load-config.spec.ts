import { ConfigError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://app:secret@localhost:5432/knotenpunkt',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

describe('loadConfig', () => {
  it('applies defaults for optional variables', () => {
    const config = loadConfig(valid);
    expect(config.API_PORT).toBe(3000);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.MEILI_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every missing required variable and what is expected', () => {
    expect.assertions(3);
    try {
      loadConfig({});
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^DATABASE_URL is missing: expected string/),
          expect.stringMatching(/^REDIS_URL is missing: expected string/),
        ]),
      );
      expect((error as Error).message).toContain('Invalid configuration');
    }
  });

  it('rejects a malformed value with the variable name and reason', () => {
    expect(() => loadConfig({ ...valid, API_PORT: '70000' })).toThrow(/API_PORT is invalid: .*65535/);
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toThrow(
      /DATABASE_URL is invalid: must start with postgres:\/\//,
    );
    expect(() => loadConfig({ ...valid, API_TRUST_PROXY: 'yes' })).toThrow(/API_TRUST_PROXY is invalid/);
  });

  it('defaults mail to the local sink and checks SMTP_URL and MAIL_FROM', () => {
    const config = loadConfig(valid);
    expect(config.SMTP_URL).toBe('smtp://127.0.0.1:1025');
    expect(config.MAIL_FROM).toBe('Knotenpunkt <no-reply@knotenpunkt.localhost>');
    expect(loadConfig({ ...valid, SMTP_URL: 'smtps://user:p%40ss@mail.example.org:465' }).SMTP_URL).toBe(
      'smtps://user:p%40ss@mail.example.org:465',
    );
    expect(loadConfig({ ...valid, MAIL_FROM: 'no-reply@example.org' }).MAIL_FROM).toBe('no-reply@example.org');
    expect(() => loadConfig({ ...valid, SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL is invalid: must start with smtp:\/\//);
    expect(() => loadConfig({ ...valid, MAIL_FROM: 'Knotenpunkt' })).toThrow(/MAIL_FROM is invalid/);
    expect(() => loadConfig({ ...valid, MAIL_FROM: 'A <a@example.org>\r\nBcc: x@example.org' })).toThrow(/MAIL_FROM is invalid/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ ...valid, API_PORT: '' }).API_PORT).toBe(3000);
  });

  it('coerces numbers and boolean flags', () => {
    const config = loadConfig({ ...valid, API_PORT: '8080', API_TRUST_PROXY: '1' });
    expect(config.API_PORT).toBe(8080);
    expect(config.API_TRUST_PROXY).toBe(true);
  });
});

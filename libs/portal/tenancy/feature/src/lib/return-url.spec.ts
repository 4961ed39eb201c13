import { isAuthPage, rememberReturnUrl, rememberedReturnUrl, safeReturnUrl } from './return-url';

describe('returnUrl', () => {
  it('accepts only paths inside the portal', () => {
    expect(safeReturnUrl('/einladung/abc?x=1')).toBe('/einladung/abc?x=1');
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined, '/a\nb']) {
      expect(safeReturnUrl(bad)).toBeNull();
    }
  });

  it('knows the pages not worth returning to', () => {
    expect(isAuthPage('/anmelden?returnUrl=%2F')).toBe(true);
    expect(isAuthPage('/registrieren')).toBe(true);
    expect(isAuthPage('/konto')).toBe(false);
    expect(isAuthPage('/anmeldenx')).toBe(false);
  });

  it('remembers a returnUrl across sign-up and verification (only safe ones)', () => {
    rememberReturnUrl('/einladung/abc');
    expect(rememberedReturnUrl()).toBe('/einladung/abc');
    localStorage.setItem('kp.returnUrl', 'https://evil.example');
    expect(rememberedReturnUrl()).toBeNull();
    rememberReturnUrl(null);
    expect(localStorage.getItem('kp.returnUrl')).toBeNull();
  });
});

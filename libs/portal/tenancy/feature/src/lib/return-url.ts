/** localStorage key of the page to return to after sign-up → verification → login (e.g. an invitation). */
export const PENDING_RETURN_URL_KEY = 'kp.returnUrl';

/**
 * `returnUrl` only ever points inside the portal: a path starting with one `/` (no `//host`,
 * no `/\host`, no scheme). Anything else is dropped, so the login page is no open redirect.
 */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return null;
  if ([...url].some((char) => char.charCodeAt(0) < 0x20)) return null;
  return url;
}

/** Pages that make no sense to come back to after logging in. */
export function isAuthPage(url: string): boolean {
  return /^\/(anmelden|registrieren|passwort-vergessen|passwort-neu|e-mail-bestaetigen)(\/|\?|$)/.test(url);
}

export function rememberReturnUrl(url: string | null): void {
  try {
    if (url) localStorage.setItem(PENDING_RETURN_URL_KEY, url);
    else localStorage.removeItem(PENDING_RETURN_URL_KEY);
  } catch {
    // Storage may be blocked; the link then simply leads to the default page.
  }
}

export function rememberedReturnUrl(): string | null {
  try {
    return safeReturnUrl(localStorage.getItem(PENDING_RETURN_URL_KEY));
  } catch {
    return null;
  }
}

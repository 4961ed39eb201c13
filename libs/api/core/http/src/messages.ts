import type { Language } from '@knotenpunkt/shared/contracts';

/** Texts of the api's own error answers; field-level texts come from zod's locales. */
const statusMessages: Record<number, Record<Language, string>> = {
  400: { de: 'Die Anfrage enthält ungültige Angaben.', en: 'The request contains invalid data.' },
  401: { de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  403: { de: 'Dafür fehlen Ihnen die Rechte.', en: 'You are not allowed to do this.' },
  404: { de: 'Nicht gefunden.', en: 'Not found.' },
  405: { de: 'Diese Methode ist hier nicht erlaubt.', en: 'This method is not allowed here.' },
  409: { de: 'Die Angaben stehen im Widerspruch zu vorhandenen Daten.', en: 'The request conflicts with existing data.' },
  413: { de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  415: { de: 'Dieses Datenformat wird nicht unterstützt.', en: 'This content type is not supported.' },
  429: { de: 'Zu viele Anfragen. Bitte warten Sie kurz.', en: 'Too many requests. Please wait a moment.' },
  500: { de: 'Ein interner Fehler ist aufgetreten.', en: 'An internal error occurred.' },
  503: { de: 'Der Dienst ist vorübergehend nicht erreichbar.', en: 'The service is temporarily unavailable.' },
};

export function statusMessage(status: number, language: Language): string {
  const fallback = status >= 500 ? statusMessages[500] : statusMessages[400];
  return (statusMessages[status] ?? fallback)?.[language] ?? '';
}

import type { Language } from '@knotenpunkt/shared/contracts';

/** What use-cases need to know about the request for audit entries and mails. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  language: Language;
}

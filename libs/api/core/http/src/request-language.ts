import { pickLanguage, type Language } from '@knotenpunkt/shared/contracts';

interface WithHeaders {
  headers: Record<string, string | string[] | undefined>;
}

export function requestLanguage(request: WithHeaders): Language {
  const header = request.headers['accept-language'];
  return pickLanguage(Array.isArray(header) ? header.join(',') : header);
}

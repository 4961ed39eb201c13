import type { LegalPageId } from '@knotenpunkt/shared/contracts';

/** The three legal pages with their German path segments (public pages and the `?seite=` of the editor). */
export const LEGAL_PAGES: readonly { readonly id: LegalPageId; readonly segment: string }[] = [
  { id: 'imprint', segment: 'impressum' },
  { id: 'privacy', segment: 'datenschutz' },
  { id: 'accessibility', segment: 'barrierefreiheit' },
];

export function legalPageBySegment(segment: string | undefined): LegalPageId {
  return LEGAL_PAGES.find((page) => page.segment === segment)?.id ?? 'imprint';
}

export function legalSegment(id: LegalPageId): string {
  return LEGAL_PAGES.find((page) => page.id === id)?.segment ?? 'impressum';
}

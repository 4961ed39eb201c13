import type { Audience, OfferKind, Topic } from '@knotenpunkt/shared/contracts';

/**
 * The German words of the catalogue codes, indexed with an offer's text: people type
 * "Netzwerktreffen", "Ehrenamtliche" or "kostenlos", providers pick the code and may never write
 * the word. Kept in step with the portal's labels (apps/portal/src/i18n/de.json), plus the
 * everyday words for the same thing.
 */
export const TOPIC_WORDS: Record<Topic, string> = {
  'migration-counselling': 'Migrationsberatung',
  'asylum-law': 'Asylrecht Aufenthaltsrecht',
  'intercultural-competence': 'Interkulturelle Kompetenz',
  'anti-discrimination': 'Antidiskriminierung',
  trauma: 'Trauma psychische Gesundheit',
  'unaccompanied-minors': 'Unbegleitete Minderjährige',
  'language-support': 'Sprachförderung',
  'labour-market': 'Arbeitsmarkt Beruf',
  'volunteer-management': 'Ehrenamtskoordination',
  'political-education': 'Politische Bildung',
  'conflict-management': 'Konfliktbearbeitung',
  facilitation: 'Moderation',
  'community-work': 'Gemeinwesenarbeit',
  'intercultural-opening': 'Interkulturelle Öffnung',
  'family-school-childcare': 'Familie Schule Kita',
  health: 'Gesundheit',
  'funding-project-management': 'Fördermittel Projektmanagement',
  networking: 'Vernetzung',
  'empowerment-self-organisation': 'Empowerment Selbstorganisation',
  'counselling-methods': 'Beratungsmethoden',
  'digital-skills': 'Digitale Kompetenzen',
  housing: 'Wohnen',
};

export const AUDIENCE_WORDS: Record<Audience, string> = {
  volunteers: 'Ehrenamtliche',
  professionals: 'Fachkräfte Hauptamtliche',
  multipliers: 'Multiplikator*innen',
  'migrant-organisations': 'Migrant*innenorganisationen',
  administration: 'Verwaltung',
  migrants: 'Migrant*innen',
  'general-public': 'Interessierte',
};

export const KIND_WORDS: Record<OfferKind, string> = {
  course: 'Kurs',
  programme: 'Qualifizierungsreihe',
  counselling: 'Beratung',
  'network-meeting': 'Netzwerktreffen',
  'on-request': 'auf Anfrage',
};

/** The searchable words of an offer's codes and facts: topics and audiences (strong), kind, price and mode (weak). */
export function vocabularyWords(offer: { kind: OfferKind; topics: readonly string[]; audiences: readonly string[]; isFree: boolean; freeFor: readonly string[]; modes: readonly string[] }): {
  strong: string;
  weak: string;
} {
  const strong = [...offer.topics.map((t) => TOPIC_WORDS[t as Topic]), ...offer.audiences.map((a) => AUDIENCE_WORDS[a as Audience])].filter(Boolean).join(' ');
  const weak = [
    KIND_WORDS[offer.kind],
    offer.isFree ? 'kostenlos' : offer.freeFor.length ? `kostenlos für ${offer.freeFor.map((a) => AUDIENCE_WORDS[a as Audience] ?? '').join(' ')}` : '',
    offer.modes.includes('online') || offer.modes.includes('blended') ? 'online' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { strong, weak };
}

/**
 * The curated dictionary of the field (trainings and networking in migration and integration
 * work), written by hand for the decompounder. Natural spelling; folded when loaded.
 *
 * Role of an entry (see `decompound.ts`):
 * - it is a possible part of a compound (nouns, adjectives, the few verb stems listed);
 * - it is never split itself (a lexicalised unit of the field: "Ehrenamt" is not "Ehre + Amt",
 *   "Fortbildung" is not "Fort + Bildung", "Kindertagesstätte" stays whole);
 * - a word of the general noun list is only split when ALL of its parts are entries here
 *   ("Arbeitsmarkt" → Arbeit + Markt, but "Augenblick" stays whole).
 *
 * Add simple words ("Reihe", "Kurs") and compounds that must stay whole. Do not add transparent
 * compounds that should be found by their parts ("Integrationskurs" is Integration + Kurs:
 * a search for "Kurs" should find it). Entries shorter than 4 letters are only used as parts
 * when listed in {@link SHORT_PARTS} as well.
 */
export const FIELD_WORDS: readonly string[] = [
  // Formats and events
  'Fortbildung', 'Weiterbildung', 'Ausbildung', 'Bildung', 'Qualifizierung', 'Qualifikation', 'Schulung',
  'Training', 'Seminar', 'Webinar', 'Workshop', 'Kurs', 'Reihe', 'Modul', 'Lehrgang', 'Vortrag', 'Vorlesung',
  'Tagung', 'Fachtag', 'Fachtagung', 'Konferenz', 'Kongress', 'Forum', 'Symposium', 'Treffen', 'Austausch',
  'Vernetzung', 'Netzwerk', 'Netz', 'Stammtisch', 'Runde', 'Tisch', 'Sprechstunde', 'Stunde', 'Beratung',
  'Coaching', 'Supervision', 'Intervision', 'Mentoring', 'Hospitation', 'Exkursion', 'Abend', 'Nachmittag',
  'Vormittag', 'Morgen', 'Woche', 'Wochenende', 'Monat', 'Jahr', 'Tag', 'Info', 'Information', 'Veranstaltung',
  'Angebot', 'Programm', 'Projekt', 'Zertifikat', 'Prüfung', 'Test', 'Einführung', 'Vertiefung', 'Praxis',
  'Methode', 'Methodik', 'Übung', 'Spiel', 'Einheit', 'Sitzung', 'Termin', 'Präsenz', 'Format', 'Dialog',
  'Gespräch', 'Café', 'Fest', 'Festival', 'Aktion', 'Camp', 'Kampagne', 'Ausstellung', 'Lesung', 'Film',
  'Theater', 'Konzert', 'Führung', 'Besuch', 'Reise', 'Fahrt', 'Lernort', 'Raum', 'Ort', 'Plattform', 'Portal',
  'Podcast', 'Video', 'Material', 'Handreichung', 'Leitfaden', 'Broschüre', 'Buch', 'Checkliste', 'Liste',
  'Toolbox', 'Tool', 'Kreis', 'Arbeitskreis', 'Gruppe', 'Team', 'Gremium', 'Beirat', 'Rat', 'Ausschuss',
  'Sprecher', 'Online', 'Lernen', 'Lehre', 'Unterricht', 'Studium', 'Studie', 'Befragung', 'Evaluation',
  'Auswertung', 'Dokumentation', 'Bericht', 'Impuls', 'Input', 'Diskussion', 'Podium', 'Fall', 'Beispiel',
  'Einstieg', 'Überblick', 'Basis', 'Grundlage', 'Wissen', 'Kenntnis', 'Zugang', 'Anmeldung', 'Teilnahme',
  'Gebühr', 'Kosten',

  // People
  'Mittler', 'Sprachmittler', 'Kulturmittler', 'Mittlung', 'Sprachmittlung', 'Kulturmittlung', 'Materialien',
  'migrantisch', 'Dolmetscher', 'Übersetzer', 'Lotse', 'Begleiter', 'Helfer', 'Berater', 'Trainer', 'Referent',
  'Dozent', 'Lehrer', 'Lehrkraft', 'Kraft', 'Fachkraft', 'Erzieher', 'Pädagoge', 'Multiplikator',
  'Koordinator', 'Koordination', 'Beauftragter', 'Beauftragte', 'Leiter', 'Leitung', 'Mitarbeiter', 'Ehrenamt',
  'Ehrenamtliche', 'Freiwillige', 'Engagierte', 'Migrant', 'Geflüchtete', 'Flüchtling', 'Asylbewerber',
  'Bewerber', 'Zuwanderer', 'Einwanderer', 'Aussiedler', 'Spätaussiedler', 'Schutzsuchende', 'Asylsuchende',
  'Zugewanderte', 'Frau', 'Mann', 'Mädchen', 'Junge', 'Kind', 'Kinder', 'Jugend', 'Jugendliche', 'Eltern',
  'Familie', 'Mutter', 'Vater', 'Senior', 'Student', 'Schüler', 'Azubi', 'Auszubildende', 'Teilnehmer',
  'Teilnehmende', 'Gast', 'Kollege', 'Fachleute', 'Arzt', 'Psychologe', 'Therapeut', 'Polizei', 'Richter',
  'Anwalt', 'Vormund', 'Pate', 'Patenschaft', 'Mentor', 'Bürger', 'Nachbar', 'Mensch', 'Person',
  'Minderjährige', 'Erwachsene', 'Opfer', 'Betroffene', 'Angehörige', 'Arbeitgeber', 'Arbeitnehmer',
  'Unternehmen', 'Betrieb', 'Vorstand', 'Mitglied', 'Akteur', 'Partner', 'Kooperation', 'Träger', 'Anbieter',
  'Ansprechpartner', 'Experte', 'Moderator', 'Mediator', 'Verantwortliche', 'Haupt',

  // Topics
  'Sprache', 'Deutsch', 'Zweitsprache', 'Fremdsprache', 'Herkunftssprache', 'Alphabetisierung', 'Kultur',
  'Migration', 'Integration', 'Inklusion', 'Teilhabe', 'Partizipation', 'Asyl', 'Aufenthalt', 'Recht',
  'Gesetz', 'Leistung', 'Arbeit', 'Markt', 'Beruf', 'Anerkennung', 'Abschluss', 'Schule', 'Hochschule',
  'Volkshochschule', 'Kita', 'Kindertagesstätte', 'Kindertageseinrichtung', 'Krippe', 'Gesundheit', 'Trauma',
  'Psyche', 'Pädagogik', 'Didaktik', 'Diskriminierung', 'Rassismus', 'Antisemitismus', 'Diversität',
  'Diversity', 'Vielfalt', 'Konflikt', 'Gewalt', 'Schutz', 'Prävention', 'Radikalisierung', 'Extremismus',
  'Demokratie', 'Politik', 'Gesellschaft', 'Religion', 'Islam', 'Glaube', 'Wohnen', 'Wohnung', 'Unterkunft',
  'Unterbringung', 'Einreise', 'Ausreise', 'Rückkehr', 'Abschiebung', 'Duldung', 'Nachzug', 'Einbürgerung',
  'Staatsangehörigkeit', 'Verfahren', 'Anhörung', 'Kommunikation', 'Kompetenz', 'Sensibilität',
  'Sensibilisierung', 'Empowerment', 'Resilienz', 'Fürsorge', 'Sorge', 'Stress', 'Belastung', 'Entlastung',
  'Moderation', 'Mediation', 'Medien', 'Digitalisierung', 'Finanzierung', 'Förderung', 'Mittel', 'Antrag',
  'Management', 'Organisation', 'Verein', 'Öffentlichkeit', 'Alltag', 'Orientierung', 'Wert', 'Willkommen',
  'Initiative', 'Hilfe', 'Unterstützung', 'Begleitung', 'Betreuung', 'Pflege', 'Versorgung', 'Sport',
  'Freizeit', 'Nachbarschaft', 'Quartier', 'Stadt', 'Kommune', 'Gemeinde', 'Land', 'Bund', 'Region', 'Zentrum',
  'Stelle', 'Dienst', 'Einrichtung', 'Verband', 'Wohlfahrt', 'Diakonie', 'Caritas', 'Behörde', 'Amt',
  'Jobcenter', 'Agentur', 'Center', 'Verwaltung', 'Ministerium', 'Gleichstellung', 'Gleichberechtigung',
  'Gender', 'Geschlecht', 'Queer', 'Behinderung', 'Armut', 'Schulden', 'Sucht', 'Sexualität', 'Erziehung',
  'Entwicklung', 'Lese', 'Schreiben', 'Lesen', 'Rechnen', 'Mathematik', 'Wirtschaft', 'Finanzen', 'Geld',
  'Steuer', 'Versicherung', 'Rente', 'Grundsicherung', 'Unterhalt', 'Ehe', 'Scheidung', 'Trennung', 'Heirat',
  'Geburt', 'Schwangerschaft', 'Tod', 'Trauer', 'Flucht', 'Krieg', 'Verfolgung', 'Ausbeutung', 'Beschneidung',
  'Daten', 'Sicherheit', 'Krise', 'Intervention', 'Notfall', 'Not', 'Heim', 'Haus', 'Job', 'Praktikum',
  'Bewerbung', 'Zeugnis', 'Platz', 'Lohn', 'Vertrag', 'Kündigung', 'Selbstständigkeit', 'Gründung', 'Existenz',
  'Perspektive', 'Zukunft', 'Chance', 'Potenzial', 'Ressource', 'Vorurteil', 'Stereotyp', 'Klischee',
  'Identität', 'Heimat', 'Herkunft', 'Biografie', 'Geschichte', 'Erinnerung', 'Gedenken', 'Kolonialismus',
  'Rechtsextremismus', 'Islamismus', 'Populismus', 'Hass', 'Hetze', 'Diskurs', 'Debatte', 'Argument',
  'Zivilcourage', 'Courage', 'Solidarität', 'Engagement', 'Beteiligung', 'Mitbestimmung', 'Wahl',
  'Bürgerschaft', 'Zusammenhalt', 'Zusammenleben', 'Begegnung', 'Nachhaltigkeit', 'Klima', 'Umwelt', 'Natur',
  'Garten', 'Küche', 'Kochen', 'Essen', 'Musik', 'Kunst', 'Tanz', 'Literatur', 'Computer', 'Internet', 'Handy',
  'Smartphone', 'Verkehr', 'Mobilität', 'Fahrrad', 'Führerschein', 'Psychiatrie', 'Therapie', 'Krankheit',
  'Impfung', 'Hebamme', 'Krankenhaus', 'Klinik', 'Anleitung', 'Reflexion', 'Haltung', 'Rolle', 'Auftrag',
  'Mandat', 'Grenze', 'Nähe', 'Distanz', 'Vertrauen', 'Beziehung', 'Bindung', 'Deeskalation', 'Eskalation',
  'Lösung', 'Strategie', 'Konzept', 'Qualität', 'Standard', 'Kriterium', 'Leitlinie', 'Leitbild', 'Öffnung',
  'Antidiskriminierung', 'Gleichbehandlung', 'Benachteiligung', 'Barriere', 'Leben', 'Welt', 'Europa', 'Union',
  'Ausland', 'Inland', 'Verfassung', 'Staat', 'Beschäftigung', 'Erlaubnis', 'Genehmigung', 'Gestattung',
  'Titel', 'Pass', 'Ausweis', 'Dokument', 'Nachweis', 'Bescheinigung', 'Bescheid', 'Widerspruch', 'Klage',
  'Gericht', 'Frist', 'Pflicht', 'Anspruch', 'Ankommen', 'Landeskunde',

  // Adjectives and adverbs that occur as parts ("traumapädagogisch", "kultursensibel", "Sozialarbeit")
  'amtlich', 'ehrenamtlich', 'hauptamtlich', 'pädagogisch', 'kulturell', 'interkulturell', 'sprachlich',
  'rechtlich', 'politisch', 'sensibel', 'spezifisch', 'bezogen', 'orientiert', 'gerecht', 'sicher', 'frei',
  'stark', 'offen', 'kompetent', 'bewusst', 'übergreifend', 'kritisch', 'nah', 'sozial', 'digital', 'kommunal',
  'regional', 'lokal', 'international', 'national', 'neu', 'jung', 'früh', 'groß', 'klein', 'zweisprachig',
  'mehrsprachig', 'sprachig', 'inklusiv', 'divers', 'gemeinsam', 'kostenlos', 'kostenfrei', 'bundesweit',
  'landesweit', 'weit', 'praktisch', 'therapeutisch', 'psychologisch', 'psychisch', 'medizinisch', 'beruflich',
  'schulisch', 'gesellschaftlich', 'demokratisch', 'rassistisch',
];

/**
 * Words that are never split and are no parts either: function words, weekdays, country and
 * region names outside the regions data set (which only has German Länder, Kreise and
 * Gemeinden), product names. Natural spelling.
 */
export const UNSPLITTABLE: readonly string[] = [
  'innerhalb', 'außerhalb', 'oberhalb', 'unterhalb', 'deshalb', 'weshalb', 'weiterhin', 'immerhin', 'mithilfe',
  'anhand', 'zuhause', 'vorab', 'bisher', 'seitdem', 'stattdessen', 'trotzdem', 'insgesamt', 'mindestens',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Sonnabend', 'Feiertag', 'Wochentag',
  'Deutschland', 'Mitteldeutschland', 'Norddeutschland', 'Süddeutschland', 'Ostdeutschland', 'Westdeutschland',
  'Griechenland', 'Russland', 'Weißrussland', 'Finnland', 'England', 'Irland', 'Nordirland', 'Holland', 'Lettland',
  'Estland', 'Thailand', 'Island', 'Schottland', 'Neuseeland', 'Grönland', 'Rheinland', 'Saarland', 'Emsland',
  'Sauerland', 'Vogtland', 'Eichsfeld', 'Freistaat', 'Bundesrepublik', 'Messenger', 'Website', 'Homepage',
  'Software', 'Hardware', 'Smartphone', 'Laptop', 'Facebook', 'Instagram', 'Telegram', 'WhatsApp', 'YouTube',
  'Bundestag', 'Landtag',
];

/**
 * Parts of three letters: only these may be a part of a compound ("Fachtag", "Ehrenamt" as
 * elided head, "Jobcenter", "Notunterkunft"), so that "Magd + Eburg"-like splits into tiny
 * pieces cannot happen.
 */
export const SHORT_PARTS: readonly string[] = ['Amt', 'Rat', 'Tag', 'Ort', 'Weg', 'Not', 'Job', 'Uni', 'Ehe', 'Zug', 'Neu', 'Nah', 'Tod', 'Ski', 'Bus', 'Hof'];

/**
 * Nouns of the general list that are never a part: they look like nouns but are prefixes or
 * derivational suffixes in compounds ("fort-bilden", "unter-stützen", "Gemein-schaft",
 * "Flücht-ling", "Fräu-lein", "Eich-horn").
 */
export const BLOCKED_PARTS: readonly string[] = ['ende', 'fort', 'unter', 'schaft', 'ling', 'lein', 'chen', 'erei', 'ung', 'heit', 'keit', 'horn', 'sende'];

/**
 * Separable verb particles and prefixes for elisions such as "Ein- und Ausreise",
 * "Vor- und Nachbereitung", "Hin- und Rückfahrt", "Be- und Entlastung" (folded).
 */
export const ELISION_PREFIXES: readonly string[] = [
  'wieder', 'zurueck', 'zusammen', 'gegen', 'hinter', 'ueber', 'unter', 'durch', 'rueck', 'inner', 'ausser',
  'nach', 'ober', 'fort', 'weiter', 'auf', 'aus', 'ein', 'vor', 'mit', 'hin', 'her', 'weg', 'ent', 'ver', 'zer',
  'miss', 'um', 'an', 'ab', 'zu', 'be', 'ge', 'er',
];

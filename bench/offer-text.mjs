#!/usr/bin/env node
// Realistic German offer text for the search bench: trainings, programmes and network meetings
// in migration and integration work. Deterministic: every function takes the caller's seeded
// random function (bench/support.mjs rng), so a seed always gives the same offers and queries.
//   offerText(random, { region, town, kind }) → { kind, title, abstract, description, modules, topics, audiences }
//   naturalQueries(random, n, { minWords, maxWords, typos, places }) → n search queries as users type them
//   typo(random, word) → the word with one slip of the finger
// Large term and phrase pools, picked with Zipf weights (the first entries of every pool are
// common, the rest a long tail); the gender forms vary per offer as they do in practice
// (Berater*innen, Berater:innen, BeraterInnen, Berater_innen, Beraterinnen und Berater, Beratende).
// Self-check: node bench/offer-text.mjs --sample 5 [--seed 1] [--count 10000]
import { pathToFileURL } from 'node:url';

const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// Random helpers

const cumulativeBySize = new Map();
/** Index in 0..size-1 with weight 1/(k+1)^s. */
function zipfIndex(random, size, s = 1) {
  const key = `${size}:${s}`;
  let cumulative = cumulativeBySize.get(key);
  if (!cumulative) {
    cumulative = new Float64Array(size);
    let sum = 0;
    for (let k = 0; k < size; k++) cumulative[k] = sum += 1 / (k + 1) ** s;
    cumulativeBySize.set(key, cumulative);
  }
  const x = random() * cumulative[size - 1];
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const zipf = (random, list, s = 1) => list[zipfIndex(random, list.length, s)];
const pick = (random, list) => list[Math.floor(random() * list.length)];
const chance = (random, p) => random() < p;
const between = (random, lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
/** `k` distinct entries of `list`, Zipf-weighted, in the order drawn. */
function zipfDistinct(random, list, k, s = 1) {
  const chosen = new Set();
  for (let tries = 0; chosen.size < Math.min(k, list.length) && tries < k * 20; tries++) chosen.add(zipf(random, list, s));
  return [...chosen];
}
/** Picks a key of `weights` ({ key: weight }). */
function weighted(random, weights) {
  const entries = Object.entries(weights);
  let x = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) if ((x -= w) < 0) return key;
  return entries[entries.length - 1][0];
}
/** A standard normal number (Box–Muller). */
function normal(random) {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
const list = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`);

// ---------------------------------------------------------------------------------------------
// People and gender forms

/** [stem for *innen, masculine plural, feminine plural, neutral plural or null] */
const PEOPLE = {
  berater: ['Berater', 'Berater', 'Beraterinnen', 'Beratende'],
  mittler: ['Mittler', 'Mittler', 'Mittlerinnen', 'Mittelnde'],
  kolleg: ['Kolleg', 'Kollegen', 'Kolleginnen', null],
  teilnehmer: ['Teilnehmer', 'Teilnehmer', 'Teilnehmerinnen', 'Teilnehmende'],
  migrant: ['Migrant', 'Migranten', 'Migrantinnen', null],
  lehrer: ['Lehrer', 'Lehrer', 'Lehrerinnen', 'Lehrkräfte'],
  erzieher: ['Erzieher', 'Erzieher', 'Erzieherinnen', null],
  sozialarbeiter: ['Sozialarbeiter', 'Sozialarbeiter', 'Sozialarbeiterinnen', 'Sozialarbeitende'],
  sozialpaedagoge: ['Sozialpädagog', 'Sozialpädagogen', 'Sozialpädagoginnen', null],
  mitarbeiter: ['Mitarbeiter', 'Mitarbeiter', 'Mitarbeiterinnen', 'Mitarbeitende'],
  koordinator: ['Koordinator', 'Koordinatoren', 'Koordinatorinnen', 'Koordinierende'],
  lotse: ['Lots', 'Lotsen', 'Lotsinnen', null],
  begleiter: ['Begleiter', 'Begleiter', 'Begleiterinnen', 'Begleitende'],
  multiplikator: ['Multiplikator', 'Multiplikatoren', 'Multiplikatorinnen', null],
  trainer: ['Trainer', 'Trainer', 'Trainerinnen', null],
  referent: ['Referent', 'Referenten', 'Referentinnen', 'Referierende'],
  dolmetscher: ['Dolmetscher', 'Dolmetscher', 'Dolmetscherinnen', 'Dolmetschende'],
  arzt: ['Ärzt', 'Ärzte', 'Ärztinnen', null],
  psychotherapeut: ['Psychotherapeut', 'Psychotherapeuten', 'Psychotherapeutinnen', 'Psychotherapeutisch Tätige'],
  arbeitgeber: ['Arbeitgeber', 'Arbeitgeber', 'Arbeitgeberinnen', null],
  vermieter: ['Vermieter', 'Vermieter', 'Vermieterinnen', 'Vermietende'],
  mieter: ['Mieter', 'Mieter', 'Mieterinnen', 'Mietende'],
  schueler: ['Schüler', 'Schüler', 'Schülerinnen', 'Schülerinnen und Schüler'],
  helfer: ['Helfer', 'Helfer', 'Helferinnen', 'Helfende'],
  pate: ['Pat', 'Paten', 'Patinnen', null],
  mentor: ['Mentor', 'Mentoren', 'Mentorinnen', null],
  unterstuetzer: ['Unterstützer', 'Unterstützer', 'Unterstützerinnen', 'Unterstützende'],
  buerger: ['Bürger', 'Bürger', 'Bürgerinnen', null],
  einsteiger: ['Einsteiger', 'Einsteiger', 'Einsteigerinnen', 'Einsteigende'],
  leiter: ['Leiter', 'Leiter', 'Leiterinnen', 'Leitende'],
  vormund: ['Vormund', 'Vormünder', 'Vormundinnen', null],
  nachbar: ['Nachbar', 'Nachbarn', 'Nachbarinnen', null],
  anwalt: ['Anwält', 'Anwälte', 'Anwältinnen', null],
  experte: ['Expert', 'Experten', 'Expertinnen', 'Fachleute'],
  akteur: ['Akteur', 'Akteure', 'Akteurinnen', 'Beteiligte'],
  ehrenamtler: ['Ehrenamtler', 'Ehrenamtler', 'Ehrenamtlerinnen', 'Ehrenamtliche'],
  studierende: ['Student', 'Studenten', 'Studentinnen', 'Studierende'],
  ansprechpartner: ['Ansprechpartner', 'Ansprechpartner', 'Ansprechpartnerinnen', 'Ansprechpersonen'],
  vertreter: ['Vertreter', 'Vertreter', 'Vertreterinnen', 'Vertretende'],
};

/** How often each style of gendered writing is used by a provider (one style per offer). */
const STYLES = { star: 42, colon: 18, neutral: 12, pair: 10, binnen: 8, under: 5, slash: 5 };

const joinPrefix = (prefix, word) => (!prefix ? word : /[- ]$/.test(prefix) ? prefix + word : prefix + lowerFirst(word));
const dativePlural = (word) => (/[ns]$/.test(word) || / und /.test(word) ? word : `${word}n`);

/** Plural of a person noun in `style`, e.g. person('berater', 'colon', 'Migrations') → "Migrationsberater:innen". */
function person(key, style, prefix = '', dative = false) {
  const [stem, masc, fem, neutral] = PEOPLE[key];
  const masculine = dative ? dativePlural(masc) : masc;
  const suffixes = { star: '*innen', colon: ':innen', binnen: 'Innen', under: '_innen' };
  if (suffixes[style]) return joinPrefix(prefix, stem) + suffixes[style];
  if (style === 'neutral' && neutral) return joinPrefix(prefix, dative ? dativePlural(neutral) : neutral);
  if (style === 'slash') return `${joinPrefix(prefix, stem)}/-innen`;
  if (style === 'neutral') return joinPrefix(prefix, stem) + '*innen';
  return fem === masc ? joinPrefix(prefix, masculine) : `${joinPrefix(prefix, fem)} und ${joinPrefix(prefix, masculine)}`;
}
/** Singular with both genders: "Integrationsbegleiter*in", "Integrationsbegleiter/-in". */
function personSingular(key, style, prefix = '') {
  const [stem] = PEOPLE[key];
  const suffixes = { star: '*in', colon: ':in', binnen: 'In', under: '_in' };
  return joinPrefix(prefix, stem) + (suffixes[style] ?? '/-in');
}
/** A compound with a gendered first part: "Migrant*innenorganisationen", "Migrantenorganisationen". */
function personCompound(key, style, suffix) {
  const [stem, masc] = PEOPLE[key];
  const suffixes = { star: '*innen', colon: ':innen', binnen: 'Innen', under: '_innen' };
  return suffixes[style] ? stem + suffixes[style] + suffix : masc + suffix;
}

// ---------------------------------------------------------------------------------------------
// Topics: the field of migration and integration work, most common first.
// keys: short search terms; titles: subjects for titles; contents: noun phrases for content lists
// (nominative, no article); goals: zu-infinitive clauses; questions; intros: opening sentences.
// {p:Prefix+key} person plural, {d:…} dative plural, {s:…} singular, {pc:key:suffix} compound.

const topic = (code, spec) => ({ code, ...Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, lines(v)])) });

const TOPICS = [
  topic('asylum-law', {
    keys: `Asylrecht\nAsylverfahren\nAsyl\nAnhörung\nDublin-Verfahren\nAsylantrag\nBAMF\nFlüchtlingsschutz\nsubsidiärer Schutz\nAbschiebung\nRechtsberatung\nAsylbescheid`,
    titles: `Asylrecht kompakt
      Grundlagen des Asylrechts
      Das Asylverfahren verstehen und begleiten
      Vorbereitung auf die Anhörung im Asylverfahren
      Dublin-Verfahren und Überstellungen
      Asylrecht für die Beratungspraxis
      Aktuelle Entwicklungen im Asylrecht
      Rechte von Geflüchteten im Asylverfahren
      GEAS-Reform: Was ändert sich im Asylverfahren?
      Asylrecht im Ehrenamt
      Ablehnung – und jetzt? Rechtsmittel im Asylverfahren
      Abschiebung und Abschiebungshaft
      Asylverfahrensberatung für Einsteiger*innen`,
    contents: `Ablauf des Asylverfahrens von der Registrierung bis zum Bescheid
      Zuständigkeiten von BAMF, Ausländerbehörde und Verwaltungsgericht
      Anhörung beim Bundesamt und ihre Vorbereitung
      Schutzformen: Asylberechtigung, Flüchtlingsschutz, subsidiärer Schutz und Abschiebungsverbote
      Dublin-Verfahren und Zuständigkeit anderer EU-Staaten
      Fristen, Bescheide und Rechtsmittel
      Klageverfahren vor dem Verwaltungsgericht
      Rechte und Pflichten während des Verfahrens
      Wohnsitzauflage und Residenzpflicht
      Asylfolgeantrag und Wiederaufgreifen des Verfahrens
      sichere Herkunftsstaaten und beschleunigte Verfahren
      besonders schutzbedürftige Personen im Asylverfahren
      Reform des Gemeinsamen Europäischen Asylsystems (GEAS)
      Grenzen der Rechtsberatung durch Ehrenamtliche
      Akteneinsicht und Zusammenarbeit mit {d:anwalt}
      Widerruf und Rücknahme des Schutzstatus
      Abschiebungshaft und Ausreisegewahrsam
      Kirchenasyl als letzte Möglichkeit`,
    goals: `die einzelnen Schritte des Asylverfahrens nachzuvollziehen
      Geflüchtete auf die Anhörung vorzubereiten
      Bescheide des Bundesamts zu lesen und Fristen richtig einzuschätzen
      die Grenzen der eigenen Rolle zu erkennen und rechtzeitig an Fachstellen zu verweisen
      typische Fallstricke im Verfahren zu erkennen
      Betroffene über ihre Rechte im Verfahren aufzuklären`,
    questions: `Wie läuft ein Asylverfahren ab, und wer ist wofür zuständig?
      Was bedeutet ein Dublin-Bescheid für die Betroffenen?
      Welche Fristen gelten nach einem ablehnenden Bescheid?
      Wie können Ehrenamtliche bei der Vorbereitung auf die Anhörung helfen, ohne Rechtsberatung zu leisten?`,
    intros: `Das Asylverfahren ist für viele Geflüchtete schwer zu durchschauen, und auch {p:unterstuetzer} stoßen schnell an Grenzen.
      Wer Geflüchtete begleitet, wird früher oder später mit Fragen zum Asylverfahren konfrontiert.
      Die Gesetzeslage im Asylrecht ändert sich laufend – zuletzt durch die Reform des Gemeinsamen Europäischen Asylsystems.
      Vom Ausgang des Asylverfahrens hängt für die Betroffenen fast alles ab.`,
  }),
  topic('volunteer-management', {
    keys: `Ehrenamt\nEhrenamtliche\nEhrenamtskoordination\nFreiwilligenmanagement\nEngagement\nWillkommensinitiative\nFreiwillige\nPatenschaften\nbürgerschaftliches Engagement\nEngagierte\nSelbstfürsorge`,
    titles: `Ehrenamtskoordination in der Flüchtlingshilfe
      Freiwilligenmanagement kompakt
      Engagiert, aber nicht allein: Selbstfürsorge im Ehrenamt
      Neue Freiwillige gewinnen und halten
      Patenschaftsprogramme aufbauen
      Haupt- und Ehrenamt: Zusammenarbeit gestalten
      Versicherungsschutz und Recht im Ehrenamt
      Willkommensinitiativen im Wandel
      Grenzen setzen im Ehrenamt
      Anerkennungskultur für Engagierte`,
    contents: `Gewinnung und Einarbeitung neuer Freiwilliger
      Anerkennungskultur im Ehrenamt
      Rollen und Aufgaben von haupt- und ehrenamtlich Tätigen
      Erwartungsmanagement und Grenzen
      Versicherungsschutz für Engagierte
      Aufwandsentschädigung und Ehrenamtspauschale
      Patenschaften und Tandems
      Motivation und Bindung von Engagierten
      Selbstfürsorge und Burnout-Prävention
      Konflikte im Team der Engagierten
      Datenschutz in Initiativen
      Engagementstrategien von Kommunen
      Generationenwechsel in Willkommensinitiativen
      Zusammenarbeit mit Freiwilligenagenturen
      Führungszeugnis und Schutzkonzepte`,
    goals: `Freiwillige langfristig zu binden
      Aufgaben im Team klar zu verteilen
      gut für sich selbst zu sorgen und Überlastung vorzubeugen
      neue Engagierte gezielt anzusprechen und einzuarbeiten`,
    questions: `Wie bleiben Engagierte motiviert, ohne sich zu überfordern?
      Wie gewinnen wir neue Freiwillige für unsere Initiative?
      Wer ist versichert, wenn im Ehrenamt etwas passiert?`,
    intros: `Ohne das Engagement vieler Freiwilliger wäre die Aufnahme Geflüchteter kaum zu bewältigen gewesen.
      Viele Willkommensinitiativen stehen heute vor neuen Fragen: Wie gewinnen wir Nachwuchs, und wie verändern sich unsere Aufgaben?
      Ehrenamtliches Engagement braucht gute Rahmenbedingungen und verlässliche Ansprechpersonen.`,
  }),
  topic('intercultural-competence', {
    keys: `interkulturelle Kompetenz\nInterkulturelle Kommunikation\nKultur\nKultursensibilität\nReligion\nIslam\nWerte\nMissverständnisse\nPerspektivwechsel\nLänderkunde\nFluchtursachen`,
    titles: `Interkulturelle Kompetenz im Ehrenamt
      Interkulturelle Kommunikation im Beratungsalltag
      Religiöse Vielfalt: Islam im Alltag
      Kultursensibel handeln – ohne zu kulturalisieren
      Herkunftsländer verstehen: Syrien, Afghanistan, Eritrea
      Länderkunde Ukraine
      Perspektivwechsel: Fluchtursachen und Fluchtwege
      Interkulturelles Training für Verwaltung und Behörden
      Kommunikation ohne Missverständnisse`,
    contents: `Kulturbegriffe und ihre Grenzen
      Kommunikationsstile und Missverständnisse
      Stereotype und Vorurteile
      Religion im Alltag: Feiertage, Fasten und Speisevorschriften
      Islam in Deutschland
      Fluchtursachen und Fluchtwege
      Länderinformationen zu wichtigen Herkunftsländern
      Nähe und Distanz in Begegnungen
      Werte und Normen im Wandel
      transkulturelle Ansätze
      nonverbale Kommunikation
      Zeitverständnis und Verbindlichkeit
      Rollenbilder und Familienstrukturen
      eigene kulturelle Prägungen`,
    goals: `Begegnungen offen und reflektiert zu gestalten
      Missverständnisse zu erkennen und anzusprechen
      die eigene kulturelle Prägung zu reflektieren
      Kommunikation auch mit wenig gemeinsamer Sprache zu gestalten`,
    questions: `Wann helfen kulturelle Erklärungen, und wann verstellen sie den Blick?
      Woher kommen die Menschen, die bei uns Schutz suchen, und was haben sie erlebt?`,
    intros: `Missverständnisse im Kontakt mit Menschen aus anderen Ländern haben oft weniger mit „Kultur“ zu tun als gedacht.
      Wer mit Menschen aus vielen Herkunftsländern arbeitet, begegnet unterschiedlichen Erwartungen, Gewohnheiten und Kommunikationsstilen.`,
  }),
  topic('language-support', {
    keys: `Sprachmittlung\nDolmetschen\nSprachmittler\nKulturmittlung\nLaiendolmetschen\nGemeindedolmetschen\nVideodolmetschen\nÜbersetzung\nTrialog`,
    titles: `Sprachmittlung in Beratung und Verwaltung
      Grundlagen des Dolmetschens für {p:Sprach- und Kultur+mittler}
      Qualifizierung für {p:Sprach+mittler} im Sozial- und Gesundheitswesen
      Dolmetschen im Trialog
      Arbeiten mit {d:Sprach+mittler}: Tipps für Fachkräfte
      Rollenklarheit in der Sprachmittlung
      Sprachmittlung in Kita und Schule
      Gemeindedolmetschen kompakt
      Sprach- und Kulturmittlung
      Videodolmetschen in der Beratung`,
    contents: `Rolle und Haltung von {d:Sprach+mittler}
      Allparteilichkeit, Neutralität und Schweigepflicht
      Dolmetschtechniken: konsekutiv, simultan und Flüsterdolmetschen
      Notizentechnik und Gedächtnistraining
      Fachterminologie aus Medizin, Recht und Schule
      Umgang mit belastenden Inhalten
      Abgrenzung und Selbstschutz
      Sprachmittlung per Telefon und Video
      Kulturmittlung und ihre Grenzen
      Honorar, Auftragsklärung und Rahmenbedingungen
      Zusammenarbeit im Trialog
      Berufsethik und Qualitätsstandards
      Sprachmittlerpools und Vermittlungsstellen`,
    goals: `Gespräche im Trialog professionell zu dolmetschen
      die eigene Rolle klar zu kommunizieren und Grenzen zu wahren
      mit belastenden Gesprächsinhalten umzugehen
      Gespräche mit Sprachmittlung gut vorzubereiten`,
    questions: `Wie bleibe ich beim Dolmetschen neutral?
      Was tun, wenn im Gespräch Missverständnisse entstehen?
      Wer bezahlt die Sprachmittlung im Gespräch mit Behörden?`,
    intros: `Ohne Sprachmittlung bleiben viele Angebote für Neuzugewanderte unzugänglich.
      In Beratung, Schule und Gesundheitswesen dolmetschen oft Laien – meist ohne jede Vorbereitung.
      {p:Sprach- und Kultur+mittler} leisten anspruchsvolle Arbeit zwischen Sprachen, Institutionen und Lebenswelten.`,
  }),
  topic('anti-discrimination', {
    keys: `Antidiskriminierung\nRassismus\nDiskriminierung\nRassismuskritik\nAGG\nAntidiskriminierungsberatung\nAntisemitismus\nantimuslimischer Rassismus\nAntiziganismus\nVorurteile\nAlltagsrassismus`,
    titles: `Rassismuskritische Bildungsarbeit
      Diskriminierung erkennen und handeln
      Antidiskriminierungsberatung: Grundlagen und Verfahren
      Das Allgemeine Gleichbehandlungsgesetz in der Praxis
      Alltagsrassismus begegnen
      Antisemitismus erkennen und widersprechen
      Antimuslimischer Rassismus in Schule und Gesellschaft
      Diskriminierungssensibel beraten
      Argumentieren gegen Stammtischparolen
      Macht und Privilegien reflektieren
      Diskriminierungskritische Öffnung von Einrichtungen`,
    contents: `Formen und Ebenen von Diskriminierung
      institutioneller und struktureller Rassismus
      Allgemeines Gleichbehandlungsgesetz (AGG) und Beschwerdewege
      Intersektionalität und Mehrfachdiskriminierung
      eigene Privilegien und blinde Flecken
      Handlungsstrategien gegen rassistische Äußerungen
      Antidiskriminierungsberatung und Verweisstellen
      Diskriminierung auf dem Wohnungs- und Arbeitsmarkt
      Sprache und Macht
      Antiziganismus und Rassismus gegen Sinti*zze und Rom*nja
      Racial Profiling
      Schutzräume und Empowerment-Ansätze
      Allyship und solidarisches Handeln
      Geschichte und Gegenwart des Kolonialismus`,
    goals: `Diskriminierung in ihren verschiedenen Formen zu erkennen
      in diskriminierenden Situationen handlungsfähig zu bleiben
      Betroffene zu stärken und Beschwerdewege aufzuzeigen
      die eigene Haltung und Position zu reflektieren`,
    questions: `Wie reagiere ich, wenn im Team rassistische Sprüche fallen?
      Welche Rechte haben Betroffene nach dem AGG?`,
    intros: `Rassismus und Diskriminierung gehören für viele Menschen mit Migrationsgeschichte zum Alltag.
      Diskriminierung geschieht nicht nur zwischen Einzelnen, sondern auch in den Strukturen und Abläufen von Institutionen.`,
  }),
  topic('asylum-law', {
    keys: `Aufenthaltsrecht\nDuldung\nBleiberecht\nAufenthaltserlaubnis\nEinbürgerung\nChancen-Aufenthaltsrecht\nFamiliennachzug\nAusländerbehörde\nPassbeschaffung\nAufenthaltsgesetz\nStaatsangehörigkeit`,
    titles: `Aufenthaltsrecht für Engagierte
      Infoabend Aufenthaltsrecht
      Duldung, Bleiberecht und Perspektiven
      Familiennachzug zu Geflüchteten
      Einbürgerung nach dem neuen Staatsangehörigkeitsrecht
      Chancen-Aufenthaltsrecht und Bleiberechtsregelungen
      Aufenthaltsrecht kompakt
      Von der Duldung zur Aufenthaltserlaubnis
      Passbeschaffung und Mitwirkungspflichten
      Aufenthaltsrecht und Sozialleistungen`,
    contents: `Aufenthaltstitel im Überblick
      Duldung und Ausbildungsduldung
      Beschäftigungsduldung und ihre Voraussetzungen
      Bleiberecht nach §§ 25a und 25b AufenthG
      Chancen-Aufenthaltsrecht nach § 104c AufenthG
      Familiennachzug zu subsidiär Schutzberechtigten
      Visumverfahren und Rolle der Auslandsvertretungen
      Identitätsklärung und Passbeschaffung
      Niederlassungserlaubnis und Daueraufenthalt
      Einbürgerung und Mehrstaatigkeit
      Zusammenarbeit mit der Ausländerbehörde
      Härtefallkommission und Petitionen
      Aufenthaltsbeendigung und Abschiebungsschutz
      Westbalkanregelung und Fachkräfteeinwanderung
      Aufenthaltsrecht für Schutzsuchende aus der Ukraine`,
    goals: `die wichtigsten Aufenthaltstitel zu unterscheiden
      Bleibeperspektiven realistisch einzuschätzen
      Betroffene gut vorbereitet zu Terminen bei der Ausländerbehörde zu begleiten
      Wege aus der Kettenduldung zu erkennen`,
    questions: `Welche Wege führen aus der Duldung?
      Was ändert das neue Staatsangehörigkeitsrecht für Eingebürgerte und ihre Familien?
      Wann besteht ein Anspruch auf Familiennachzug?`,
    intros: `Viele Menschen leben seit Jahren mit einer Duldung in Deutschland – oft ohne zu wissen, welche Perspektiven sie haben.
      Das Aufenthaltsrecht ist komplex und wird regelmäßig geändert.
      Für Engagierte ist es wichtig, die Grundlagen des Aufenthaltsrechts zu kennen, um Fragen einordnen und an die richtigen Stellen verweisen zu können.`,
  }),
  topic('trauma', {
    keys: `Traumapädagogik\nTrauma\ntraumasensibel\nTraumatisierung\npsychische Gesundheit\nStabilisierung\nPosttraumatische Belastungsstörung\nResilienz\npsychosoziale Unterstützung\nTraumaberatung`,
    titles: `Traumasensible Begleitung geflüchteter Familien
      Traumapädagogik im Alltag von Kita und Schule
      Trauma und Flucht: Grundlagen für {p:helfer}
      Stabilisierung im Beratungsalltag
      Psychische Gesundheit von Geflüchteten stärken
      Selbstfürsorge für {p:helfer}
      Erste Hilfe für die Seele
      Traumasensible Gesprächsführung
      Resilienz stärken – für Geflüchtete und {p:helfer}
      Traumapädagogische Grundhaltung in Wohngruppen`,
    contents: `Grundlagen der Psychotraumatologie
      Traumafolgestörungen erkennen
      Trigger, Flashbacks und Dissoziation
      stabilisierende Übungen für den Alltag
      sichere Orte im Alltag
      sekundäre Traumatisierung und Selbstschutz
      Grenzen der Begleitung und Vermittlung in Therapie
      psychosoziale Zentren und Versorgungsangebote
      Trauma bei Kindern und Jugendlichen
      Resilienzfaktoren und Ressourcenorientierung
      Umgang mit Suizidalität
      Kultur und Ausdruck seelischer Belastung
      Psychoedukation in einfacher Sprache
      Schlafstörungen, Ängste und Konzentrationsprobleme`,
    goals: `Anzeichen von Traumafolgestörungen zu erkennen
      stabilisierend und ressourcenorientiert zu handeln
      gut für sich selbst zu sorgen
      Betroffene an geeignete Hilfen weiterzuvermitteln`,
    questions: `Wie erkenne ich, dass jemand traumatisiert ist?
      Was hilft in akuten Belastungssituationen?
      Wie schütze ich mich selbst vor Überlastung?`,
    intros: `Viele Geflüchtete haben vor, während oder nach der Flucht schwer belastende Erfahrungen gemacht.
      Traumatische Erfahrungen wirken oft lange nach – im Alltag, in der Schule und in Beratungsgesprächen.
      Wer Menschen nach der Flucht begleitet, braucht Wissen über Trauma und einen guten Blick für die eigenen Grenzen.`,
  }),
  topic('migration-counselling', {
    keys: `Migrationsberatung\nMBE\nJugendmigrationsdienst\nSozialrecht\nBürgergeld\nAsylbewerberleistungsgesetz\nLeistungsrecht\nSozialberatung\nVerweisberatung\nMigrationssozialarbeit`,
    titles: `Migrationsberatung in der Praxis
      Sozialrechtliche Ansprüche von Geflüchteten
      Bürgergeld, AsylbLG und Kindergeld: Leistungsansprüche verstehen
      Einführung in die Migrationsberatung für Erwachsene
      Grundlagen der Migrationssozialarbeit
      Verweisberatung im Ehrenamt
      Sozialleistungen für Zugewanderte aus der EU
      Beratung von Schutzsuchenden aus der Ukraine
      Qualifizierung für {p:Migrations+berater}`,
    contents: `Aufgaben und Angebote der Migrationsberatung für erwachsene Zugewanderte
      Jugendmigrationsdienste und ihre Zielgruppen
      Leistungen nach dem Asylbewerberleistungsgesetz
      Bürgergeld und Rechtskreiswechsel
      Kindergeld, Kinderzuschlag und Elterngeld
      Ansprüche von {d:EU-+buerger}
      Anträge, Bescheide und Widersprüche
      Zusammenarbeit mit Jobcenter und Sozialamt
      Case Management in der Migrationsberatung
      Datenschutz und Schweigepflicht in der Beratung
      Dokumentation von Beratungsgesprächen
      Netzwerke und Verweisstrukturen vor Ort
      Beratung zwischen Hilfe und Kontrolle
      Schuldnerberatung und Umgang mit Mahnungen`,
    goals: `Leistungsansprüche zu prüfen und Anträge gemeinsam mit Ratsuchenden vorzubereiten
      Ratsuchende gezielt an spezialisierte Fachstellen weiterzuvermitteln
      Beratungsprozesse strukturiert zu planen und zu dokumentieren
      die eigene Beratungsrolle zu klären`,
    questions: `Welche Leistungen stehen Geflüchteten mit Duldung zu?
      Wann ist das Jobcenter zuständig und wann das Sozialamt?
      Wie gelingt eine gute Verweisberatung?`,
    intros: `Die Migrationsberatung ist für viele Neuzugewanderte die erste Anlaufstelle bei Fragen zu Aufenthalt, Arbeit, Wohnen und Sozialleistungen.
      Im Beratungsalltag treffen rechtliche Fragen, soziale Notlagen und Sprachbarrieren oft gleichzeitig aufeinander.`,
  }),
  topic('language-support', {
    keys: `Sprachförderung\nDeutsch als Zweitsprache\nDaZ\nDeutschkurs\nSprachcafé\nAlphabetisierung\nIntegrationskurs\nSpracherwerb\nSprachpatenschaft\nLeichte Sprache\nEinfache Sprache`,
    titles: `Deutsch als Zweitsprache im Ehrenamt
      Sprachcafés lebendig gestalten
      Alphabetisierung erwachsener Zugewanderter
      Sprachförderung im Alltag
      Methodenkoffer für die ehrenamtliche Deutschlernbegleitung
      Integrationskurse und Berufssprachkurse im Überblick
      Sprachsensibler Unterricht
      Leichte und Einfache Sprache in der Praxis
      Deutsch lernen mit Spielen und Liedern`,
    contents: `Grundlagen des Zweitspracherwerbs
      Methoden für heterogene Lerngruppen
      Lernen mit Bildern, Spielen und Alltagsmaterialien
      Alphabetisierung in der Zweitsprache
      Integrationskurs, Berufssprachkurse und Zugangsvoraussetzungen
      Fehlerkorrektur ohne Entmutigung
      kostenlose Lernapps und digitale Materialien
      Aufbau und Begleitung von Sprachpatenschaften
      Gemeinsamer Europäischer Referenzrahmen (GER)
      Wortschatzarbeit für Alltag und Beruf
      Regeln der Leichten Sprache
      verständliches Schreiben
      Aussprache und Hörverstehen`,
    goals: `Lernende mit unterschiedlichen Voraussetzungen zu unterstützen
      abwechslungsreiche Übungen für Sprachcafés zu planen
      Texte so zu formulieren, dass sie verstanden werden`,
    questions: `Wie gestalte ich ein Sprachcafé, zu dem Menschen gern wiederkommen?
      Welche Sprachkurse gibt es, und wer darf teilnehmen?`,
    intros: `Sprache ist ein Schlüssel zur Teilhabe – und viele Ehrenamtliche unterstützen Zugewanderte beim Deutschlernen.
      In Sprachcafés und Lernpatenschaften treffen Menschen mit sehr unterschiedlichen Lernbiografien aufeinander.`,
  }),
  topic('labour-market', {
    keys: `Arbeitsmarktintegration\nArbeitsmarkt\nAusbildung\nBerufsorientierung\nArbeitserlaubnis\nBeschäftigung\nJobcenter\nBewerbung\nPraktikum\nFachkräfteeinwanderung\nBerufseinstieg`,
    titles: `Wege in Arbeit und Ausbildung für Geflüchtete
      Arbeitsmarktzugang für Geflüchtete
      Bewerbungscoaching im Ehrenamt
      Ausbildungsduldung und Beschäftigung
      Arbeitsmarktintegration gemeinsam gestalten
      Berufsorientierung für neu Zugewanderte
      Betriebe als Partner der Integration
      Arbeitsrechte kennen: faire Arbeit für Zugewanderte
      Fachkräfteeinwanderungsgesetz kompakt`,
    contents: `Zugang zum Arbeitsmarkt je nach Aufenthaltsstatus
      Beschäftigungserlaubnis und Zustimmung der Bundesagentur für Arbeit
      Ausbildungsduldung und Beschäftigungsduldung
      duale Ausbildung und Berufsschule
      Bewerbungsunterlagen und Vorstellungsgespräch
      Praktika, Einstiegsqualifizierung und Probearbeit
      Arbeitsrecht, Mindestlohn und Arbeitsausbeutung
      Zusammenarbeit mit Jobcenter und Agentur für Arbeit
      Förderinstrumente der Arbeitsagentur
      Ansprache von {d:arbeitgeber}
      Fachkräfteeinwanderung und Westbalkanregelung
      berufsbezogene Deutschsprachförderung
      Selbstständigkeit und Existenzgründung
      Ausbildungsbegleitung und Prüfungsvorbereitung`,
    goals: `Ratsuchende über ihren Zugang zum Arbeitsmarkt zu informieren
      Bewerbungsprozesse gezielt zu begleiten
      Betriebe für die Beschäftigung Geflüchteter zu gewinnen`,
    questions: `Ab wann dürfen Geflüchtete arbeiten?
      Welche Unterstützung gibt es beim Übergang in Ausbildung?`,
    intros: `Arbeit ist für viele Zugewanderte ein zentraler Schritt zu einem selbstbestimmten Leben.
      Gleichzeitig suchen viele Betriebe händeringend nach Auszubildenden und Fachkräften.`,
  }),
  topic('family-school-childcare', {
    keys: `Elternarbeit\nKita\nEltern\nErziehungspartnerschaft\nfrühkindliche Bildung\nFamilienbildung\nElterncafé\nMehrsprachigkeit\nFamilie\nKinderschutz`,
    titles: `Elternarbeit mit zugewanderten Familien
      Vielfalt in der Kita
      Mehrsprachigkeit in Kita und Familie
      Erziehungspartnerschaft auf Augenhöhe
      Elterncafés und Familienbildung interkulturell gestalten
      Kinderschutz in Gemeinschaftsunterkünften
      Vorurteilsbewusste Bildung und Erziehung in der Kita
      Familien nach der Flucht begleiten`,
    contents: `Zugänge zu Eltern mit Fluchterfahrung
      Elterngespräche mit Sprachmittlung
      Mehrsprachigkeit als Ressource
      das Bildungssystem in Deutschland für Eltern erklärt
      Kinderschutz und Kindeswohlgefährdung
      vorurteilsbewusste Bildung und Erziehung (Anti-Bias-Ansatz)
      Familienbilder und Erziehungsvorstellungen
      Eingewöhnung in die Kita
      Familienbildung und Elterncafés
      Kitaplatz, Kita-Gutschein und Anmeldung
      Zusammenarbeit mit Familienzentren
      Frühe Hilfen für Familien mit Fluchtgeschichte`,
    goals: `mit Eltern vertrauensvoll zusammenzuarbeiten
      Mehrsprachigkeit im Alltag wertzuschätzen und zu fördern
      Elterngespräche kultursensibel zu führen`,
    questions: `Wie erreichen wir Eltern, die wenig Deutsch sprechen?
      Wie gelingt die Eingewöhnung von Kindern mit Fluchterfahrung?`,
    intros: `Eltern spielen für den Bildungsweg ihrer Kinder eine zentrale Rolle.
      Für neu zugewanderte Familien ist das deutsche Bildungssystem oft schwer zu verstehen.`,
  }),
  topic('volunteer-management', {
    keys: `Integrationslotsen\nIntegrationsbegleitung\nLotsenprojekt\nAlltagsbegleitung\nBegleitung\nBehördengänge\nIntegrationsbegleiter`,
    titles: `Qualifizierung für {p:Integrations+lotse}
      Integrationsbegleitung im Alltag
      Alltagsbegleitung und Behördengänge
      Basisqualifizierung Integrationsbegleitung
      Zertifizierte*r {s:Integrations+begleiter}
      Lotsenprojekte aufbauen und begleiten`,
    contents: `Aufgaben und Grenzen der Integrationsbegleitung
      Vorbereitung und Begleitung von Behördengängen
      Orientierung im Hilfesystem vor Ort
      Rollenklärung und Abgrenzung
      Zusammenarbeit mit hauptamtlichen Fachdiensten
      Umgang mit Briefen von Ämtern
      Terminvereinbarung und digitale Anträge
      Begleitung zu Arztbesuchen`,
    goals: `Neuzugewanderte bei alltäglichen Behördenangelegenheiten zu begleiten
      die Angebote des örtlichen Hilfesystems zu kennen und zu nutzen`,
    questions: `Wie weit geht Begleitung – und wo beginnt Beratung?`,
    intros: `{p:Integrations+lotse} begleiten Neuzugewanderte in den ersten Monaten und helfen bei der Orientierung im Alltag.
      Viele Kommunen setzen auf ehrenamtliche Lotsenprojekte, um Neuzugewanderten den Start zu erleichtern.`,
  }),
  topic('political-education', {
    keys: `Demokratiebildung\npolitische Bildung\nDemokratie\nExtremismusprävention\nRechtsextremismus\nVerschwörungserzählungen\nMenschenrechte\nZivilcourage\nHate Speech\nDesinformation`,
    titles: `Demokratiebildung in der Migrationsgesellschaft
      Politische Bildung mit Geflüchteten
      Zivilcourage-Training
      Rechtsextremismus im ländlichen Raum begegnen
      Hate Speech und Desinformation im Netz
      Menschenrechte verstehen und vermitteln
      Verschwörungserzählungen erkennen
      Demokratie vor Ort stärken
      Wahlen, Rechte, Mitbestimmung: Politik einfach erklärt
      Anfeindungen gegen Engagierte: Schutz und Unterstützung`,
    contents: `Grundgesetz und Grundrechte
      politisches System der Bundesrepublik
      Wahlrecht und Mitbestimmung für Nichtdeutsche
      rechtsextreme Strategien und Codes
      Umgang mit menschenfeindlichen Äußerungen
      Hate Speech, Fake News und digitale Desinformation
      Verschwörungserzählungen und ihre Funktion
      Zivilcourage im Alltag
      Menschenrechtsbildung
      Erinnerungskultur in der Migrationsgesellschaft
      Bedrohungen gegen Engagierte und Schutzkonzepte
      mobile Beratung gegen Rechtsextremismus`,
    goals: `demokratische Werte überzeugend zu vertreten
      menschenfeindlichen Äußerungen wirksam zu widersprechen
      politische Bildung niedrigschwellig zu gestalten`,
    questions: `Wie reagieren wir auf Anfeindungen gegen unsere Initiative?
      Wie erkläre ich Demokratie in einfacher Sprache?`,
    intros: `Demokratie lebt von Menschen, die sich einmischen.
      Engagierte in der Flüchtlingshilfe erleben zunehmend Anfeindungen – im Netz und vor Ort.`,
  }),
  topic('empowerment-self-organisation', {
    keys: `Empowerment\nSelbstorganisation\nMigrantenorganisationen\nMSO\nVereinsgründung\nVereinsarbeit\nTeilhabe\nPartizipation\nSelbstvertretung\nCommunity`,
    titles: `Empowerment für {pc:migrant:organisationen}
      Vereinsgründung Schritt für Schritt
      Stark im Verein: Grundlagen der Vereinsarbeit
      Empowerment-Workshop für junge Menschen mit Migrationsgeschichte
      Selbstorganisation stärken
      Gemeinnützigkeit, Satzung und Vorstand
      Sichtbar werden: Öffentlichkeitsarbeit für {pc:migrant:selbstorganisationen}
      Strategien der Selbstvertretung`,
    contents: `Gründung eines eingetragenen Vereins
      Satzung, Gemeinnützigkeit und Finanzamt
      Aufgaben und Haftung des Vorstands
      Mitgliedergewinnung und -bindung
      Öffentlichkeitsarbeit und Social Media
      Fördermöglichkeiten für {pc:migrant:organisationen}
      Kooperationen mit Kommunen und Wohlfahrtsverbänden
      politische Partizipation und Integrationsbeiräte
      Empowerment und Powersharing
      Kassenführung und Buchhaltung
      Strategieentwicklung und Vereinsziele
      Landesnetzwerke und Dachverbände`,
    goals: `die eigene Organisation zu stärken und sichtbar zu machen
      Verantwortung im Vorstand sicher zu übernehmen
      Zugänge zu Förderung und Netzwerken zu erschließen`,
    questions: `Welche Schritte sind für eine Vereinsgründung nötig?
      Wie gewinnen wir neue Mitglieder?`,
    intros: `{pc:migrant:selbstorganisationen} leisten einen großen Teil der Integrationsarbeit – oft ehrenamtlich und mit wenig Ressourcen.
      Wer sich selbst organisiert, kann die eigenen Interessen wirksam vertreten.`,
  }),
  topic('family-school-childcare', {
    keys: `Schule\nWillkommensklassen\nSeiteneinsteiger\nDaZ-Klassen\nBildungs- und Teilhabepaket\nSchulsozialarbeit\nSchulpflicht\nBildungsberatung\nLehrkräfte\nHausaufgabenhilfe`,
    titles: `Neu zugewanderte Kinder und Jugendliche in der Schule
      Seiteneinstieg ins deutsche Schulsystem
      Schulsozialarbeit und Migration
      Willkommensklassen: Übergänge in den Regelunterricht
      Bildungs- und Teilhabepaket nutzen
      Diversitätsbewusste Schule
      Lernbegleitung und Hausaufgabenhilfe im Ehrenamt`,
    contents: `Schulpflicht und Schulanmeldung
      Vorbereitungs- und Willkommensklassen
      Übergang in die Regelklasse
      Bildungs- und Teilhabepaket (BuT)
      Hausaufgabenhilfe und Lernpatenschaften
      Zusammenarbeit von Schule, Eltern und Jugendhilfe
      Mobbing und Diskriminierung in der Schule
      Schulabschlüsse und Übergänge in Ausbildung
      Schulsozialarbeit und Beratungsangebote
      Lernstandserhebung und Förderpläne
      Herkunftssprachlicher Unterricht`,
    goals: `neu zugewanderte {p:schueler} beim Übergang in die Regelklasse zu unterstützen
      Eltern als Partner der Schule zu gewinnen`,
    questions: `Wie gelingt der Übergang von der Willkommensklasse in die Regelklasse?`,
    intros: `Jedes Jahr kommen tausende Kinder und Jugendliche ohne Deutschkenntnisse an deutsche Schulen.
      Schule ist ein zentraler Ort für Integration – und stellt {p:lehrer} vor neue Aufgaben.`,
  }),
  topic('conflict-management', {
    keys: `Konfliktmoderation\nKonflikte\nDeeskalation\nMediation\nKonfliktlösung\nGewaltprävention\nKonfliktmanagement\nStreitschlichtung`,
    titles: `Konfliktmoderation in Willkommensinitiativen
      Deeskalation im Beratungsalltag
      Konflikte in Gemeinschaftsunterkünften
      Mediation und Streitschlichtung in der Nachbarschaft
      Gewaltfreie Kommunikation
      Umgang mit schwierigen Gesprächssituationen
      Deeskalationstraining für Mitarbeitende in Unterkünften`,
    contents: `Konfliktursachen und Eskalationsstufen
      Deeskalationstechniken
      gewaltfreie Kommunikation nach Rosenberg
      Mediation und Vermittlung
      Konflikte im Team
      Umgang mit Aggression und Bedrohung
      Nachbarschaftskonflikte
      Hausordnung und Regeln in Unterkünften
      Sicherheit für Mitarbeitende
      Konflikte zwischen Haupt- und Ehrenamt`,
    goals: `Konflikte frühzeitig zu erkennen und zu entschärfen
      in angespannten Situationen ruhig und handlungsfähig zu bleiben`,
    questions: `Was tun, wenn ein Gespräch eskaliert?`,
    intros: `Wo Menschen auf engem Raum zusammenleben, entstehen Konflikte.
      Konflikte gehören zum Alltag jeder Initiative – entscheidend ist, wie wir mit ihnen umgehen.`,
  }),
  topic('health', {
    keys: `Gesundheit\nGesundheitsversorgung\nKrankenversicherung\nGesundheitskarte\nPflege\nSchwangerschaft\nSuchtprävention\nGesundheitsförderung\nBehinderung\nmedizinische Versorgung`,
    titles: `Gesundheitsversorgung von Geflüchteten
      Gesundheit und Migration
      Flucht und Behinderung
      Kultursensible Pflege
      Gesundheitskompetenz stärken
      Schwangerschaft und Geburt nach der Flucht
      Suchtprävention mit jungen Geflüchteten
      Zugang zum Gesundheitssystem
      Schulung für {p:Gesundheits+lotse}`,
    contents: `Gesundheitsversorgung nach dem Asylbewerberleistungsgesetz
      elektronische Gesundheitskarte und Behandlungsschein
      Krankenversicherung für EU-Zugewanderte
      Menschen ohne Papiere und Clearingstellen
      Dolmetschen im Gesundheitswesen
      Flucht und Behinderung: Teilhabeleistungen
      kultursensible Pflege und Altenhilfe
      Schwangerschaftsberatung und Geburtshilfe
      Gesundheitsförderung und Prävention
      Impfungen und Vorsorgeuntersuchungen
      Sucht und Suchthilfe
      Einsatz von {d:Gesundheits+lotse}`,
    goals: `Zugänge zur Gesundheitsversorgung zu kennen und zu erklären
      Menschen mit Behinderung und Fluchtgeschichte gezielt zu unterstützen`,
    questions: `Welche Gesundheitsleistungen stehen Asylsuchenden zu?
      Was tun, wenn jemand keine Krankenversicherung hat?`,
    intros: `Sprachbarrieren, unklare Ansprüche und fehlende Informationen erschweren vielen Zugewanderten den Zugang zur Gesundheitsversorgung.`,
  }),
  topic('networking', {
    keys: `Vernetzung\nNetzwerk\nNetzwerkarbeit\nIntegrationskonzept\nkommunale Integrationsarbeit\nKooperation\nIntegrationsmanagement\nRunder Tisch\nAustausch\nIntegration`,
    titles: `Netzwerkarbeit in der kommunalen Integrationsarbeit
      Runder Tisch Integration
      Kommunale Integrationskonzepte entwickeln
      Austausch der {p:Integrations+lotse}
      Integration im ländlichen Raum
      Kooperationen aufbauen und pflegen
      Ehrenamt und Integration in der Region`,
    contents: `Netzwerkanalyse und Akteurslandkarte
      Kooperationsvereinbarungen
      Rollen von Kommune, Trägern und Ehrenamt
      Integrationskonzepte und Monitoring
      kommunales Integrationsmanagement
      Austausch zu aktuellen Herausforderungen
      Vorstellung von Projekten aus der Region
      Lücken in der Angebotslandschaft erkennen
      gemeinsame Öffentlichkeitsarbeit
      Bedarfe von Initiativen und Vereinen`,
    goals: `Angebote vor Ort besser aufeinander abzustimmen
      neue Kooperationspartner zu finden`,
    questions: `Wer macht was in unserer Region?`,
    intros: `Vor Ort engagieren sich viele {p:akteur} für Integration – doch oft wissen sie wenig voneinander.
      Gute Integrationsarbeit braucht verlässliche Netzwerke zwischen Kommune, Trägern, Initiativen und {pc:migrant:selbstorganisationen}.`,
  }),
  topic('counselling-methods', {
    keys: `Beratung\nGesprächsführung\nsystemische Beratung\nBeratungsmethoden\nCase Management\nkollegiale Beratung\nSupervision\nlösungsorientierte Beratung`,
    titles: `Gesprächsführung in der Beratung
      Systemische Beratung im Migrationskontext
      Kollegiale Fallberatung
      Lösungsorientierte Kurzberatung
      Beratung mit Sprachmittlung
      Motivierende Gesprächsführung
      Case Management kompakt`,
    contents: `Grundhaltungen in der Beratung
      aktives Zuhören und Fragetechniken
      Auftragsklärung
      systemische Methoden: Genogramm, zirkuläre Fragen und Skalierung
      lösungs- und ressourcenorientierte Ansätze
      Beratung im Zwangskontext
      Nähe und Distanz
      kollegiale Fallberatung nach dem Heilsberger Modell
      Gesprächsabschluss und Zielvereinbarung
      Beratung per Telefon, Chat und Video`,
    goals: `Beratungsgespräche strukturiert und wertschätzend zu führen
      auch in schwierigen Gesprächen den roten Faden zu behalten`,
    questions: `Wie behalte ich in komplexen Fällen den Überblick?`,
    intros: `Beratung von Menschen in schwierigen Lebenslagen erfordert Fachwissen und Gesprächskompetenz.`,
  }),
  topic('unaccompanied-minors', {
    keys: `unbegleitete Minderjährige\numF\nJugendhilfe\nVormundschaft\nClearingverfahren\nCare Leaver\njunge Geflüchtete\nAltersfeststellung\nInobhutnahme`,
    titles: `Unbegleitete minderjährige Geflüchtete begleiten
      Vormundschaft für junge Geflüchtete
      Übergänge gestalten: junge Geflüchtete nach der Jugendhilfe
      Clearingverfahren und Inobhutnahme
      Ehrenamtliche Vormundschaften
      Care Leaver mit Fluchterfahrung
      Jugendhilfe und Aufenthaltsrecht`,
    contents: `Inobhutnahme und Clearingverfahren
      Altersfeststellung und ihre Folgen
      Aufgaben von {d:Amts+vormund} und ehrenamtlichen {d:vormund}
      Hilfen für junge Volljährige nach § 41 SGB VIII
      Asylantrag für Minderjährige
      Familienzusammenführung
      Schule, Ausbildung und Perspektivplanung
      Zusammenarbeit mit Jugendamt und Einrichtung
      Verselbstständigung und Wohnen
      Kinderrechte und Beteiligung`,
    goals: `junge Geflüchtete verlässlich durch Übergänge zu begleiten
      die Rolle als {s:vormund} sicher auszufüllen
      die Rechte junger Menschen gegenüber Behörden durchzusetzen`,
    questions: `Was passiert, wenn junge Geflüchtete volljährig werden?`,
    intros: `Junge Menschen, die ohne ihre Eltern nach Deutschland kommen, stehen unter dem besonderen Schutz der Kinder- und Jugendhilfe.
      Mit dem 18. Geburtstag ändern sich für junge Geflüchtete oft Zuständigkeiten, Unterstützung und Aufenthaltsperspektiven.`,
  }),
  topic('intercultural-opening', {
    keys: `interkulturelle Öffnung\nDiversity\nDiversität\nVielfalt\nDiversity Management\nOrganisationsentwicklung\nVerwaltung\nWillkommenskultur\nBehörden`,
    titles: `Interkulturelle Öffnung der Verwaltung
      Diversity Management in Organisationen
      Vielfalt im Verein: interkulturelle Öffnung gestalten
      Willkommenskultur in Behörden
      Diversitätsorientierte Organisationsentwicklung
      Interkulturelle Öffnung von Wohlfahrtsverbänden`,
    contents: `Konzepte interkultureller Öffnung
      Organisationsanalyse und Diversity-Check
      Personalgewinnung und diverse Teams
      Leitbild und Haltung
      mehrsprachige Informationen und barrierearme Kommunikation
      Kundenorientierung in Behörden
      Beschwerdemanagement
      Steuerung von Veränderungsprozessen
      Kennzahlen und Monitoring`,
    goals: `Öffnungsprozesse in der eigenen Organisation anzustoßen
      Zugangsbarrieren zu erkennen und abzubauen`,
    questions: `Wie wird unsere Einrichtung für alle zugänglich?`,
    intros: `Verwaltungen, Vereine und Verbände stehen vor der Aufgabe, ihre Angebote für eine vielfältige Gesellschaft zu öffnen.`,
  }),
  topic('housing', {
    keys: `Wohnen\nWohnungssuche\nMietrecht\nWohnungsmarkt\nGemeinschaftsunterkunft\nWohnraum\nWohnberechtigungsschein\nUnterkunft`,
    titles: `Wohnungssuche mit Geflüchteten
      Mietrecht für die Beratungspraxis
      Raus aus der Gemeinschaftsunterkunft
      Wohnen und Nachbarschaft
      Diskriminierung auf dem Wohnungsmarkt
      Wohnführerschein: fit für die erste eigene Wohnung`,
    contents: `Wohnsitzauflage und Umzug
      Wohnberechtigungsschein und Sozialwohnungen
      Kosten der Unterkunft und Angemessenheit
      Mietvertrag, Kaution und Nebenkosten
      Rechte und Pflichten von {d:mieter}
      Ansprache von {d:vermieter}
      Gewaltschutz in Unterkünften
      Wohnungslosigkeit vermeiden
      Wohnpatenschaften
      Mülltrennung, Lüften und Hausordnung`,
    goals: `Geflüchtete bei der Wohnungssuche wirksam zu unterstützen
      Mietverträge zu verstehen und zu erklären`,
    questions: `Wie finden Geflüchtete eine Wohnung auf einem angespannten Wohnungsmarkt?`,
    intros: `Der Auszug aus der Gemeinschaftsunterkunft in eine eigene Wohnung ist ein wichtiger Schritt – und auf angespannten Wohnungsmärkten eine große Hürde.`,
  }),
  topic('empowerment-self-organisation', {
    keys: `Frauen\ngeflüchtete Frauen\nGewaltschutz\nFrauencafé\nhäusliche Gewalt\nFrauenrechte\nMädchen\nAlleinerziehende`,
    titles: `Geflüchtete Frauen stärken
      Gewaltschutz für geflüchtete Frauen und Mädchen
      Frauencafé: Begegnung und Empowerment
      Häusliche Gewalt erkennen und handeln
      Frauenrechte in Deutschland
      Alleinerziehende mit Migrationsgeschichte unterstützen`,
    contents: `Rechte von Frauen in Deutschland
      Gewaltschutzgesetz und Schutzmöglichkeiten
      Frauenhäuser und Beratungsstellen
      geschlechtsspezifische Verfolgung im Asylverfahren
      weibliche Genitalbeschneidung (FGM/C)
      Zwangsverheiratung und Beratungsangebote
      Empowerment-Räume für Frauen
      Vereinbarkeit von Familie, Sprachkurs und Beruf
      Frauengesundheit`,
    goals: `Anzeichen von Gewalt zu erkennen und Betroffene gut weiterzuvermitteln
      Räume zu schaffen, in denen Frauen ihre Anliegen selbst vertreten`,
    questions: `Wo finden von Gewalt betroffene Frauen Schutz?`,
    intros: `Geflüchtete Frauen und Mädchen sind auf der Flucht und in Unterkünften besonderen Risiken ausgesetzt.`,
  }),
  topic('facilitation', {
    keys: `Moderation\nModerationsmethoden\nBeteiligung\nGroßgruppenmethoden\nVisualisierung\nSitzungsleitung\nGruppenleitung\nTrain the Trainer`,
    titles: `Moderation für Engagierte
      Besprechungen und Sitzungen gut leiten
      Beteiligungsprozesse moderieren
      Großgruppenmethoden: World Café, Open Space und Co.
      Online-Meetings moderieren
      Mehrsprachig moderieren
      Train the Trainer: Bildungsveranstaltungen planen und leiten`,
    contents: `Rolle und Haltung der Moderation
      Ablaufplanung und Zeitmanagement
      Visualisierung und Flipchart-Gestaltung
      Fragetechniken
      Umgang mit Vielredenden und Stillen
      Methoden für Online-Formate
      Entscheidungsfindung in Gruppen
      Mehrsprachigkeit in Veranstaltungen
      Didaktik der Erwachsenenbildung`,
    goals: `Sitzungen zielorientiert und beteiligungsfreundlich zu moderieren
      Bildungsveranstaltungen methodisch abwechslungsreich zu planen`,
    questions: `Wie gelingt eine Sitzung, bei der alle zu Wort kommen?`,
    intros: `Gute Moderation sorgt dafür, dass alle gehört werden und Ergebnisse entstehen.`,
  }),
  topic('community-work', {
    keys: `Gemeinwesenarbeit\nNachbarschaft\nQuartier\nQuartiersmanagement\nBegegnung\nStadtteilarbeit\nSozialraum\nBegegnungscafé\nländlicher Raum`,
    titles: `Gemeinwesenarbeit im ländlichen Raum
      Begegnung organisieren: Ideen für Nachbarschaftsprojekte
      Quartiersarbeit und Integration
      Sozialraumorientierung in der Integrationsarbeit
      Begegnungscafés gestalten
      Zusammenhalt im Dorf stärken`,
    contents: `Sozialraumanalyse
      aktivierende Befragung
      Nachbarschaftsfeste und Begegnungsformate
      Kooperation mit Vereinen, Kirchen und Moscheegemeinden
      Räume und Orte der Begegnung
      Ehrenamt im ländlichen Raum
      Mobilität und Erreichbarkeit
      Quartiersmanagement und Stadtteilbüros`,
    goals: `Begegnungen zwischen alten und neuen {d:nachbar} anzustoßen
      Ressourcen im Sozialraum zu erkennen und zu nutzen`,
    questions: `Wie bringen wir Menschen im Dorf zusammen?`,
    intros: `Integration findet vor Ort statt – in der Nachbarschaft, im Verein, im Quartier.`,
  }),
  topic('community-work', {
    keys: `Jugend\nJugendarbeit\nJugendliche\njunge Menschen\noffene Jugendarbeit\nJugendverbände\nPeer-Ansatz\nJugendbeteiligung`,
    titles: `Offene Jugendarbeit in der Migrationsgesellschaft
      Junge Geflüchtete in Jugendverbänden
      Interkulturelle Öffnung der Jugendarbeit
      Peer-Projekte mit jungen Menschen mit Fluchterfahrung
      Jugendbeteiligung vor Ort`,
    contents: `Zugänge zu jungen Menschen mit Migrationsgeschichte
      Peer-to-Peer-Ansätze
      Freizeitangebote und Sport als Türöffner
      Jugendverbände und Vereinsstrukturen
      Medienarbeit mit Jugendlichen
      Identität, Zugehörigkeit und Mehrfachzugehörigkeit
      Jugendmigrationsdienste als Partner
      Beteiligungsformate für Jugendliche`,
    goals: `junge Menschen an der Gestaltung von Angeboten zu beteiligen
      Jugendverbände für junge Geflüchtete zu öffnen`,
    questions: `Wie erreichen wir junge Geflüchtete mit unseren Angeboten?`,
    intros: `Junge Menschen mit Migrationsgeschichte sind in vielen Jugendverbänden noch unterrepräsentiert.`,
  }),
  topic('labour-market', {
    keys: `Anerkennung\nBerufsanerkennung\nAnerkennungsverfahren\nBerufsabschluss\nZeugnisbewertung\nAnpassungsqualifizierung\nKenntnisprüfung\nreglementierte Berufe`,
    titles: `Anerkennung ausländischer Berufsabschlüsse
      Wege zur Berufsanerkennung
      Anerkennung in Gesundheits- und Pflegeberufen
      Anerkennungsberatung für {p:multiplikator}
      Zeugnisbewertung und Hochschulzugang`,
    contents: `Anerkennungsgesetze von Bund und Ländern
      reglementierte und nicht reglementierte Berufe
      zuständige Stellen und Antragsverfahren
      Zeugnisbewertung durch die ZAB
      Anpassungsqualifizierung und Kenntnisprüfung
      Kosten und Förderung des Anerkennungsverfahrens
      Anerkennung in Pflege, Medizin und Erziehung
      Beratungsangebote des Netzwerks IQ
      Teilanerkennung und Ausgleichsmaßnahmen
      Hochschulzugang mit ausländischen Zeugnissen`,
    goals: `Ratsuchende zur passenden Anerkennungsstelle zu lotsen
      Chancen und Hürden im Anerkennungsverfahren einzuschätzen`,
    questions: `Welche Stelle ist für die Anerkennung zuständig?`,
    intros: `Viele Zugewanderte arbeiten unter ihrer Qualifikation, weil ihre Abschlüsse nicht anerkannt sind.
      Das Anerkennungsverfahren ist für Laien kaum zu überblicken.`,
  }),
  topic('digital-skills', {
    keys: `Digitalisierung\ndigitale Tools\nDatenschutz\nSocial Media\nOnline-Beratung\nVideokonferenzen\ndigitale Teilhabe\nMessenger\nKünstliche Intelligenz`,
    titles: `Digitale Tools für Initiativen
      Datenschutz im Verein
      Social Media für die Vereinsarbeit
      Online-Beratung sicher gestalten
      Digitale Teilhabe für Zugewanderte
      Messenger, Cloud und Co. datenschutzkonform nutzen
      Künstliche Intelligenz in der sozialen Arbeit`,
    contents: `Datenschutz-Grundverordnung (DSGVO) für Vereine
      sichere Messenger und Videokonferenzen
      Cloud-Lösungen und gemeinsames Arbeiten
      Social-Media-Strategie
      Bildrechte und Einwilligungen
      digitale Behördengänge und Onlinezugangsgesetz
      Online-Terminvergabe und digitale Anträge
      Medienkompetenz und Smartphone-Kurse
      KI-Werkzeuge für Übersetzung und Texte`,
    goals: `digitale Werkzeuge sicher und datenschutzkonform einzusetzen
      Zugewanderte bei digitalen Behördengängen zu unterstützen`,
    questions: `Welche Tools eignen sich für unsere Initiative?`,
    intros: `Digitale Werkzeuge erleichtern die Zusammenarbeit – wenn sie sicher und datenschutzkonform eingesetzt werden.`,
  }),
  topic('funding-project-management', {
    keys: `Fördermittel\nFörderung\nAntragstellung\nProjektmanagement\nAMIF\nVerwendungsnachweis\nStiftungen\nFundraising\nProjektantrag\nZuwendungsrecht`,
    titles: `Fördermittel für Integrationsprojekte
      Erfolgreich Anträge schreiben
      Verwendungsnachweis und Sachbericht
      Projektmanagement für Vereine
      Fundraising für kleine Initiativen
      Zuwendungsrecht kompakt
      Wirkungsorientierung in Integrationsprojekten`,
    contents: `Förderprogramme von Bund, Ländern und EU
      Stiftungen als Fördergeber
      Projektidee, Ziele und Indikatoren
      Kosten- und Finanzierungsplan
      Eigenmittel und Kofinanzierung
      Verwendungsnachweis und Sachbericht
      Besserstellungsverbot und Vergaberecht
      Fundraising und Spenden
      Projektplanung und Meilensteine
      Wirkungsmessung`,
    goals: `einen überzeugenden Förderantrag zu entwickeln
      Projekte von der Idee bis zum Verwendungsnachweis zu steuern`,
    questions: `Welche Förderprogramme passen zu unserem Projekt?`,
    intros: `Viele gute Ideen scheitern an der Finanzierung.`,
  }),
];

// ---------------------------------------------------------------------------------------------
// Formats, audiences, places and the other pools

/** [name, gender (f, m, n), genitive (m, n), use: c course, p programme, m meeting] */
const FORMATS = [
  ['Fortbildung', 'f', '', 'c'], ['Workshop', 'm', 'Workshops', 'c'], ['Schulung', 'f', '', 'c'], ['Seminar', 'n', 'Seminars', 'c'],
  ['Online-Seminar', 'n', 'Online-Seminars', 'c'], ['Fortbildungsreihe', 'f', '', 'cp'], ['Infoabend', 'm', 'Infoabends', 'c'], ['Fachtag', 'm', 'Fachtags', 'm'],
  ['Qualifizierung', 'f', '', 'p'], ['Grundkurs', 'm', 'Grundkurses', 'c'], ['Webinar', 'n', 'Webinars', 'c'], ['Vernetzungstreffen', 'n', 'Vernetzungstreffens', 'm'],
  ['Informationsveranstaltung', 'f', '', 'c'], ['Aufbaukurs', 'm', 'Aufbaukurses', 'c'], ['Tagesseminar', 'n', 'Tagesseminars', 'c'], ['Werkstatt', 'f', '', 'c'],
  ['Weiterbildung', 'f', '', 'cp'], ['Zertifikatskurs', 'm', 'Zertifikatskurses', 'p'], ['Austauschtreffen', 'n', 'Austauschtreffens', 'm'], ['Praxiswerkstatt', 'f', '', 'c'],
  ['Basisqualifizierung', 'f', '', 'p'], ['Wochenendseminar', 'n', 'Wochenendseminars', 'c'], ['Inhouse-Schulung', 'f', '', 'c'], ['Qualifizierungsreihe', 'f', '', 'p'],
  ['Kompaktkurs', 'm', 'Kompaktkurses', 'c'], ['Fachgespräch', 'n', 'Fachgesprächs', 'm'], ['Onlinekurs', 'm', 'Onlinekurses', 'c'], ['Lehrgang', 'm', 'Lehrgangs', 'p'],
  ['Netzwerktreffen', 'n', 'Netzwerktreffens', 'm'], ['Modulreihe', 'f', '', 'p'], ['Vortrag', 'm', 'Vortrags', 'c'], ['Fachforum', 'n', 'Fachforums', 'm'],
  ['Lernwerkstatt', 'f', '', 'c'], ['Gesprächsabend', 'm', 'Gesprächsabends', 'c'], ['Regionalkonferenz', 'f', '', 'm'], ['Sommerakademie', 'f', '', 'p'],
  ['Train-the-Trainer-Seminar', 'n', 'Train-the-Trainer-Seminars', 'c'], ['Erzählcafé', 'n', 'Erzählcafés', 'm'], ['Tagung', 'f', '', 'm'], ['Einführungskurs', 'm', 'Einführungskurses', 'c'],
].map(([name, g, gen, use]) => ({ name, g, gen, use }));
const FORMAT_NAMES = [...FORMATS.map((f) => f.name), 'Zertifizierte*r', 'Qualifizierung', 'Schulung', 'Infoabend', 'Basisqualifizierung'];
const formatsFor = (use) => FORMATS.filter((f) => f.use.includes(use));
const FORMAT_BY_USE = { c: formatsFor('c'), p: formatsFor('p'), m: formatsFor('m') };
const article = (f, form) => ({ nom: { f: 'die', m: 'der', n: 'das' }, dat: { f: 'der', m: 'dem', n: 'dem' } })[form][f.g];
const genitive = (f) => (f.g === 'f' ? `der ${f.name}` : `des ${f.gen}`);
const inFormat = (f) => (f.g === 'f' ? `in der ${f.name}` : `im ${f.name}`);

/** [audience phrase (nominative plural), audience code] */
const AUDIENCES = [
  ['Ehrenamtliche in der Flüchtlingshilfe', 'volunteers'],
  ['haupt- und ehrenamtlich Engagierte', 'volunteers'],
  ['{p:Migrations+berater}', 'professionals'],
  ['ehrenamtlich Engagierte aus Willkommensinitiativen', 'volunteers'],
  ['Fachkräfte der Sozialen Arbeit', 'professionals'],
  ['{p:Sprach- und Kultur+mittler}', 'multipliers'],
  ['{p:mitarbeiter} von Behörden, Jobcentern und Ausländerbehörden', 'administration'],
  ['{p:Integrations+lotse}', 'volunteers'],
  ['Engagierte aus {pc:migrant:organisationen}', 'migrant-organisations'],
  ['{p:sozialarbeiter} und {p:sozialpaedagoge}', 'professionals'],
  ['{p:Integrations+koordinator} der Landkreise und Kommunen', 'administration'],
  ['{p:lehrer} an Grund-, Ober- und Berufsschulen', 'professionals'],
  ['pädagogische Fachkräfte in Kitas und Horten', 'professionals'],
  ['{p:multiplikator} der politischen Bildung', 'multipliers'],
  ['Fachkräfte der Kinder- und Jugendhilfe', 'professionals'],
  ['Vorstände und Aktive von Vereinen', 'migrant-organisations'],
  ['{p:Verwaltungs+mitarbeiter}', 'administration'],
  ['{p:Schul+sozialarbeiter}', 'professionals'],
  ['Mitarbeitende in Gemeinschaftsunterkünften', 'professionals'],
  ['{p:Ehrenamts+koordinator}', 'multipliers'],
  ['{p:pate} und {p:mentor}', 'volunteers'],
  ['interessierte {p:buerger}', 'general-public'],
  ['Menschen mit eigener Migrations- oder Fluchtgeschichte', 'migrants'],
  ['Fachkräfte aus Gesundheitswesen und Pflege', 'professionals'],
  ['{p:trainer} und {p:referent} in der Erwachsenenbildung', 'multipliers'],
  ['Geflüchtete und Neuzugewanderte', 'migrants'],
  ['{p:Kita-+leiter}', 'professionals'],
  ['{p:arzt} und medizinisches Fachpersonal', 'professionals'],
  ['Frauen mit Fluchterfahrung', 'migrants'],
  ['junge Menschen zwischen 16 und 27 Jahren', 'migrants'],
  ['{p:Bildungs+berater}', 'professionals'],
  ['{p:studierende} der Sozialen Arbeit', 'general-public'],
  ['{p:psychotherapeut}', 'professionals'],
  ['Eltern mit Kindern im Kita- und Grundschulalter', 'migrants'],
  ['{p:vertreter} von Kirchengemeinden und Moscheevereinen', 'multipliers'],
  ['{p:Jugend+leiter} in Jugendverbänden', 'multipliers'],
  ['Personalverantwortliche in kleinen und mittleren Unternehmen', 'general-public'],
  ['{p:Kommunal+politiker}', 'administration'],
  ['{PB}', 'professionals'],
  ['{PK}', 'multipliers'],
  ['{PM}', 'administration'],
  ['{PL}', 'volunteers'],
  ['{PB} und {PK}', 'professionals'],
].map(([phrase, code]) => ({ phrase, code }));
PEOPLE.politiker = ['Politiker', 'Politiker', 'Politikerinnen', null];

/** Short audience phrases for titles: "für …". */
const FOR = [
  ['Ehrenamtliche', 'volunteers'], ['Engagierte', 'volunteers'], ['Fachkräfte', 'professionals'], ['{p:berater}', 'professionals'],
  ['{p:multiplikator}', 'multipliers'], ['{p:Sprach+mittler}', 'multipliers'], ['Einsteiger*innen', 'general-public'], ['{p:lehrer}', 'professionals'],
  ['Kitas', 'professionals'], ['Vereine', 'migrant-organisations'], ['{pc:migrant:organisationen}', 'migrant-organisations'], ['Verwaltungen', 'administration'],
  ['Frauen', 'migrants'], ['Jugendliche', 'migrants'], ['{p:Integrations+lotse}', 'volunteers'], ['{p:kolleg} aus der Praxis', 'professionals'],
  ['Haupt- und Ehrenamtliche', 'volunteers'], ['Neuzugewanderte', 'migrants'], ['Willkommensinitiativen', 'volunteers'], ['{p:Schul+sozialarbeiter}', 'professionals'],
].map(([phrase, code]) => ({ phrase, code }));

const CATCHY = lines(`Gut beraten
  Ankommen und Bleiben
  Mehr als Worte
  Gemeinsam stark
  Hinschauen statt wegsehen
  Vielfalt gestalten
  Wissen kompakt
  Fit für die Praxis
  Rechte kennen, Rechte stärken
  Brücken bauen
  Klare Worte
  Zwischen den Stühlen
  Sicher im Gespräch
  Neu hier
  Praxis trifft Recht
  Starke Eltern, starke Kinder
  Vom Ich zum Wir
  Wege öffnen
  Zuhause gesucht
  Nicht ohne uns
  Ein Jahr danach
  Schritt für Schritt
  Auf Augenhöhe
  Damit Teilhabe gelingt
  Recht verständlich`);

const SERIES = lines(`Fit im Ehrenamt
  Praxiswissen Migration
  Vielfalt vor Ort
  Wissen für Engagierte
  Integration gestalten
  Starke Initiativen
  Rechtliche Grundlagen kompakt
  Dienstags um sechs
  Mittagspause mit Mehrwert
  Werkzeugkasten Integration
  Ankommen in Sachsen
  Lernort Demokratie`);

const REGIONS = lines(`im Landkreis Gotha
  im Ilm-Kreis
  im Saale-Orla-Kreis
  im Landkreis Leipzig
  im Vogtlandkreis
  im Erzgebirgskreis
  im Landkreis Vorpommern-Greifswald
  im Landkreis Rostock
  im Landkreis Uckermark
  im Landkreis Oder-Spree
  im Kreis Steinfurt
  im Rhein-Sieg-Kreis
  im Ortenaukreis
  im Landkreis Rosenheim
  im Landkreis Harz
  im Burgenlandkreis
  im Landkreis Göttingen
  im Main-Kinzig-Kreis
  im Kreis Nordfriesland
  im Landkreis Bautzen
  im Landkreis Görlitz
  im Wartburgkreis
  im Kyffhäuserkreis
  im Unstrut-Hainich-Kreis
  im Landkreis Mecklenburgische Seenplatte
  im Landkreis Ludwigslust-Parchim
  im Salzlandkreis
  im Landkreis Emsland
  im Hochsauerlandkreis
  im Landkreis Cham
  in Erfurt
  in Leipzig
  in Dresden
  in Chemnitz
  in Magdeburg
  in Halle (Saale)
  in Rostock
  in Schwerin
  in Potsdam
  in Cottbus
  in Berlin-Neukölln
  in Hamburg-Wilhelmsburg
  in Köln
  in Dortmund
  in Duisburg
  in Frankfurt am Main
  in Stuttgart
  in Nürnberg
  in Jena
  in Weimar
  in Gera
  in Bremen
  in Kiel
  in Hannover`);
const TOWNS = lines(`Gotha\nWaltershausen\nArnstadt\nIlmenau\nPößneck\nBorna\nGrimma\nPlauen\nAnnaberg-Buchholz\nGreifswald\nAnklam\nGüstrow\nPrenzlau\nEisenhüttenstadt\nRheine\nSiegburg\nOffenburg\nRosenheim\nHalberstadt\nNaumburg\nGöttingen\nHanau\nHusum\nBautzen\nGörlitz\nEisenach\nSondershausen\nMühlhausen\nNeubrandenburg\nParchim\nBernburg\nMeppen\nArnsberg\nCham\nZittau\nAltenburg\nSaalfeld\nErfurt\nLeipzig\nDresden\nJena\nMagdeburg\nPotsdam\nKöln\nDortmund`);
const LANDS = lines(`Thüringen\nSachsen\nSachsen-Anhalt\nBrandenburg\nMecklenburg-Vorpommern\nBerlin\nNRW\nNiedersachsen\nHessen\nBayern\nBaden-Württemberg\nSchleswig-Holstein\nRheinland-Pfalz\nHamburg\nBremen\nSaarland`);

const LANGUAGES = lines(`Arabisch\nUkrainisch\nFarsi\nDari\nRussisch\nTürkisch\nEnglisch\nKurmandschi\nTigrinya\nPaschtu\nSorani\nFranzösisch\nSomali\nRumänisch\nGeorgisch\nAlbanisch\nAmharisch\nUrdu\nVietnamesisch\nBulgarisch\nPolnisch\nSpanisch\nRomanes`);
const COUNTRIES = lines(`Syrien\nAfghanistan\nder Ukraine\ndem Irak\nder Türkei\ndem Iran\nEritrea\nSomalia\nGeorgien\nNigeria\nGuinea\nVenezuela\nKolumbien\nMoldau\nVietnam`);

const METHODS = lines(`kurze fachliche Inputs
  Fallbesprechungen
  Rollenspiele
  Kleingruppenarbeit
  kollegiale Fallberatung
  Übungen zur Selbstreflexion
  Praxisbeispiele der Teilnehmenden
  ein Planspiel
  World Café
  Fishbowl-Diskussionen
  Open Space
  kurze Videosequenzen
  Arbeit mit Fallvignetten
  Übungen in Tandems
  Stationenlernen
  Gespräche mit {d:experte} aus der Praxis
  Erfahrungsberichte von Betroffenen
  Reflexionsrunden
  szenisches Lernen und Forumtheater
  Übungen zum Perspektivwechsel
  Checklisten und Arbeitshilfen
  Methoden der Biografiearbeit
  digitale Whiteboards
  eine Exkursion`);

const PARTNERS = lines(`dem Flüchtlingsrat
  der Volkshochschule
  dem Caritasverband
  dem Diakonischen Werk
  dem Paritätischen Wohlfahrtsverband
  der Arbeiterwohlfahrt (AWO)
  dem DRK-Kreisverband
  dem Jugendmigrationsdienst
  dem Integrationsbeirat der Stadt
  der Landeszentrale für politische Bildung
  der Freiwilligenagentur
  dem Kommunalen Integrationszentrum
  dem Mehrgenerationenhaus
  der Evangelischen Erwachsenenbildung
  dem Katholischen Bildungswerk
  dem IQ Netzwerk
  der Antidiskriminierungsstelle
  dem Landesnetzwerk der {pc:migrant:organisationen}
  der Ehrenamtsagentur
  dem Psychosozialen Zentrum für Geflüchtete
  der Kreisvolkshochschule
  der Integrationsbeauftragten des Landkreises
  dem Bündnis für Demokratie und Toleranz
  dem Netzwerk gegen Rassismus`);

const FUNDERS = lines(`den Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union
  die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration
  das Bundesprogramm „Demokratie leben!“
  das Bundesamt für Migration und Flüchtlinge
  die Aktion Mensch
  den Europäischen Sozialfonds Plus (ESF Plus)
  die Landeszentrale für politische Bildung
  die Bundeszentrale für politische Bildung
  das Förderprogramm „Integration durch Qualifizierung (IQ)“
  die Deutsche Stiftung für Engagement und Ehrenamt
  die Bürgerstiftung {town}
  die Stadt {town}
  das Landesprogramm „Integration vor Ort“
  das Landesprogramm „Weltoffen und engagiert“
  die Sparkassenstiftung
  den Landkreis im Rahmen der kommunalen Integrationsförderung`);

const BILDUNGSURLAUB = lines(`als Bildungsurlaub anerkannt
  als Bildungsfreistellung nach dem Thüringer Bildungsfreistellungsgesetz anerkannt
  nach dem Hessischen Bildungsurlaubsgesetz anerkannt
  als Bildungszeit nach dem Bildungszeitgesetz Baden-Württemberg anerkannt
  nach dem Niedersächsischen Bildungsurlaubsgesetz anerkannt
  als Bildungsurlaub nach dem Arbeitnehmerweiterbildungsgesetz NRW anerkannt
  als Bildungsfreistellung nach dem Berliner Bildungszeitgesetz anerkannt
  nach dem Bildungsfreistellungsgesetz Mecklenburg-Vorpommern anerkannt`);

const FIRST_F = lines(`Anna\nFatma\nMaryam\nOksana\nLina\nHelin\nAsmaa\nFarida\nGabriele\nUte\nCarla\nMona\nSofia\nIryna\nMalak\nBeate\nEsra\nAmal\nLeyla\nOlena\nMiriam\nSarah\nJulia\nAylin\nNour\nMariam\nKatharina\nSusanne\nClaudia\nShirin\nAmina\nNatalia\nBirgit\nElif\nHanna\nDilan\nSamira\nYasmin\nTetiana\nInes\nPetra\nJana\nLena\nRania\nZeynep\nSabine\nFrieda\nMeron`);
const FIRST_M = lines(`Ahmad\nThomas\nMustafa\nVolodymyr\nKhaled\nUwe\nRalf\nAbdul\nEmre\nLukas\nMahmoud\nJürgen\nYonas\nArash\nDmytro\nBernd\nIbrahim\nNiklas\nMohammed\nJonas\nStefan\nYusuf\nAndriy\nTobias\nKarim\nDaniel\nMehmet\nMichael\nOmid\nSamuel\nFlorian\nHassan\nMatthias\nBilal\nJan\nReza\nSebastian\nAli\nChristian\nDawit\nMarkus\nTarek\nPeter\nSerhii\nHamid\nFelix`);
const LAST = lines(`Müller\nSchmidt\nMeyer\nAbdullah\nTkachenko\nKoch\nÇelik\nSchäfer\nHaidari\nWalter\nAydın\nPeters\nGebremedhin\nHeinrich\nAmini\nKlein\nMoradi\nSchmitt\nBondarenko\nFuchs\nArslan\nScholz\nJaber\nVogel\nYousef\nFriedrich\nMelnyk\nKeller\nYılmaz\nHoffmann\nHaddad\nKovalenko\nNguyen\nWagner\nRahimi\nBecker\nDemir\nSchulz\nAl-Hassan\nWeber\nKaya\nFischer\nMahmoud\nKrüger\nOsman\nLehmann\nŞahin\nRichter\nPopović\nNeumann\nTesfaye\nZimmermann\nWolf\nHussaini\nBraun\nPetrenko\nKöhler\nÖztürk\nSchröder\nIbrahim\nHartmann\nNovak\nLange\nKarimi\nSchwarz\nBauer`);
/** [female role, male role] */
const ROLES = [
  ['Rechtsanwältin mit Schwerpunkt Migrationsrecht', 'Rechtsanwalt mit Schwerpunkt Migrationsrecht'],
  ['Sozialarbeiterin (M. A.) in der Migrationsberatung', 'Sozialarbeiter (M. A.) in der Migrationsberatung'],
  ['Diplom-Psychologin und Traumatherapeutin', 'Diplom-Psychologe und Traumatherapeut'],
  ['Trainerin für Antidiskriminierung und Empowerment', 'Trainer für Antidiskriminierung und Empowerment'],
  ['Mediatorin (BM) und Konfliktberaterin', 'Mediator (BM) und Konfliktberater'],
  ['Dolmetscherin für Arabisch und Deutsch', 'Dolmetscher für Arabisch und Deutsch'],
  ['Referentin beim Flüchtlingsrat', 'Referent beim Flüchtlingsrat'],
  ['Politikwissenschaftlerin und Bildungsreferentin', 'Politikwissenschaftler und Bildungsreferent'],
  ['Traumapädagogin und Fachberaterin für Psychotraumatologie', 'Traumapädagoge und Fachberater für Psychotraumatologie'],
  ['Integrationskoordinatorin des Landkreises', 'Integrationskoordinator des Landkreises'],
  ['Lehrerin für Deutsch als Zweitsprache', 'Lehrer für Deutsch als Zweitsprache'],
  ['Organisationsberaterin und Supervisorin (DGSv)', 'Organisationsberater und Supervisor (DGSv)'],
  ['Ehrenamtskoordinatorin mit langjähriger Erfahrung', 'Ehrenamtskoordinator mit langjähriger Erfahrung'],
  ['Sozialrechtsexpertin', 'Sozialrechtsexperte'],
  ['systemische Beraterin (DGSF)', 'systemischer Berater (DGSF)'],
];

const MONTHS = lines(`Januar\nFebruar\nMärz\nApril\nMai\nJuni\nJuli\nAugust\nSeptember\nOktober\nNovember\nDezember`);
const WEEKDAYS = lines(`montags\ndienstags\nmittwochs\ndonnerstags\nfreitags\nsamstags`);
const TIMES = lines(`17 bis 19:30\n18 bis 20\n9:30 bis 16\n10 bis 15:30\n16:30 bis 19\n9 bis 12:30\n13 bis 17`);

/** First parts (with their linking letters) and heads of compound nouns: "Integrationsangebote", "Kitanetzwerke". */
const COMPOUND_FIRST = lines(`Integrations\nMigrations\nBeratungs\nBildungs\nSprach\nFlüchtlings\nAsyl\nFamilien\nEhrenamts\nJugend\nUnterstützungs
  Eltern\nFrauen\nGesundheits\nArbeitsmarkt\nAusbildungs\nWohn\nNachbarschafts\nDemokratie\nAntidiskriminierungs\nAnerkennungs\nKita
  Schul\nSozial\nTeilhabe\nPräventions\nVereins\nQuartiers\nBegegnungs\nLern\nKultur\nDiversitäts\nKinderschutz\nGewaltschutz\nEmpowerment
  Engagement\nWillkommens\nFreizeit\nSport\nMedien\nSenioren\nPflege\nRückkehr\nVerfahrens\nAlltags\nOrientierungs\nQualifizierungs
  Förder\nKooperations\nVernetzungs\nSelbsthilfe\nFach\nKommunal\nLandes\nRegional\nPaten\nMentoring\nBerufs\nHochschul\nDolmetsch
  Übersetzungs\nInformations\nBeteiligungs\nPartizipations\nNetzwerk\nProjekt\nErinnerungs\nTrauma\nKrisen\nNotfall\nBeschwerde\nDaten`);
const COMPOUND_HEAD = lines(`angebote\narbeit\nprojekte\nnetzwerke\nstellen\nkonzepte\nstrukturen\nfragen\nbedarfe\nprogramme\nprozesse\nansätze
  materialien\nbegleitung\npraxis\nlandschaft\npartner\nträger\ngruppen\nkurse\nmöglichkeiten\naufgaben\nformate\nstandards
  initiativen\neinrichtungen\nkompetenzen\nthemen\nbereiche\nerfahrungen\nwege\nhürden\nlücken\nkoordination\nplanung\nberichte`);
const compound = (random) => zipf(random, COMPOUND_FIRST, 0.8) + zipf(random, COMPOUND_HEAD, 0.8);

/** First parts of person nouns: "Schuldnerberater*innen", "Ehrenamtskoordinator:innen". */
const PERSON_PREFIXES = {
  berater: lines(`Migrations\nFlüchtlings\nSozial\nSchuldner\nFamilien\nErziehungs\nBerufs\nAnerkennungs\nRückkehr\nAsylverfahrens\nJugendmigrations\nBildungs\nFach\nAntidiskriminierungs\nGesundheits\nSchwangerschafts\nAusbildungs\nWohnungs\nIntegrations\nSucht\nOpfer\nVerbraucher`),
  koordinator: lines(`Integrations\nEhrenamts\nFreiwilligen\nProjekt\nNetzwerk\nBildungs\nFlüchtlings\nEngagement\nQuartiers\nKita-\nPaten\nSprachmittlungs`),
  mitarbeiter: lines(`Verwaltungs\nBehörden\nJobcenter-\nProjekt\nKita-\nJugendamts\nUnterkunfts\nRathaus\nSozialamts\nAusländerbehörden\nStadtteil\nVereins`),
  begleiter: lines(`Integrations\nAlltags\nLern\nAusbildungs\nBildungs\nSprach\nKultur\nFamilien\nPeer-\nGesundheits\nWohn`),
  lotse: lines(`Integrations\nGesundheits\nBildungs\nKultur\nSprach\nWohnungs\nStadtteil\nAusbildungs\nBehörden\nKita-`),
  mittler: lines(`Sprach\nKultur\nSprach- und Kultur\nIntegrations\nBildungs\nKonflikt`),
};

/** [agenda item] for network meetings and Fachtage */
const AGENDA = lines(`Begrüßung und Kennenlernen
  Impulsvortrag zum Thema {K}
  Austausch in Arbeitsgruppen
  Vorstellung von Projekten aus der Region
  Marktplatz der Initiativen
  Podiumsgespräch mit {d:akteur} aus Kommune und Zivilgesellschaft
  Bedarfe und Lücken vor Ort
  Verabredungen und nächste Schritte
  Mittagspause und informeller Austausch
  Kurzvorstellung der Teilnehmenden
  Bericht aus dem Landesnetzwerk
  Fachforen zu {X} und {X}
  Berichte aus den Arbeitsgruppen
  Ausblick und Abschluss
  Kaffee, Kuchen und Gespräche`);
const MEETING_SENTENCES = lines(`{FD} bietet Raum, sich kennenzulernen, Erfahrungen zu teilen und gemeinsame Vorhaben zu planen.
  Wir möchten {aud} {region} miteinander ins Gespräch bringen.
  Im Mittelpunkt stehen der Austausch über aktuelle Herausforderungen und die Frage, wie wir uns gegenseitig unterstützen können.
  Eingeladen sind alle, die sich {region} für Geflüchtete und Zugewanderte einsetzen – hauptamtlich wie ehrenamtlich.
  {FD} findet zweimal im Jahr statt, jeweils an einem anderen Ort.
  Neue Gesichter sind ausdrücklich willkommen!`);

// ---------------------------------------------------------------------------------------------
// Sentence templates

const GENERIC_INTROS = lines(`Im Alltag der Integrationsarbeit spielt das Thema {K} eine wichtige Rolle.
  Immer wieder erreichen uns Fragen zum Thema {K}.
  Das Thema {K} gewinnt in der Arbeit mit Geflüchteten und Zugewanderten an Bedeutung.
  {FD} bietet einen kompakten Einstieg in das Thema {K}.
  Aus der Praxis kommt immer wieder der Wunsch nach mehr Sicherheit beim Thema {K}.
  Viele {p:kolleg} aus Beratungsstellen und Initiativen wünschen sich mehr Wissen zum Thema {K}.
  Mit der Aufnahme von Schutzsuchenden aus der Ukraine sind viele neue Fragen entstanden.
  Gerade im ländlichen Raum fehlen oft spezialisierte Angebote zum Thema {K}.
  {FD} ist Teil unserer Reihe „{series}“.
  Wer sich für Geflüchtete engagiert, muss sich mit vielen Themen gleichzeitig auskennen.
  Die Anforderungen an {p:haupt- und ehrenamtliche +mitarbeiter} in der Migrationsarbeit sind in den letzten Jahren deutlich gestiegen.
  Integration ist eine Aufgabe der ganzen Gesellschaft – und sie gelingt dort, wo Menschen gut informiert sind.
  Die Zahl der Menschen, die {region} Schutz suchen, hat sich in den letzten Jahren verändert – und mit ihr die Fragen im Alltag.
  {PB} und Ehrenamtliche arbeiten oft an denselben Fällen, aber mit unterschiedlichem Wissen.
  Neue Gesetze, neue Zuständigkeiten, neue Verfahren: Wer in der Migrationsarbeit tätig ist, muss ständig dazulernen.
  Für {X} fehlt im Alltag oft die Zeit – {Fd} schafft dafür Raum.
  {FD} entstand auf Wunsch vieler {p:kolleg} aus {X} und {X}.
  Seit mehreren Jahren begleiten wir {X} {region} und kennen die typischen Fragen aus der Praxis.`);

const GOAL_SENTENCES = lines(`Ziel {Fg} ist es, {G}.
  Die {TN} lernen, {G}.
  Sie lernen, {G}.
  Nach {Fdat} sind Sie in der Lage, {G}.
  Sie erhalten Werkzeuge und Sicherheit, um {G}.
  Im Mittelpunkt steht die Frage, wie es gelingen kann, {G}.
  Wir möchten Sie ermutigen und befähigen, {G}.
  {FD} unterstützt Sie dabei, {G}.
  Gemeinsam erarbeiten wir, wie es gelingt, {G}.
  Sie bekommen das nötige Handwerkszeug, um {G}.
  Anliegen {Fg} ist es, {aud} darin zu stärken, {G}.`);

const CONTENT_HEADINGS = lines(`Inhalte:\nThemen:\nSchwerpunkte:\nInhalte u. a.:\nFolgende Themen erwarten Sie:\nAuf dem Programm stehen:`);
const CONTENT_SENTENCES = lines(`Themen sind unter anderem {list}.
  Im Mittelpunkt stehen {list}.
  Behandelt werden {list}.
  Wir beschäftigen uns unter anderem mit folgenden Themen: {list}.
  Es geht um {list}.`);

const METHOD_SENTENCES = lines(`Methoden: {mlist}.
  Methodisch wechseln sich {mlist} ab.
  Eingesetzt werden {mlist}.
  {FD} ist praxisorientiert; eingesetzt werden {mlist}.`);
const METHOD_EXTRAS = lines(`Bitte bringen Sie eigene Fallbeispiele mit.
  Eigene Fragen und Fälle aus der Praxis können gern eingebracht werden.
  Die Teilnehmenden erhalten ein ausführliches Skript.
  Die Präsentation und weiterführende Materialien werden im Anschluss zur Verfügung gestellt.
  Zwischen den Terminen erproben die Teilnehmenden das Gelernte in ihrer eigenen Praxis.
  Genug Zeit für Fragen und Austausch ist eingeplant.`);

const AUDIENCE_SENTENCES = lines(`{FD} richtet sich an {aud} und {aud2}.
  Angesprochen sind {aud}, {aud2} und alle Interessierten.
  Zielgruppe: {aud} und {aud2}.
  Eingeladen sind {aud} und {aud2} {region}.
  {FD} richtet sich an {aud}.
  Das Angebot ist offen für {aud} sowie {aud2}.`);
const PREREQUISITES = lines(`Vorkenntnisse sind nicht erforderlich.
  Grundkenntnisse zum Thema {K} sind hilfreich, aber keine Voraussetzung.
  Die Teilnahme am Grundkurs wird empfohlen.
  Voraussetzung ist die Bereitschaft, sich mit der eigenen Haltung auseinanderzusetzen.
  Die Veranstaltung ist auch für {p:einsteiger} geeignet.
  Die Veranstaltung findet auf Deutsch statt; Sprachniveau B1 wird empfohlen.
  Erste Erfahrungen in der Arbeit mit Geflüchteten werden vorausgesetzt.`);

const ORGANISATION = lines(`Die Teilnahme ist kostenfrei.
  Die Teilnahme ist für Ehrenamtliche kostenfrei; Hauptamtliche zahlen {price} Euro.
  Teilnahmebeitrag: {price} € (ermäßigt {priceLow} €).
  Die Zahl der Plätze ist auf {n} begrenzt.
  Anmeldung bitte bis zum {date} über unsere Website oder per E-Mail.
  Anmeldeschluss ist der {date}.
  Nach der Anmeldung erhalten Sie eine Bestätigung per E-Mail.
  Die Zugangsdaten werden am Vortag verschickt.
  Die Veranstaltung findet online über Zoom statt.
  Die Veranstaltung findet online über BigBlueButton statt; eine Installation ist nicht nötig.
  Die Veranstaltung findet in Präsenz in {town} statt.
  Die Räume sind barrierefrei erreichbar.
  Kinderbetreuung ist nach Absprache möglich.
  Fahrtkosten können für Ehrenamtliche erstattet werden.
  Für Getränke und einen kleinen Imbiss ist gesorgt.
  Ein vegetarisches Mittagessen ist im Preis enthalten.
  Übernachtung und Verpflegung werden übernommen.
  Bei Bedarf wird in {lang} übersetzt.
  Bitte geben Sie bei der Anmeldung an, ob Sie Sprachmittlung in {lang} oder {lang2} benötigen.
  Der Kurs umfasst {n2} Termine zu je drei Stunden, jeweils {weekday} von {time} Uhr.
  {FD} umfasst {ue} Unterrichtseinheiten.
  Bei Verhinderung bitten wir um rechtzeitige Abmeldung, damit Personen von der Warteliste nachrücken können.
  {FD} kann auch als Inhouse-Schulung für Ihr Team gebucht werden.
  Die Veranstaltung wird in Kooperation mit {partner} durchgeführt.
  Während der Veranstaltung werden Fotos gemacht; sprechen Sie uns bitte an, wenn Sie nicht fotografiert werden möchten.
  Eine Teilnahme ist auch ohne eigenes Auto möglich: Der Veranstaltungsort liegt wenige Minuten vom Bahnhof entfernt.
  Veranstaltungsort ist das {venue} in {town}.
  Bei Fragen zur Anmeldung wenden Sie sich bitte an {name}.
  Die Teilnahme kann über die Ehrenamtskarte ermäßigt werden.
  Bitte bringen Sie ein Laptop oder Tablet mit.
  Eine Kamera und ein Mikrofon sind für die Teilnahme erforderlich.
  Die Veranstaltung wird aufgezeichnet und steht den Teilnehmenden anschließend zur Verfügung.
  Plätze werden in der Reihenfolge der Anmeldungen vergeben; Ehrenamtliche werden bevorzugt berücksichtigt.`);
const VENUES = lines(`Bürgerhaus\nGemeindezentrum\nMehrgenerationenhaus\nStadtteilzentrum\nInterkulturelle Zentrum\nBildungszentrum\nHaus der Vereine\nJugendhaus\nLandratsamt\nRathaus\nKulturhaus\nFamilienzentrum\nEvangelische Gemeindehaus\nBegegnungszentrum`);
const EXCLUSION = 'Wir behalten uns vor, Personen, die durch rassistische, antisemitische oder andere menschenverachtende Äußerungen aufgefallen sind oder extrem rechten Organisationen angehören, von der Veranstaltung auszuschließen.';

const CERTIFICATES = lines(`Alle Teilnehmenden erhalten eine Teilnahmebescheinigung.
  Nach regelmäßiger Teilnahme wird eine Teilnahmebescheinigung ausgestellt.
  Bei Teilnahme an mindestens {pct} Prozent der Termine erhalten Sie ein Zertifikat.
  {FD} schließt mit einer Projektarbeit und einem Zertifikat ab.
  {FD} ist {bildungsurlaub}.
  Die Veranstaltung ist als Lehrkräftefortbildung anerkannt ({ue} Unterrichtseinheiten).
  Fortbildungspunkte bei der Psychotherapeutenkammer sind beantragt.
  Die Fortbildung wird für die Verlängerung der Jugendleiter*innen-Card (Juleica) anerkannt.
  Das Zertifikat ist vom zuständigen Landesministerium anerkannt.`);

const FUNDING_SENTENCES = lines(`{FD} wird gefördert durch {funder}.
  Gefördert durch {funder}.
  Das Projekt wird gefördert durch {funder} und {funder2}.
  Diese Maßnahme wird mitfinanziert durch Steuermittel auf der Grundlage des vom Landtag beschlossenen Haushalts.
  Die Veranstaltung ist Teil eines Projekts, das durch {funder} gefördert wird.`);

const REFERENT_SENTENCES = lines(`Referent{in}: {name}, {role}.
  Es referiert {name} ({role}).
  Leitung: {name}, {role}.
  Mit {name}, {role}.`);

const FILLERS = lines(`Dabei geht es auch um {C}.
  Ein Schwerpunkt liegt auf dem Thema „{C}“.
  Anhand von Fallbeispielen aus der Praxis wird deutlich, wie {K} und {K2} zusammenhängen.
  Auch Fragen zum Thema {K2} kommen zur Sprache.
  Zudem stellen wir Beratungsstellen und Ansprechpersonen {region} vor.
  Außerdem erhalten Sie einen Überblick über Unterstützungsangebote {region}.
  Rechtliche Grundlagen werden verständlich und ohne Fachchinesisch erklärt.
  Ausgangspunkt sind die Erfahrungen und Fragen der Teilnehmenden.
  Wir orientieren uns an konkreten Situationen aus dem Alltag von {d:kolleg} in Beratung und Begleitung.
  Im zweiten Teil geht es um {C}.
  Ergänzend gibt es einen Input zum Thema {K2}.
  Die Inhalte werden an die Bedürfnisse der Gruppe angepasst.
  {Q}
  Beispiel: Eine Familie aus {country} erhält einen Brief vom Amt, den niemand versteht – was ist jetzt zu tun?
  Was bedeutet das konkret für die Arbeit {region}?
  Viele Fragen lassen sich nur im Zusammenspiel von {K} und {K2} beantworten.
  Gemeinsam entwickeln wir Ideen, die sich direkt in der eigenen Einrichtung umsetzen lassen.
  Die Erfahrung zeigt: Wer die Abläufe kennt, kann Betroffene deutlich besser unterstützen.
  Neben fachlichem Wissen geht es auch um Haltung und Selbstreflexion.
  Die Referierenden bringen langjährige Erfahrung aus der Beratungspraxis mit.
  Zum Abschluss sammeln wir offene Fragen und verabreden, wie es weitergehen kann.
  Dabei werfen wir auch einen Blick auf {X} und {X}.
  Vorgestellt werden außerdem {X} {region}.
  Auch {X} und {X} sind Thema.
  Wir zeigen, wie sich {X} und {X} sinnvoll verbinden lassen.
  Ein Blick auf {X} {region} rundet das Programm ab.
  In Kleingruppen bearbeiten wir Fallbeispiele aus {X} und {X}.
  Oft stehen {PB} und {PK} vor ähnlichen Fragen – hier lernen sie voneinander.
  Im Austausch mit {d:PX} entstehen neue Ideen für {X}.
  Ein Fallbeispiel: {name} lebt seit zwei Jahren {region} und möchte eine Ausbildung beginnen – welche Schritte sind nötig?
  Ein Fallbeispiel: Eine Mutter aus {country} spricht {lang} und sucht einen Kitaplatz für ihre Tochter.
  Wir greifen aktuelle Entwicklungen auf, etwa die Debatte um {X}.`);

const ABSTRACT_FIRST = lines(`{FD} vermittelt Grundlagenwissen zum Thema {K} und gibt Raum für Fragen aus der Praxis.
  Praxisnahes Wissen zum Thema {K} für {aud}.
  {Q} {FD} gibt Antworten und praktische Tipps.
  {Cc} und {C2} – kompakt und verständlich erklärt.
  {Fin} lernen Sie, {G}.
  {FD} richtet sich an {aud} und gibt einen Überblick über {C}.
  Sie erfahren, wie es gelingt, {G}.
  Ein kompakter Überblick über {C}, {C2} und aktuelle Entwicklungen.
  Wissen, Austausch und Handwerkszeug zum Thema {K} für {aud}.`);
const ABSTRACT_MEETING = lines(`Austausch, Vernetzung und neue Impulse für {aud} {region}.
  Wir laden {aud} {region} herzlich zum Austausch ein.
  {FD} bringt {aud} und {aud2} {region} zusammen.
  Kennenlernen, Austausch und gemeinsame Planung: {FD} zum Thema {K} {region}.`);
const ABSTRACT_SECOND = lines(`Die Teilnahme ist für Ehrenamtliche kostenfrei.
  Mit vielen Praxisbeispielen.
  Anmeldung erforderlich.
  Vorkenntnisse sind nicht nötig.
  Die Veranstaltung findet online statt.
  Mit Zertifikat.
  Eigene Fälle können eingebracht werden.
  Für Haupt- und Ehrenamtliche.
  Auch für {p:einsteiger} geeignet.
  In Kooperation mit {partner}.
  Die Plätze sind begrenzt.`);
const PROGRAMME_SENTENCES = lines(`{FD} besteht aus {modules} Modulen, die aufeinander aufbauen.
  Die {modules} Module können auch einzeln besucht werden.
  {FD} umfasst {modules} Module und eine Praxisphase mit Begleitung.
  Die Module werden von verschiedenen Trägern im Verbund durchgeführt.`);
const TITLE_SUFFIXES = lines(`(online)\n– Aufbaukurs\n– Teil 2\n2027\nkompakt\n– Refresher\n– Grundlagen\n(Bildungsurlaub)\n– neuer Termin\n– Vertiefung`);
const MEETING_THEMES = lines(`Ehrenamt\nIntegration\nFlüchtlingshilfe\nMigration\nIntegrationsarbeit\nWillkommensinitiativen\nSprachmittlung\nMigrationsberatung\nDemokratie\nVielfalt`);

function personName(random) {
  const female = chance(random, 0.55);
  return { female, name: `${chance(random, 0.12) ? 'Dr. ' : ''}${zipf(random, female ? FIRST_F : FIRST_M, 0.5)} ${zipf(random, LAST, 0.5)}` };
}

// ---------------------------------------------------------------------------------------------
// The offer

/**
 * One offer's text. `random`: the caller's seeded random function; `region` ("im Landkreis
 * Gotha", "in Erfurt") and `town` where it takes place; `kind` course | programme | network-meeting
 * (drawn when absent). Returns title, abstract, description (60–300 words), modules (programmes)
 * and the topic and audience codes the text is about.
 */
export function offerText(random, { region, town, kind } = {}) {
  kind ??= weighted(random, { course: 79, programme: 15, 'network-meeting': 6 });
  const style = weighted(random, STYLES);
  const main = TOPICS[zipfIndex(random, TOPICS.length, 0.6)];
  let second = TOPICS[zipfIndex(random, TOPICS.length, 0.6)];
  if (second === main) second = TOPICS[(TOPICS.indexOf(main) + 1 + Math.floor(random() * 5)) % TOPICS.length];
  const format = zipf(random, FORMAT_BY_USE[kind === 'programme' ? 'p' : kind === 'network-meeting' ? 'm' : 'c'], 0.9);
  const place = region ?? pick(random, REGIONS);
  const where = town ?? pick(random, TOWNS);
  const audiences = zipfDistinct(random, AUDIENCES, 2, 0.8);
  const contents = zipfDistinct(random, main.contents, 7, 0.7);
  const used = { contents: 0 };
  const nextContent = () => (used.contents < contents.length ? contents[used.contents++] : zipf(random, second.contents, 0.7));

  const slots = {
    K: () => zipf(random, main.keys, 0.8),
    K2: () => zipf(random, second.keys, 0.8),
    C: () => nextContent(),
    Cc: () => capFirst(nextContent()),
    C2: () => zipf(random, second.contents, 0.7),
    G: () => zipf(random, main.goals, 0.8),
    TN: () => (style === 'neutral' ? 'Teilnehmenden' : person('teilnehmer', style)),
    Q: () => pick(random, main.questions),
    F: () => format.name,
    FD: () => capFirst(`${article(format, 'nom')} ${format.name}`),
    Fd: () => `${article(format, 'nom')} ${format.name}`,
    Fg: () => genitive(format),
    Fdat: () => `${article(format, 'dat')} ${format.name}`,
    Fin: () => capFirst(inFormat(format)),
    aud: () => audiences[0].phrase,
    aud2: () => audiences[1]?.phrase ?? pick(random, AUDIENCES).phrase,
    region: () => place,
    town: () => where,
    lang: () => zipf(random, LANGUAGES),
    lang2: () => zipf(random, LANGUAGES),
    country: () => zipf(random, COUNTRIES),
    date: () => `${between(random, 1, 28)}. ${pick(random, MONTHS)}`,
    n: () => String(pick(random, [12, 15, 16, 18, 20, 20, 24, 25, 30])),
    n2: () => String(between(random, 3, 8)),
    ue: () => String(pick(random, [4, 6, 8, 12, 16, 24, 40, 80, 120])),
    pct: () => String(pick(random, [75, 80, 80, 90])),
    price: () => String(pick(random, [15, 20, 25, 30, 35, 45, 60, 80, 120, 180])),
    priceLow: () => String(pick(random, [5, 10, 15])),
    weekday: () => pick(random, WEEKDAYS),
    time: () => pick(random, TIMES),
    partner: () => zipf(random, PARTNERS, 0.8),
    funder: () => zipf(random, FUNDERS, 0.8),
    funder2: () => zipf(random, FUNDERS, 0.8),
    series: () => pick(random, SERIES),
    bildungsurlaub: () => pick(random, BILDUNGSURLAUB),
    modules: () => ['drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht'][modulesCount - 3] ?? String(modulesCount),
    X: () => compound(random),
    PB: () => person('berater', style, zipf(random, PERSON_PREFIXES.berater, 0.8)),
    PK: () => person('koordinator', style, zipf(random, PERSON_PREFIXES.koordinator, 0.8)),
    PX: () => pick(random, ['berater', 'koordinator', 'mitarbeiter', 'begleiter', 'lotse', 'mittler']),
    PM: () => person('mitarbeiter', style, zipf(random, PERSON_PREFIXES.mitarbeiter, 0.8)),
    PL: () => (chance(random, 0.5) ? person('lotse', style, zipf(random, PERSON_PREFIXES.lotse, 0.8)) : person('begleiter', style, zipf(random, PERSON_PREFIXES.begleiter, 0.8))),
    name: () => personName(random).name,
    venue: () => pick(random, VENUES),
    prefixFor: (key) => (PERSON_PREFIXES[key] ? zipf(random, PERSON_PREFIXES[key], 0.8) : ''),
  };
  const fill = (template) => fillTemplate(template, slots, style);
  const modulesCount = kind === 'programme' ? between(random, 3, 8) : 0;

  // Title
  const subject = () => fill(zipf(random, main.titles, 0.6));
  const forAudience = () => {
    const a = zipf(random, FOR, 0.8);
    return `für ${fill(a.phrase)}`;
  };
  /** One of the weighted drafts ([weight, () => text]), only the chosen one is built. */
  const oneOf = (drafts) => {
    let x = random() * drafts.reduce((sum, [w]) => sum + w, 0);
    for (const [w, draft] of drafts) if ((x -= w) < 0) return draft();
    return drafts[drafts.length - 1][1]();
  };
  // A subject that names its format already ("Infoabend Aufenthaltsrecht") gets none in front.
  const startsWithFormat = (text) => FORMAT_NAMES.some((name) => text.startsWith(`${name} `));
  const withFormat = (text, join = ' ') => (startsWithFormat(text) ? text : `${format.name}${join}${text}`);
  // A subject that names its audience already ("… für Fachkräfte") gets no second one.
  const withAudience = (text) => (/ für /.test(text) ? text : `${text} ${forAudience()}`);
  let title;
  if (kind === 'network-meeting') {
    const theme = () => capFirst(chance(random, 0.5) ? zipf(random, MEETING_THEMES) : zipf(random, main.keys));
    title = oneOf([
      [4, () => `${format.name} ${theme()} ${place}`],
      [2, () => `${between(random, 2, 12)}. ${format.name} ${theme()} ${place}`],
      [2, () => `${format.name} „${subject()}“`],
      [2, () => withFormat(subject())],
    ]);
  } else {
    title = oneOf([
      [30, () => withFormat(subject())],
      [15, () => withAudience(withFormat(subject()))],
      [8, () => withAudience(`${subject()} – ${format.name}`)],
      [12, () => `${pick(random, CATCHY)}: ${subject()}`],
      [8, () => withFormat(subject(), ': ')],
      [7, () => subject()],
      [5, () => `${withFormat(subject())} ${place}`],
      [kind === 'programme' ? 8 : 2, () => `${format.name} „${subject()}“`],
    ]);
    if (chance(random, 0.12)) title += ` ${pick(random, TITLE_SUFFIXES)}`;
  }
  title = title.slice(0, 200);

  // Abstract: one or two sentences
  let abstract = fill(kind === 'network-meeting' ? pick(random, ABSTRACT_MEETING) : zipf(random, ABSTRACT_FIRST, 0.5));
  if (chance(random, 0.5)) abstract += ` ${fill(pick(random, ABSTRACT_SECOND))}`;
  abstract = capFirst(abstract).slice(0, 500);

  // Description: blocks in document order, each with a priority (0: always); blocks are added by
  // priority until the drawn length is reached.
  const target = Math.max(60, Math.min(300, Math.round(Math.exp(Math.log(120) + 0.5 * normal(random)))));
  const blocks = [];
  const seen = new Set();
  /** Adds the first of up to six drafts not used yet in this offer (no sentence twice). */
  const add = (order, priority, draft, paragraph = true) => {
    for (let tries = 0; tries < 6; tries++) {
      const text = typeof draft === 'function' ? draft() : draft;
      if (!seen.has(text)) {
        seen.add(text);
        blocks.push({ order, priority, text, paragraph });
        return;
      }
      if (typeof draft !== 'function') return;
    }
  };
  const meeting = kind === 'network-meeting';
  add(10, 0, () => fill(chance(random, 0.6) ? pick(random, main.intros) : zipf(random, GENERIC_INTROS, 0.7)));
  add(11, 1 + random(), () => fill(chance(random, 0.4) ? pick(random, main.questions) : zipf(random, GENERIC_INTROS, 0.7)), false);
  add(12, 3 + random(), () => fill(pick(random, main.intros)), false);
  if (meeting) {
    add(15, 0, () => fill(pick(random, MEETING_SENTENCES)));
    add(16, 1.5 + random(), () => fill(pick(random, MEETING_SENTENCES)), false);
  }
  add(20, meeting ? 2 + random() : 0, () => fill(zipf(random, GOAL_SENTENCES, 0.7)));
  add(21, 2 + random(), () => fill(zipf(random, GOAL_SENTENCES, 0.7)), false);
  if (kind === 'programme') add(25, 0.5, () => fill(pick(random, PROGRAMME_SENTENCES)));
  // Contents: a list (bullets or inline) or a sentence; a meeting has its agenda
  const contentStyle = weighted(random, { bullets: 45, inline: 25, sentence: 30 });
  const count = contentStyle === 'sentence' ? 3 : between(random, 3, 6);
  const items = Array.from({ length: count }, () => fill(nextContent()));
  if (chance(random, 0.4)) items.splice(between(random, 1, items.length), 0, chance(random, 0.5) ? `${compound(random)} ${place}` : `${compound(random)} und ${compound(random)}`);
  const bullet = pick(random, ['- ', '• ', '– ']);
  if (meeting && chance(random, 0.7)) {
    const agenda = zipfDistinct(random, AGENDA, between(random, 4, 7), 0.5).map(fill);
    const timed = chance(random, 0.5);
    add(30, 0, `${pick(random, ['Ablauf:', 'Programm:', 'Geplanter Ablauf:'])}\n${agenda.map((a, k) => `${timed ? `${10 + k}:${k % 2 ? '30' : '00'} Uhr ` : bullet}${capFirst(a)}`).join('\n')}`);
  } else if (contentStyle === 'bullets') add(30, 0, `${pick(random, CONTENT_HEADINGS)}\n${items.map((i) => bullet + capFirst(i)).join('\n')}`);
  else if (contentStyle === 'inline') add(30, 0, `${pick(random, CONTENT_HEADINGS)} ${items.map(capFirst).join('; ')}.`);
  else add(30, 0, fill(pick(random, CONTENT_SENTENCES)).replace('{list}', list(items)));
  for (let k = 0; k < 6; k++) add(31 + k / 10, 2.5 + k * 0.7 + random(), () => fill(zipf(random, FILLERS, 0.5)), false);
  if (!meeting) add(40, 1.5 + random(), () => fill(pick(random, METHOD_SENTENCES)).replace('{mlist}', list(zipfDistinct(random, METHODS, between(random, 2, 4), 0.8).map(fill))));
  add(41, 3 + random(), () => pick(random, METHOD_EXTRAS), false);
  add(50, 0, () => fill(zipf(random, AUDIENCE_SENTENCES, 0.7)));
  add(51, 1 + random(), () => fill(pick(random, PREREQUISITES)), false);
  if (chance(random, 0.35)) {
    const { female, name } = personName(random);
    const role = pick(random, ROLES)[female ? 0 : 1];
    add(55, 2 + random(), pick(random, REFERENT_SENTENCES).replace('{in}', female ? 'in' : '').replace('{name}', name).replace('{role}', role));
  }
  const notes = zipfDistinct(random, ORGANISATION, between(random, 1, 5), 0.6);
  notes.forEach((note, k) => add(60 + k / 10, k === 0 ? 0.5 : 1.5 + k * 0.5 + random(), fill(note), k === 0));
  if (chance(random, 0.45)) add(70, 1.5 + random(), () => fill(zipf(random, CERTIFICATES, 0.6)));
  if (chance(random, 0.4)) add(80, 2 + random() * 2, () => fill(pick(random, FUNDING_SENTENCES)));
  if (chance(random, 0.1)) add(90, 3 + random() * 3, EXCLUSION);

  const byPriority = [...blocks].sort((a, b) => a.priority - b.priority);
  const chosen = [];
  let words = 0;
  for (const block of byPriority) {
    const w = wordCount(block.text);
    if (block.priority > 0 && words >= target) break;
    if (block.priority > 0 && words + w > 300) continue;
    chosen.push(block);
    words += w;
  }
  // Still short (a long target): more elaboration after the contents.
  for (let k = 0, misses = 0; words < target && k < 60 && misses < 20; k++) {
    const text = fill(pick(random, FILLERS));
    if (seen.has(text)) {
      misses++;
      continue;
    }
    if (words + wordCount(text) > 300) break;
    seen.add(text);
    chosen.push({ order: 32 + k / 100, priority: 9, text, paragraph: k % 4 === 0 });
    words += wordCount(text);
  }
  chosen.sort((a, b) => a.order - b.order);
  let description = '';
  let previous = null;
  for (const block of chosen) {
    const breakBefore = block.paragraph || block.text.includes('\n') || previous?.text.includes('\n');
    description += previous === null ? block.text : `${breakBefore ? '\n\n' : ' '}${block.text}`;
    previous = block;
  }

  // Modules of a programme: mostly the main topic, then neighbouring ones
  const modules = [];
  if (kind === 'programme') {
    const pattern = weighted(random, { modul: 40, plain: 40, baustein: 10, teil: 10 });
    const pool = [...zipfDistinct(random, main.contents, modulesCount, 0.5), ...zipfDistinct(random, second.contents, modulesCount, 0.5)];
    const withDescriptions = chance(random, 0.5);
    for (let k = 0; k < modulesCount; k++) {
      const name = capFirst(fill(pool[k] ?? zipf(random, pick(random, TOPICS).contents)));
      const label = { modul: `Modul ${k + 1}: ${name}`, plain: name, baustein: `Baustein ${k + 1} – ${name}`, teil: `Teil ${k + 1}: ${name}` }[pattern];
      const moduleText = withDescriptions ? fill(chance(random, 0.5) ? `Die Teilnehmenden lernen, ${zipf(random, main.goals, 0.8)}.` : `Inhalte: ${list(zipfDistinct(random, pick(random, [main, second]).contents, 3, 0.7))}.`) : null;
      modules.push({ name: label.slice(0, 200), description: moduleText });
    }
  }

  const topics = [...new Set([main.code, second.code])];
  const audienceCodes = [...new Set(audiences.map((a) => a.code))];
  return { kind, title, abstract, description, modules, topics, audiences: audienceCodes };
}

/** Fills {slot}, {p:Prefix+key}, {d:…}, {s:…} and {pc:key:suffix} placeholders (nested ones too). */
function fillTemplate(template, slots, style) {
  let text = template;
  for (let depth = 0; depth < 4 && text.includes('{'); depth++) {
    text = text.replace(/\{([a-zA-Z0-9]+)(?::([^{}]*))?\}/g, (whole, name, arg) => {
      if (arg !== undefined && (name === 'p' || name === 'd' || name === 's')) {
        let [prefix, key] = arg.includes('+') ? arg.split('+') : ['', arg];
        if (key === 'PX' && slots.PX) {
          key = slots.PX();
          prefix = slots.prefixFor?.(key) ?? '';
        }
        if (!PEOPLE[key]) return whole;
        return name === 's' ? personSingular(key, style, prefix) : person(key, style, prefix, name === 'd');
      }
      if (name === 'pc' && arg) {
        const [key, suffix] = arg.split(':');
        return personCompound(key, style, suffix);
      }
      const slot = slots[name];
      return slot ? slot() : whole;
    });
  }
  return text;
}

/** Words as a reader counts them: tokens with a letter or a digit. */
export function wordCount(text) {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Queries

const QUERY_FORMATS = lines(`Fortbildung\nSchulung\nWorkshop\nSeminar\nWeiterbildung\nKurs\nWebinar\nFachtag\nInfoabend\nQualifizierung\nVernetzungstreffen\nOnline-Seminar\nZertifikatskurs\nGrundkurs\nVortrag\nTraining`);
const QUERY_AUDIENCES = lines(`Ehrenamtliche
  Ehrenamt
  Engagierte
  Fachkräfte
  Berater
  Berater*innen
  Beraterinnen
  Sprachmittler
  Sprachmittler:innen
  Dolmetscher
  Lehrkräfte
  Lehrer
  Erzieher
  Erzieherinnen
  Kita
  Schule
  Eltern
  Jugendliche
  Frauen
  Verwaltung
  Jobcenter
  Willkommensinitiative
  Migrantenorganisationen
  Migrant*innenorganisationen
  Kolleg*innen
  Multiplikatoren
  Multiplikator:innen
  Integrationslotsen
  Sozialarbeiter
  SozialarbeiterInnen
  Vereine
  Initiativen
  Geflüchtete
  Flüchtlinge
  Migranten
  Ehrenamtskoordinatoren
  Hauptamtliche
  Integrationskoordinatorin`);
const QUERY_MODIFIERS = lines(`online\nkostenlos\nGrundlagen\nEinführung\nBasiswissen\nkompakt\nAufbaukurs\nPraxis\nZertifikat\nWochenende\nabends\nBildungsurlaub\n2027\ndigital\nvor Ort\nEinsteiger\nauffrischung\nfür Anfänger`);
const QUERY_PLACES = lines(`Leipzig\nErfurt\nDresden\nBerlin\nGotha\nJena\nChemnitz\nMagdeburg\nHalle\nRostock\nKöln\nHamburg\nMünchen\nThüringen\nSachsen\nNRW\nBrandenburg\nWeimar\nGörlitz\nSchwerin\nLandkreis Leipzig\nIlm-Kreis\nonline`);
const QUERY_PHRASES = lines(`{format} für {aud}
  {format} zum Thema {key}
  {key} für {aud}
  {key} in {place}
  {format} {key} in {place}
  {key} Fortbildung für {aud}
  {format} {key} für {aud} in {place}
  {key} {format} in {place}
  {format} {key} {place}`);
const STOP = new Set('und oder der die das des dem den von vom zu zum zur im in mit für auf aus an bei als nach ohne über je ein eine einer eines wann wie was sowie etc u. a.'.split(' '));

/** The content words of a phrase: no stop words, no punctuation, no placeholders. */
function contentWords(phrase) {
  return phrase
    .replace(/\{[^}]*\}/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[„“"(]+|[„“",.;:!?)]+$/g, ''))
    .filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()) && !/^[–\-§]/.test(w));
}

const NEIGHBOURS = { a: 's', s: 'a', e: 'r', r: 'e', i: 'o', o: 'i', n: 'm', m: 'n', t: 'z', z: 't', u: 'i', l: 'k', k: 'l', g: 'h', h: 'g', c: 'v', d: 'f', f: 'd', b: 'n', p: 'o' };
/** One slip of the finger: swapped, missing, doubled or neighbouring letter, or a folded umlaut. */
export function typo(random, word) {
  if (word.length < 5) return word;
  if (/[äöüß]/.test(word) && chance(random, 0.4)) return word.replace(/[äöüß]/, (c) => ({ ä: 'a', ö: 'o', ü: 'u', ß: 's' })[c]);
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const c = word[i].toLowerCase();
      return NEIGHBOURS[c] ? word.slice(0, i) + NEIGHBOURS[c] + word.slice(i + 1) : word.slice(0, i) + word.slice(i + 1);
    }
  }
}

/**
 * `n` search queries as users type them into the portal: 1–6 words (most 1–3) from the same
 * vocabulary as the offers — topics, formats, audiences, places — in varying order, some as a
 * phrase ("Fortbildung für Ehrenamtliche in Leipzig"), some the words of a title, a quarter in
 * lower case, `typos` (default 0.08) of them with one typo. `minWords`/`maxWords` bound the length;
 * `places`: place names to use (default a built-in list).
 */
export function naturalQueries(random, n, { minWords = 1, maxWords = 6, typos = 0.08, places = QUERY_PLACES } = {}) {
  const out = [];
  const lengths = { 1: 18, 2: 32, 3: 25, 4: 13, 5: 8, 6: 4 };
  for (const k of Object.keys(lengths)) if (+k < minWords || +k > maxWords) delete lengths[k];
  while (out.length < n) {
    const want = Number(weighted(random, lengths));
    const main = TOPICS[zipfIndex(random, TOPICS.length, 0.6)];
    const key = () => zipf(random, main.keys, 0.9);
    const format = () => zipf(random, QUERY_FORMATS, 0.9);
    const audience = () => zipf(random, QUERY_AUDIENCES, 0.8);
    const place = () => zipf(random, places, 0.7);
    let words;
    const kind = weighted(random, { keywords: 72, phrase: 14, title: 8, content: 6 });
    if (kind === 'phrase' && want >= 3) {
      words = pick(random, QUERY_PHRASES)
        .replace('{format}', format())
        .replace('{aud}', audience())
        .replace('{key}', key())
        .replace('{place}', place())
        .split(' ');
    } else if (kind === 'title' && want >= 3) {
      words = contentWords(fillTemplate(zipf(random, main.titles, 0.6), {}, weighted(random, STYLES)));
    } else if (kind === 'content' && want >= 2) {
      words = contentWords(fillTemplate(zipf(random, main.contents, 0.7), {}, weighted(random, STYLES)));
    } else {
      // Keywords: a topic term plus some of format, audience, modifier, place, another content word
      const parts = [{ rank: 1 + random(), text: key() }];
      const extras = [
        () => ({ rank: random() < 0.6 ? 0.5 : 2 + random(), text: format() }),
        () => ({ rank: 2 + random(), text: audience() }),
        () => ({ rank: 3 + random(), text: zipf(random, QUERY_MODIFIERS, 0.8) }),
        () => ({ rank: 4 + random(), text: place() }),
        () => ({ rank: 1.5 + random(), text: pick(random, contentWords(zipf(random, main.contents, 0.7))) ?? key() }),
      ];
      // format, audience, modifier and place at most once each; more content words as needed
      const weights = [5, 3, 1.5, 1.2, 2];
      while (parts.reduce((sum, p) => sum + p.text.split(' ').length, 0) < want) {
        let x = random() * weights.reduce((a, b) => a + b, 0);
        let e = 0;
        while ((x -= weights[e]) > 0 && e < weights.length - 1) e++;
        parts.push(extras[e]());
        if (e < 4) weights[e] = 0;
      }
      words = parts.sort((a, b) => a.rank - b.rank).flatMap((p) => p.text.split(' '));
    }
    words = [...new Set(words.filter(Boolean))];
    if (words.length > maxWords) words = words.slice(0, maxWords);
    if (words.length < minWords) continue;
    if (chance(random, typos)) {
      const candidates = words.map((w, i) => [w, i]).filter(([w]) => w.length >= 5);
      if (candidates.length) {
        const [w, i] = pick(random, candidates);
        words[i] = typo(random, w);
      }
    }
    let query = words.join(' ');
    if (chance(random, 0.25)) query = query.toLowerCase();
    if (query.length <= 100) out.push(query);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Self-check: node bench/offer-text.mjs --sample 5

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { rng } = await import('./support.mjs');
  const samples = Number(arg('sample', '5'));
  const count = Number(arg('count', '10000'));
  const seed = Number(arg('seed', '1'));
  const random = rng(seed);
  for (let k = 0; k < samples; k++) {
    const o = offerText(random);
    console.log(`──── Sample ${k + 1}: ${o.kind}, topics ${o.topics.join(', ')}, audiences ${o.audiences.join(', ')}, ${wordCount(o.description)} words`);
    console.log(`Title:    ${o.title}`);
    console.log(`Abstract: ${o.abstract}`);
    console.log(`\n${o.description}\n`);
    if (o.modules.length) console.log(`Modules:\n${o.modules.map((m) => `  ${m.name}${m.description ? ` — ${m.description}` : ''}`).join('\n')}\n`);
  }

  // Statistics over `count` generated offers
  const statsRandom = rng(seed + 1_000_003);
  const frequencies = new Map();
  const allWords = new Set();
  const counts = [];
  const kinds = {};
  const titles = new Set();
  const t0 = performance.now();
  const normalise = (token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*:_-]+$/gu, '').replace(/[:]$/, '').toLowerCase();
  for (let k = 0; k < count; k++) {
    const o = offerText(statsRandom);
    kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
    titles.add(o.title);
    counts.push(wordCount(o.description));
    for (const token of o.description.split(/\s+/)) {
      const w = normalise(token);
      if (!/\p{L}/u.test(w)) continue;
      frequencies.set(w, (frequencies.get(w) ?? 0) + 1);
    }
    for (const text of [o.title, o.abstract, ...o.modules.flatMap((m) => [m.name, m.description ?? ''])])
      for (const token of text.split(/\s+/)) {
        const w = normalise(token);
        if (/\p{L}/u.test(w)) allWords.add(w);
      }
  }
  const ms = performance.now() - t0;
  for (const w of frequencies.keys()) allWords.add(w);
  const total = counts.reduce((a, b) => a + b, 0);
  const ranked = [...frequencies.entries()].sort((a, b) => b[1] - a[1]);
  const tokens = ranked.reduce((a, [, f]) => a + f, 0);
  const share = (k) => ((100 * ranked.slice(0, k).reduce((a, [, f]) => a + f, 0)) / tokens).toFixed(1);
  // Zipf exponent: least squares of log frequency over log rank, ranks 10..1000
  const points = ranked.slice(9, 1000).map(([, f], i) => [Math.log(i + 10), Math.log(f)]);
  const mx = points.reduce((a, [x]) => a + x, 0) / points.length;
  const my = points.reduce((a, [, y]) => a + y, 0) / points.length;
  const slope = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const buckets = [[60, 99], [100, 149], [150, 199], [200, 249], [250, 300]].map(([lo, hi]) => `${lo}–${hi}: ${((100 * counts.filter((c) => c >= lo && c <= hi).length) / count).toFixed(0)} %`);
  const sorted = [...counts].sort((a, b) => a - b);
  console.log(`──── Statistics over ${count.toLocaleString('en')} generated offers (seed ${seed + 1_000_003}, ${(ms / count).toFixed(3)} ms per offer)`);
  console.log(`Kinds: ${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}; distinct titles: ${titles.size}`);
  console.log(`Description words: mean ${(total / count).toFixed(1)}, median ${sorted[count >> 1]}, min ${sorted[0]}, max ${sorted[count - 1]}; ${buckets.join(', ')}`);
  console.log(`Distinct words (case-folded) in the descriptions: ${frequencies.size.toLocaleString('en')} (${tokens.toLocaleString('en')} word tokens); with titles, abstracts and modules: ${allWords.size.toLocaleString('en')}`);
  console.log(`Frequencies: top 10 words ${share(10)} % of tokens, top 100 ${share(100)} %, top 1,000 ${share(1000)} %; ${ranked.filter(([, f]) => f === 1).length} words occur once, ${ranked.filter(([, f]) => f <= 10).length} at most 10 times; Zipf exponent (ranks 10–1,000) ${(-slope).toFixed(2)}`);
  console.log(`Most frequent: ${ranked.slice(0, 15).map(([w, f]) => `${w} ${f}`).join(', ')}`);
  console.log(`Rank 500–505: ${ranked.slice(499, 505).map(([w, f]) => `${w} ${f}`).join(', ')}; rank 2,000–2,005: ${ranked.slice(1999, 2005).map(([w, f]) => `${w} ${f}`).join(', ')}`);
  const queries = naturalQueries(rng(seed + 7), 5000);
  const qLengths = queries.map((q) => q.split(' ').length);
  console.log(`\n──── Natural queries (5,000 drawn: ${new Set(queries).size} distinct, mean ${(qLengths.reduce((a, b) => a + b, 0) / qLengths.length).toFixed(1)} words); the first 20:`);
  for (const q of queries.slice(0, 20)) console.log(`  ${q}`);
  console.log('3–6 words:');
  for (const q of naturalQueries(rng(seed + 11), 8, { minWords: 3 })) console.log(`  ${q}`);
}

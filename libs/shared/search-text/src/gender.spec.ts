import { foldGerman } from './fold';
import { GENDER_EXCEPTIONS, neutraliseGenderForms } from './gender';
import { tokens } from './tokens';

/** Every form in a group must produce exactly the tokens of the base form. */
const groups: readonly [base: string, forms: readonly string[]][] = [
  [
    'berater',
    [
      'Berater*innen',
      'Berater:innen',
      'BeraterInnen',
      'Berater_innen',
      'Berater/innen',
      'Berater/-innen',
      'Berater(innen)',
      'Berater(-innen)',
      'Berater·innen',
      'Berater*Innen',
      'Beraterinnen',
      'Beraterin',
      'Berater',
      'Berater*in',
      'Berater:in',
      'Berater_in',
      'Berater/in',
      'Berater/-in',
      'Berater(in)',
      'BeraterIn',
      'BERATER*INNEN',
      'BERATERINNEN',
      'beraterinnen',
    ],
  ],
  ['teilnehmer', ['Teilnehmer*innen', 'Teilnehmer:innen', 'TeilnehmerInnen', 'Teilnehmerinnen', 'Teilnehmerin', 'Teilnehmer']],
  ['migrant', ['Migrant*innen', 'Migrant:innen', 'MigrantInnen', 'Migrantinnen', 'Migrantin', 'Migranten', 'Migrant']],
  ['kolleg', ['Kolleg*innen', 'Kolleg:innen', 'KollegInnen', 'Kolleginnen', 'Kollegin', 'Kollegen', 'Kollege']],
  ['arzt', ['Ärzt*innen', 'Ärzt:innen', 'ÄrztInnen', 'Ärztinnen', 'Ärztin', 'Ärzte', 'Ärzten', 'Arzt', 'Aerztinnen']],
  ['zahnarzt', ['Zahnärzt*innen', 'Zahnärztinnen', 'Zahnärztin', 'Zahnärzte', 'Zahnarzt']],
  ['rechtsanwalt', ['Rechtsanwält*innen', 'Rechtsanwältinnen', 'Rechtsanwältin', 'Rechtsanwälte', 'Rechtsanwalt']],
  ['integrationsbegleiter', ['Integrationsbegleiter*innen', 'Integrationsbegleiter:innen', 'IntegrationsbegleiterInnen', 'Integrationsbegleiterinnen', 'Integrationsbegleiterin', 'Integrationsbegleiter']],
  ['integrationslots', ['Integrationslots*innen', 'Integrationslotsinnen', 'Integrationslotsin', 'Integrationslotsen', 'Integrationslotse']],
  ['multiplikator', ['Multiplikator*innen', 'MultiplikatorInnen', 'Multiplikatorinnen', 'Multiplikatorin', 'Multiplikatoren', 'Multiplikator']],
  ['moderator', ['Moderator*innen', 'Moderatorinnen', 'Moderatorin', 'Moderatoren', 'Moderator']],
  ['student', ['Student*innen', 'Studentinnen', 'Studentin', 'Studenten', 'Student']],
  ['referent', ['Referent*innen', 'Referentinnen', 'Referentin', 'Referenten', 'Referent']],
  ['dozent', ['Dozent*innen', 'Dozentinnen', 'Dozentin', 'Dozenten', 'Dozent']],
  ['aktivist', ['Aktivist*innen', 'Aktivistinnen', 'Aktivistin', 'Aktivisten', 'Aktivist']],
  ['journalist', ['Journalist*innen', 'Journalistinnen', 'Journalistin', 'Journalisten', 'Journalist']],
  ['paedagog', ['Pädagog*innen', 'PädagogInnen', 'Pädagoginnen', 'Pädagogin', 'Pädagogen', 'Pädagoge']],
  ['psycholog', ['Psycholog*innen', 'Psychologinnen', 'Psychologin', 'Psychologen', 'Psychologe']],
  ['kund', ['Kund*innen', 'KundInnen', 'Kundinnen', 'Kundin', 'Kunden', 'Kunde']],
  ['expert', ['Expert*innen', 'Expertinnen', 'Expertin', 'Experten', 'Experte']],
  ['freund', ['Freund*innen', 'Freundinnen', 'Freundin', 'Freunde']],
  ['sozialarbeiter', ['Sozialarbeiter*innen', 'Sozialarbeiterinnen', 'Sozialarbeiterin', 'Sozialarbeiter']],
  ['lehrer', ['Lehrer*innen', 'Lehrer/-innen', 'Lehrerinnen', 'Lehrerin', 'Lehrer']],
  ['ansprechpartner', ['Ansprechpartner*innen', 'Ansprechpartnerin', 'Ansprechpartner']],
  ['doktorand', ['Doktorand*innen', 'Doktorandinnen', 'Doktorandin', 'Doktorand']],
  ['kandidat', ['Kandidat*innen', 'Kandidatinnen', 'Kandidatin', 'Kandidat']],
  ['bibliothekar', ['Bibliothekar*innen', 'Bibliothekarinnen', 'Bibliothekarin', 'Bibliothekar']],
  ['funktionaer', ['Funktionär*innen', 'Funktionärinnen', 'Funktionärin', 'Funktionär']],
  ['ingenieur', ['Ingenieur*innen', 'Ingenieurinnen', 'Ingenieurin', 'Ingenieur']],
  ['therapeut', ['Therapeut*innen', 'Therapeutinnen', 'Therapeutin', 'Therapeut']],
  ['architekt', ['Architekt*innen', 'Architektinnen', 'Architektin', 'Architekt']],
  ['chef', ['Chef*innen', 'Chefinnen', 'Chefin', 'Chef']],
];

describe('neutraliseGenderForms: every gender form of a person noun gives the same token', () => {
  describe.each(groups)('%s', (base, forms) => {
    it.each(forms.map((f) => [f]))('%s', (form) => {
      expect(tokens(form)).toEqual([base]);
    });
  });
});

describe('neutraliseGenderForms leaves ordinary words alone', () => {
  const untouched = [
    // from the brief
    'Berlin',
    'Termin',
    'Medizin',
    'Disziplin',
    'Magazin',
    'Benzin',
    'Kamin',
    'Rubin',
    'innen',
    'Innen',
    'Beginn',
    'Gewinn',
    'Sinn',
    'Maschinen',
    'Kabinen',
    'Vitamin',
    'Vitamine',
    'Termine',
    'Routine',
    // compounds and inflections of those
    'Ostberlin',
    'Beratungstermin',
    'Beratungstermine',
    'Terminen',
    'Tiermedizin',
    'Onlinemagazin',
    'Nähmaschinen',
    'Umkleidekabinen',
    'Kaminen',
    'Innenstadt',
    'Innenarchitektur',
    'Binnenmarkt',
    // adverbs and verbs
    'immerhin',
    'weiterhin',
    'ohnehin',
    'hierin',
    'darin',
    'worin',
    'drin',
    'drinnen',
    'beginnen',
    'Neubeginnen',
    'gewinnen',
    'zurückgewinnen',
    'spinnen',
    'besinnen',
    'entrinnen',
    'zerrinnen',
    // names, chemistry, loan words
    'Martin',
    'Kerstin',
    'Severin',
    'Valentin',
    'Konstantin',
    'Augustin',
    'Nitroglyzerin',
    'Glycerin',
    'Mandarin',
    'Rosmarin',
    'Kreatin',
    'Keratin',
    'Gelatin',
    'Atorvastatin',
    'Nikotin',
    'Protein',
    'Insulin',
    'Heroin',
    'Aspirin',
    'Penicillin',
    'Delfin',
    'Pinguin',
    'Melanin',
    'Platin',
    'Pektin',
    'Bulletin',
    'Login',
    'Kundenlogin',
    'Plugin',
    'Admin',
    'LinkedIn',
    'CheckIn',
    'PlugIn',
    'LogIn',
    'SignIn',
    'Verein',
    'Latein',
    'Stein',
    'allein',
    // participles and adjectival nouns are already neutral
    'Teilnehmende',
    'Studierende',
    'Lehrende',
    'Ehrenamtliche',
    'Geflüchtete',
    'Engagierte',
    'Beschäftigte',
    // plurals that look like weak nouns but are not persons
    'Dokumenten',
    'Medikamenten',
    'Wartelisten',
    'Teilnehmerlisten',
    'Werkzeugkisten',
    'Skipisten',
    'Agenten',
    'Fristen',
    'meisten',
    'leisten',
    'Drogen',
    'gezogen',
    'bezogen',
    'Fragebogen',
    'verlogen',
    'Kataloge',
    'Dialoge',
    'geboren',
    'Toren',
    'Renten',
    'Enten',
    'Eltern',
    'gestern',
    'Wegen',
    'wegen',
    'Pflege',
  ];

  it.each(untouched.map((w) => [w]))('%s', (word) => {
    expect(neutraliseGenderForms(word)).toBe(word);
    expect(tokens(word)).toEqual(tokens(word.toLowerCase()));
  });

  it('does not touch the words of a sentence without person nouns', () => {
    const sentence = 'Termin in Berlin: Medizin, Disziplin und Vitamine – Beginn 10:00, innen und außen.';
    expect(neutraliseGenderForms(sentence)).toBe(sentence);
  });

  it('keeps every entry of the exception list intact, capitalised or not', () => {
    for (const word of GENDER_EXCEPTIONS) {
      expect(neutraliseGenderForms(word)).toBe(word);
      const capitalised = word[0]?.toUpperCase() + word.slice(1);
      expect(neutraliseGenderForms(capitalised)).toBe(capitalised);
    }
  });

  it('has no exception that is the tail of a person noun (it would protect that noun)', () => {
    for (const [, forms] of groups) {
      for (const form of forms) {
        const folded = foldGerman(form.replace(/[^\p{L}]/gu, ''));
        const tail = GENDER_EXCEPTIONS.find((e) => folded.endsWith(e));
        expect(tail).toBeUndefined();
      }
    }
  });
});

describe('neutraliseGenderForms in running text', () => {
  it('keeps the case and everything around the rewritten words', () => {
    expect(neutraliseGenderForms('Fortbildung für Berater*innen und Ärztinnen in Gotha.')).toBe('Fortbildung für Berater und Arzt in Gotha.');
    expect(neutraliseGenderForms('ÄRZT*INNEN')).toBe('ARZT');
    expect(neutraliseGenderForms('Liebe Kolleg:innen, liebe Kollegen!')).toBe('Liebe Kolleg, liebe Kolleg!');
  });

  it('detects the Binnen-I before lower-casing, so it works whatever the case of the rest', () => {
    expect(neutraliseGenderForms('Für BeraterInnen und MigrantInnen')).toBe('Für Berater und Migrant');
    expect(tokens('Für BeraterInnen')).toEqual(tokens('für beraterinnen'));
  });

  it('gives marked compounds the joint of the masculine compound', () => {
    expect(tokens('Migrant*innenorganisation')).toEqual(tokens('Migrantenorganisation'));
    expect(tokens('MigrantInnenselbstorganisation')).toEqual(tokens('Migrantenselbstorganisation'));
    expect(tokens('Lehrer*innenbildung')).toEqual(tokens('Lehrerbildung'));
    expect(tokens('Teilnehmer:innenliste')).toEqual(tokens('Teilnehmerliste'));
    expect(tokens('Kolleg*innenkreis')).toEqual(tokens('Kollegenkreis'));
    expect(tokens('Multiplikator*innenschulung')).toEqual(tokens('Multiplikatorenschulung'));
    expect(tokens('Ärzt*innenkammer')).toEqual(tokens('Ärztekammer'));
    expect(tokens('Freund*innenkreis')).toEqual(tokens('Freundeskreis'));
    expect(tokens('Berater*innen-Netzwerk')).toEqual(['berater', 'netzwerk']);
  });

  it('leaves "innen" as a word and inside words alone', () => {
    expect(neutraliseGenderForms('nach innen und außen')).toBe('nach innen und außen');
    expect(neutraliseGenderForms('Innen- und Außenansicht')).toBe('Innen- und Außenansicht');
  });

  it('loses only a stop word when a slash happens to precede "in"', () => {
    expect(tokens('Seminare in Gotha/in Erfurt')).toEqual(tokens('Seminare in Gotha in Erfurt'));
  });

  it('is idempotent', () => {
    const samples = [...groups.flatMap(([, forms]) => forms), 'Migrant*innenorganisation', 'Zahnärzte', 'Berlin', 'Termine', 'LinkedIn'];
    for (const s of samples) {
      const once = neutraliseGenderForms(s);
      expect(neutraliseGenderForms(once)).toBe(once);
    }
  });
});

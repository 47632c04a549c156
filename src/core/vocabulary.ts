/**
 * The one vocabulary of the site. Ids are public (they appear in URLs that
 * consultants send around and in content frontmatter), so they never change once
 * published; labels may be reworded. Every German label a page shows for a
 * vocabulary value comes from here.
 */

/** A vocabulary: ordered ids with their German labels. */
function vocabulary<const T extends Record<string, string>>(labels: T) {
  const ids = Object.keys(labels) as Array<keyof T & string>;
  return {
    ids: ids as [keyof T & string, ...Array<keyof T & string>],
    labels,
    label: (id: keyof T & string): string => labels[id] as string,
    has: (value: unknown): value is keyof T & string =>
      typeof value === 'string' && Object.hasOwn(labels, value),
  };
}

/** Who may apply or is addressed (`typ` in the wizard URL; the last one only in content). */
export const applicantTypes = vocabulary({
  gemeinde: 'Gemeinde',
  stadt: 'Stadt',
  landkreis: 'Landkreis',
  zweckverband: 'Zweckverband',
  'kommunales-unternehmen': 'kommunales Unternehmen',
});
export type ApplicantType = (typeof applicantTypes.ids)[number];

/** „für Landkreise“, „Wer beantragen kann: Landkreise“. */
export const applicantPlurals: Record<ApplicantType, string> = {
  gemeinde: 'Gemeinden',
  stadt: 'Städte',
  landkreis: 'Landkreise',
  zweckverband: 'Zweckverbände',
  'kommunales-unternehmen': 'kommunale Unternehmen',
};

/** Size bands by inhabitants; the study cuts at 20,000 and 100,000. */
export const sizes = vocabulary({
  'unter-5000': 'unter 5.000 Einwohner',
  '5000-20000': '5.000 bis 20.000 Einwohner',
  '20000-100000': '20.000 bis 100.000 Einwohner',
  'ueber-100000': 'über 100.000 Einwohner',
});
export type Size = (typeof sizes.ids)[number];

/** Inclusive lower and upper bounds of each size band (upper null = open). */
export const sizeBounds: Record<Size, { min: number; max: number | null }> = {
  'unter-5000': { min: 0, max: 4_999 },
  '5000-20000': { min: 5_000, max: 19_999 },
  '20000-100000': { min: 20_000, max: 100_000 },
  'ueber-100000': { min: 100_001, max: null },
};

/** Stage of the municipality's digital strategy, as the study asked it. */
export const stages = vocabulary({
  keine: 'keine Strategie geplant',
  geplant: 'Strategie geplant',
  erarbeitung: 'Strategie in Erarbeitung',
  umsetzung: 'Strategie vorhanden / in Umsetzung',
});
export type Stage = (typeof stages.ids)[number];

/** Fields of action: the five sectors of „Intelligente Vernetzung“ and four more. */
export const fields = vocabulary({
  verwaltung: 'Verwaltung',
  bildung: 'Bildung',
  mobilitaet: 'Mobilität',
  energie: 'Energie',
  gesundheit: 'Gesundheit',
  infrastruktur: 'digitale Infrastruktur',
  stadtentwicklung: 'Stadt- und Regionalentwicklung',
  beteiligung: 'Bürgerbeteiligung',
  wirtschaft: 'Wirtschaft und Handel',
});
export type Field = (typeof fields.ids)[number];

/**
 * What the money is for, in a municipality's own words (`zweck` in the wizard
 * URL). Content is tagged with fields of action; each purpose names the fields
 * that serve it, so the question speaks the user's language and the matching
 * keeps one set of tags.
 */
export const purposes = vocabulary({
  strategie: 'eine Digitalstrategie erarbeiten',
  breitband: 'Breitband und Glasfaser',
  onlinedienste: 'Onlinedienste und E-Government',
  'it-sicherheit': 'IT-Sicherheit',
  schule: 'Schule und Bildung',
  'smart-city': 'Smart City, smarte Region und Daten',
  beteiligung: 'Bürgerbeteiligung',
  mobilitaet: 'Mobilität und Verkehr',
  energie: 'Energie, Wärme und Klimaschutz',
  gesundheit: 'Gesundheit und Pflege',
  ortskern: 'Ortskern, Handel und Tourismus',
  qualifizierung: 'Qualifizierung der Beschäftigten',
});
export type Purpose = (typeof purposes.ids)[number];

export const purposeFields: Record<Purpose, readonly Field[]> = {
  strategie: ['verwaltung', 'stadtentwicklung'],
  breitband: ['infrastruktur'],
  onlinedienste: ['verwaltung'],
  'it-sicherheit': ['verwaltung'],
  schule: ['bildung'],
  'smart-city': ['stadtentwicklung', 'mobilitaet', 'energie'],
  beteiligung: ['beteiligung'],
  mobilitaet: ['mobilitaet'],
  energie: ['energie'],
  gesundheit: ['gesundheit'],
  ortskern: ['wirtschaft', 'stadtentwicklung'],
  qualifizierung: ['verwaltung', 'bildung'],
};

/** Kinds of help a municipality wants (the study's wish list). */
export const helpTypes = vocabulary({
  geld: 'Geld (Projektförderung)',
  beratung: 'Beratung',
  austausch: 'Austausch und Weiterbildung',
  arbeitshilfen: 'Arbeitshilfen (Checklisten, Leitfäden)',
  beispiele: 'Praxisbeispiele',
});
export type HelpType = (typeof helpTypes.ids)[number];

/** Barriers named in the study (Abb. 12). */
export const barriers = vocabulary({
  expertise: 'fehlende Expertise',
  mittel: 'fehlende Mittel',
  prioritaet: 'niedrige Priorität',
  nutzen: 'unklarer Nutzen',
  nachfrage: 'geringe Nachfrage',
});
export type Barrier = (typeof barriers.ids)[number];

/** The help that answers each barrier: the wizard ranks by it. */
export const helpForBarrier: Record<Barrier, readonly HelpType[]> = {
  expertise: ['beratung', 'austausch', 'arbeitshilfen'],
  mittel: ['geld'],
  prioritaet: ['beispiele', 'austausch'],
  nutzen: ['beispiele', 'arbeitshilfen'],
  nachfrage: ['beispiele', 'beratung'],
};

/** Who gives the money. */
export const levels = vocabulary({
  eu: 'EU',
  bund: 'Bund',
  land: 'Land',
  stiftung: 'Stiftung',
});
export type Level = (typeof levels.ids)[number];

/** How a programme helps. */
export const fundingTypes = vocabulary({
  zuschuss: 'Zuschuss',
  darlehen: 'Darlehen',
  beratung: 'Beratung',
  wettbewerb: 'Wettbewerb',
  sachleistung: 'Sachleistung',
});
export type FundingType = (typeof fundingTypes.ids)[number];

/**
 * Status an editor records from the official page. The status shown to users is
 * computed from this and the deadlines (see deadlines.ts).
 */
export const programmeStatuses = vocabulary({
  offen: 'offen',
  laufend: 'laufend, ohne feste Frist',
  angekuendigt: 'angekündigt',
  geschlossen: 'geschlossen',
});
export type ProgrammeStatus = (typeof programmeStatuses.ids)[number];

/** Kinds of dated events a programme can have; all of them drive status, /fristen/ and calendars. */
export const deadlineKinds = vocabulary({
  antragsfrist: 'Antragsfrist',
  stichtag: 'Stichtag',
  richtlinienende: 'Ende der Richtlinie',
  'aufruf-erwartet': 'erwarteter Aufruf',
});
export type DeadlineKind = (typeof deadlineKinds.ids)[number];

/**
 * Groups of applicants for whom a source states a different funding rate
 * (`specialRates` of a programme). Public ids: they go into content, the open
 * data and, later, into URLs. Only conditions a municipality can know about
 * itself belong here; rates that depend on the project (cooperation, region
 * category of a call) stay in words.
 */
export const rateConditions = vocabulary({
  haushaltsnotlage: 'Kommunen in Haushaltsnotlage oder Haushaltssicherung',
  // Who counts as finanzschwach differs by programme and Land; the source's definition goes into the rate's note.
  finanzschwach: 'finanzschwache Kommunen',
  'geringe-steuereinnahmekraft': 'Kommunen mit geringer Steuereinnahmekraft',
  'raum-besonderer-handlungsbedarf': 'Kommunen im Raum mit besonderem Handlungsbedarf (Bayern)',
});
export type RateCondition = (typeof rateConditions.ids)[number];

/** The same condition as the municipality says it of itself: the checkbox on programme pages. */
export const rateConditionStatements: Record<RateCondition, string> = {
  haushaltsnotlage: 'Unsere Kommune ist in Haushaltsnotlage oder Haushaltssicherung',
  finanzschwach: 'Unsere Kommune gilt als finanzschwach',
  'geringe-steuereinnahmekraft': 'Unsere Kommune hat eine geringe Steuereinnahmekraft',
  'raum-besonderer-handlungsbedarf': 'Unsere Kommune liegt überwiegend im Raum mit besonderem Handlungsbedarf',
};

/** Whether a programme may be combined with other funding (Kumulierung). */
export const combinability = vocabulary({
  ja: 'mit anderen Förderungen kombinierbar',
  eingeschraenkt: 'nur eingeschränkt mit anderen Förderungen kombinierbar',
  nein: 'nicht mit anderen Förderungen kombinierbar',
});
export type Combinability = (typeof combinability.ids)[number];

/** Kinds of support offers. */
export const offerTypes = vocabulary({
  beratung: 'Beratung',
  kompetenzzentrum: 'Kompetenzzentrum',
  netzwerk: 'Netzwerk',
  weiterbildung: 'Weiterbildung',
  plattform: 'Wissensplattform',
  arbeitshilfe: 'Arbeitshilfe',
});
export type OfferType = (typeof offerTypes.ids)[number];

/** The 16 Länder: ISO 3166-2 code (without „DE-“) → name and URL slug. */
export const states = {
  BW: { name: 'Baden-Württemberg', slug: 'baden-wuerttemberg' },
  BY: { name: 'Bayern', slug: 'bayern' },
  BE: { name: 'Berlin', slug: 'berlin' },
  BB: { name: 'Brandenburg', slug: 'brandenburg' },
  HB: { name: 'Bremen', slug: 'bremen' },
  HH: { name: 'Hamburg', slug: 'hamburg' },
  HE: { name: 'Hessen', slug: 'hessen' },
  MV: { name: 'Mecklenburg-Vorpommern', slug: 'mecklenburg-vorpommern' },
  NI: { name: 'Niedersachsen', slug: 'niedersachsen' },
  NW: { name: 'Nordrhein-Westfalen', slug: 'nordrhein-westfalen' },
  RP: { name: 'Rheinland-Pfalz', slug: 'rheinland-pfalz' },
  SL: { name: 'Saarland', slug: 'saarland' },
  SN: { name: 'Sachsen', slug: 'sachsen' },
  ST: { name: 'Sachsen-Anhalt', slug: 'sachsen-anhalt' },
  SH: { name: 'Schleswig-Holstein', slug: 'schleswig-holstein' },
  TH: { name: 'Thüringen', slug: 'thueringen' },
} as const;
export type StateCode = keyof typeof states;
export const stateCodes = Object.keys(states) as [StateCode, ...StateCode[]];
export const isStateCode = (value: unknown): value is StateCode =>
  typeof value === 'string' && Object.hasOwn(states, value);

/**
 * The five collections: content folder id → public German URL segment, labels,
 * the short name in the main navigation, and the kind of result in the search
 * (`type`, with its public filter id `typeId` in /suche/?typ=…).
 */
export const collections = {
  programmes: { path: 'foerderprogramme', plural: 'Förderprogramme', singular: 'Förderprogramm', nav: 'Förderprogramme', typeId: 'foerderprogramm', type: 'Förderprogramm' },
  offers: { path: 'unterstuetzung', plural: 'Unterstützungsangebote', singular: 'Unterstützungsangebot', nav: 'Unterstützung', typeId: 'unterstuetzung', type: 'Unterstützung' },
  checklists: { path: 'checklisten', plural: 'Checklisten', singular: 'Checkliste', nav: 'Checklisten', typeId: 'checkliste', type: 'Checkliste' },
  guides: { path: 'leitfaeden', plural: 'Leitfäden', singular: 'Leitfaden', nav: 'Leitfäden', typeId: 'leitfaden', type: 'Leitfaden' },
  examples: { path: 'praxisbeispiele', plural: 'Praxisbeispiele', singular: 'Praxisbeispiel', nav: 'Praxisbeispiele', typeId: 'praxisbeispiel', type: 'Praxisbeispiel' },
} as const;
export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

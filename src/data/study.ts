/**
 * Figures from the study „Zukunft wird vor Ort gemacht“ (Initiative Stadt.Land.Digital,
 * Dezember 2018; survey of September 2017). Only figures the study text states
 * are here, never derived ones; each names where in the study it stands.
 */
import type { BarDatum } from '../core/charts.ts';

export const study = {
  title: 'Zukunft wird vor Ort gemacht',
  subtitle: 'Digitalisierung und Intelligente Vernetzung deutscher Kommunen – Ergebnisse einer repräsentativen Befragung von Kommunen',
  publisher: 'Initiative Stadt.Land.Digital, im Auftrag des Bundesministeriums für Wirtschaft und Energie',
  published: 'Dezember 2018',
  survey: 'GfK SE, September 2017: über 300 computergestützte Interviews mit Führungskräften aus Städten, Gemeinden und Kreisen',
  url: 'https://www.stadt-land-digital.de',
} as const;

export const sourceLine = `${study.publisher}: „${study.title}“ (${study.published})`;

/** Abb. 1 and text of chapter „Strategie“. */
export const strategyStatus: BarDatum[] = [
  { label: 'halten eine Digitalstrategie für sinnvoll', value: 85 },
  { label: 'planen, entwickeln oder haben eine', value: 59 },
  { label: 'haben bereits eine Digitalstrategie', value: 17 },
  { label: 'haben keine und planen keine', value: 41 },
];

/** Comparisons of the 2015 and 2017 surveys stated in the text. */
export const change2015to2017: BarDatum[] = [
  { label: 'planen, entwickeln oder haben eine Strategie', series: '2015', value: 40 },
  { label: 'planen, entwickeln oder haben eine Strategie', series: '2017', value: 59 },
  { label: 'ohne Strategie: „mangelnde Nachfrage“ als Grund', series: '2015', value: 79 },
  { label: 'ohne Strategie: „mangelnde Nachfrage“ als Grund', series: '2017', value: 64 },
  { label: 'wollen eigene Haushaltsmittel einsetzen', series: '2015', value: 60 },
  { label: 'wollen eigene Haushaltsmittel einsetzen', series: '2017', value: 70 },
];

/** Abb. 16 and text of chapter „Know-how gefragt“. */
export const expectedHelp: BarDatum[] = [
  { label: 'erwarten Hilfe von ihrem Land', value: 88 },
  { label: 'erwarten Hilfe vom Bund', value: 81 },
];

/** The five clusters of Abb. 8, in the study's words, with the examples it names. */
export const clusters = [
  {
    name: 'Kleine digitale Vorreiter',
    who: 'Etwa ein Fünftel der befragten Kommunen unter 20.000 Einwohnern; fast zwei Drittel davon in Bayern, Baden-Württemberg, Rheinland-Pfalz und Schleswig-Holstein.',
    challenges: 'demografischer Wandel, Gesundheit, digitale Infrastruktur, Energie',
    examples: ['bad-hersfeld', 'brandis'],
  },
  {
    name: 'Ambitionierte Großkommunen',
    who: 'Etwa 15 % der Befragten, Kommunen über 100.000 Einwohnern; 96 % von ihnen planen oder setzen eine Digitalstrategie um.',
    challenges: 'Integration, digitale Infrastruktur und alle Sektoren von Verwaltung bis Energie',
    examples: ['paderborn-owl', 'kaiserslautern', 'rhein-neckar-kreis', 'jena'],
  },
  {
    name: 'Digitale Follower',
    who: 'Kommunen bis 20.000 Einwohner; etwa drei Viertel planen oder setzen eine Digitalstrategie um.',
    challenges: 'Verkehrsinfrastruktur und digitale Infrastruktur',
    examples: ['digitale-doerfer-bayern'],
  },
  {
    name: 'Digitale Nachzügler',
    who: 'Vor allem kleine und mittelgroße Kommunen unter 100.000 Einwohnern; über die Hälfte plant bislang keine Digitalstrategie.',
    challenges: 'finanzielle Ressourcen, demografischer Wandel, Landflucht, digitale Infrastruktur',
    examples: [],
  },
  {
    name: 'Digitale Verweigerer',
    who: 'Überproportional kleine und mittlere Kommunen; nur 13 % haben mit Planung oder Umsetzung einer Strategie begonnen.',
    challenges: 'vor allem finanzielle Ressourcen',
    examples: [],
  },
] as const;

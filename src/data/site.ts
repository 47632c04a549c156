/** Site-wide names and the main navigation, written once. */
import { collectionUrl } from '../core/urls.ts';
import { collectionNames, collections } from '../core/vocabulary.ts';

export const siteName = 'Förderfinder Digitale Kommune';

export const mainNavigation: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/foerder-check/', label: 'Förder-Check' },
  ...collectionNames.map((name) => ({
    href: collectionUrl(name),
    label: collections[name].nav,
  })),
  { href: '/bundeslaender/', label: 'Länder' },
  { href: '/suche/', label: 'Suche' },
];

export const legalNavigation: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/impressum/', label: 'Impressum' },
  { href: '/datenschutz/', label: 'Datenschutz' },
  { href: '/barrierefreiheit/', label: 'Erklärung zur Barrierefreiheit' },
  { href: '/daten/', label: 'Offene Daten' },
  { href: '/fristen/', label: 'Fristenkalender' },
  { href: '/themen/', label: 'Themen' },
  { href: '/a-z/', label: 'Förderprogramme A–Z' },
  { href: '/redaktion/', label: 'Für Redaktionen' },
];

/** What each list page is for, in one or two sentences (also its meta description). */
export const collectionIntros = {
  programmes:
    'Förderprogramme von EU, Bund, Ländern und Stiftungen für die Digitalisierung von Gemeinden, Städten und Landkreisen – mit Förderquote, Fristen und Status, jeweils mit amtlicher Quelle.',
  offers:
    'Beratung, Kompetenzzentren, Netzwerke, Weiterbildungen und Wissensplattformen, die Kommunen bei der Digitalisierung unterstützen.',
  checklists:
    'Schritt-für-Schritt-Listen für die typischen Aufgaben: Digitalstrategie, Förderantrag, Breitbandprojekt. Jeder Schritt hat einen eigenen Link.',
  guides:
    'Ausführliche Anleitungen für Kommunen jeder Größe: von der Digitalstrategie bis zum Förderantrag.',
  examples:
    'Kommunen, die vorangegangen sind: was sie gemacht haben, wie sie es organisiert haben und was andere daraus lernen können.',
} as const;

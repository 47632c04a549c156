/**
 * Words that mean the same to a municipality, as data. Pagefind 1.x has no
 * synonyms of its own and needs every query word on a page, so the build adds
 * to each page, as low-weighted hidden terms, the other members of every group
 * whose member the page uses (index-time expansion). A query for „Breitband“
 * then finds the NRW entry that only says „Glasfaser“, without the browser
 * running one search per synonym. Groups are drawn from the content's own
 * wording and the study; add a group when a search test shows a miss.
 *
 * Matching: a member of up to five letters or in capitals (OZG, KI, 5G, Kreis)
 * must stand as a whole word, capitals in the same case, so „KI“ never matches
 * „Kita“; a longer member also matches as the start of a compound, so
 * „Glasfaser“ is found in „Glasfaserausbau“.
 */
export const synonymGroups: ReadonlyArray<readonly string[]> = [
  ['Breitband', 'Glasfaser', 'Gigabit', 'schnelles Internet', 'Internetanschluss'],
  ['OZG', 'Onlinezugangsgesetz', 'Onlinedienste', 'Online-Dienste', 'Verwaltungsleistungen online'],
  ['E-Akte', 'elektronische Akte', 'digitale Akte', 'Aktenführung'],
  ['kostenlos', 'kostenfrei', 'gebührenfrei', 'ohne Kosten', 'unentgeltlich'],
  ['WLAN', 'Hotspot', 'WiFi', 'freies Internet'],
  ['DSGVO', 'Datenschutz', 'Datenschutz-Grundverordnung'],
  ['DigitalPakt', 'Schuldigitalisierung', 'digitale Schule', 'Schul-IT'],
  ['ÖPNV', 'Nahverkehr', 'öffentlicher Verkehr', 'Busverkehr', 'Rufbus'],
  ['Smart City', 'smarte Stadt', 'Smart Region', 'smarte Region', 'Smart Country', 'smartes Dorf'],
  ['KI', 'Künstliche Intelligenz', 'künstlicher Intelligenz'],
  ['IT-Sicherheit', 'Cybersicherheit', 'Informationssicherheit', 'ISMS', 'Cyberangriff'],
  ['Wärmeplanung', 'Wärmeplan', 'Wärmewende'],
  ['Mobilfunk', '5G', 'Funkloch', 'Mobilfunkausbau'],
  ['LEADER', 'ELER', 'ländliche Entwicklung', 'Aktionsgruppe', 'AktivRegion'],
  ['EFRE', 'Regionalfonds', 'Europäischer Fonds für regionale Entwicklung'],
  ['ESF', 'Sozialfonds', 'ESF Plus'],
  ['Dorfentwicklung', 'Dorferneuerung', 'ländlicher Raum', 'ländliche Räume', 'ländlichen Raum'],
  ['Bürgerbeteiligung', 'Partizipation', 'Mitwirkung', 'Bürgerdialog', 'Beteiligungsverfahren'],
  ['E-Government', 'Verwaltungsdigitalisierung', 'digitale Verwaltung', 'Verwaltungsmodernisierung'],
  ['Darlehen', 'Kredit', 'Förderkredit', 'Förderdarlehen', 'Investitionskredit'],
  ['Landkreis', 'Kreis', 'Kreisverwaltung', 'Landkreise'],
  ['interkommunal', 'IKZ', 'kommunale Zusammenarbeit', 'Zusammenarbeit von Kommunen'],
  ['Gesundheitsamt', 'Gesundheitsämter', 'ÖGD', 'öffentlicher Gesundheitsdienst', 'öffentlichen Gesundheitsdienst'],
  ['Bibliothek', 'Bücherei', 'Stadtbibliothek', 'Gemeindebücherei'],
  ['Digitalstrategie', 'Digitalisierungsstrategie', 'Smart-City-Strategie', 'digitale Agenda'],
  ['Förderaufruf', 'Förderausschreibung', 'Projektaufruf', 'Wettbewerbsaufruf'],
  ['Energiemanagement', 'Energiecontrolling', 'Energiemonitoring', 'Energiedaten'],
  ['Straßenbeleuchtung', 'LED', 'Beleuchtung'],
  ['IoT', 'Internet der Dinge', 'Sensorik', 'Sensoren', 'LoRaWAN'],
  ['Open Data', 'offene Daten', 'Datenportal'],
  ['Datenplattform', 'urbane Datenplattform', 'Datenraum', 'Datendrehscheibe'],
  ['digitaler Zwilling', 'digitalen Zwilling', 'Digital Twin', '3D-Stadtmodell'],
  ['Geodaten', 'GIS', 'Geoinformation', 'Geoportal'],
  ['Klimaschutz', 'Klimaneutralität', 'CO2-Einsparung', 'Treibhausgas'],
  ['Klimaanpassung', 'Hitzeschutz', 'Starkregen', 'Hochwasserschutz'],
  ['Frühwarnung', 'Frühwarnsystem', 'Frühalarm', 'Warnsystem', 'Warnung der Bevölkerung'],
  ['Innenstadt', 'Ortskern', 'Ortsmitte', 'Stadtzentrum', 'Innenstädte'],
  ['Einzelhandel', 'Leerstand', 'Ladenleerstand', 'lokaler Handel', 'Online-Marktplatz'],
  ['Tourismus', 'Fremdenverkehr', 'Gästeinformation', 'touristisch'],
  ['Coworking', 'Co-Working', 'Dorfbüro', 'gemeinsamer Arbeitsort'],
  ['Medienbildung', 'Medienkompetenz', 'digitale Bildung', 'digitale Kompetenzen'],
  ['Tablet', 'Endgeräte', 'Leihgeräte', 'Laptop', 'Notebook'],
  ['Schulträger', 'Schulaufwandsträger', 'Sachaufwandsträger'],
  ['Weiterbildung', 'Qualifizierung', 'Fortbildung', 'Schulung'],
  ['Förderquote', 'Fördersatz', 'Zuschusshöhe'],
  ['Eigenanteil', 'Eigenmittel', 'Eigenbeitrag'],
  ['Ratsbeschluss', 'Gemeinderatsbeschluss', 'Kreistagsbeschluss', 'Stadtratsbeschluss'],
  ['Vergabe', 'Beschaffung', 'Vergaberecht', 'Auftragsvergabe'],
  ['Sondervermögen', 'LuKIFG', 'Infrastruktur-Sondervermögen'],
  ['Bürgerbüro', 'Bürgeramt', 'Bürgerservice', 'Rathaus'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (member: string) => member.length <= 5 || /^[\p{Lu}\d-]+$/u.test(member);

const patterns = synonymGroups.map((group) =>
  group.map((member) => {
    const capitals = /^[\p{Lu}\d-]+$/u.test(member);
    const end = wholeWord(member) ? '(?![\\p{L}\\d])' : '';
    return new RegExp(`(?<![\\p{L}\\d])${escape(member)}${end}`, capitals ? 'u' : 'iu');
  }),
);

/** The members of every group `text` uses that it does not use itself: terms to add to its index entry. */
export function synonymTerms(text: string): string[] {
  const terms: string[] = [];
  synonymGroups.forEach((group, index) => {
    const used = patterns[index]!.map((pattern) => pattern.test(text));
    if (used.some(Boolean)) terms.push(...group.filter((_, member) => !used[member]));
  });
  return [...new Set(terms)];
}

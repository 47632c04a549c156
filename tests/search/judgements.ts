/**
 * The judged test set for the site search: queries as municipal users type them
 * (short words, phrases, abbreviations and long forms, misspellings, a Land with
 * a topic), each with the pages that answer it: 2 = the answer, 1 = useful.
 * Judged by reading the content, before tuning, and not changed to fit the
 * search's output; add a query when a user's search goes wrong.
 */
import { entryUrl, stateUrl } from '../../src/core/urls.ts';

const p = (id: string) => entryUrl('programmes', id);
const o = (id: string) => entryUrl('offers', id);
const g = (id: string) => entryUrl('guides', id);
const c = (id: string) => entryUrl('checklists', id);
const e = (id: string) => entryUrl('examples', id);

export type Judgement = [query: string, grades: Record<string, 1 | 2>];

const ozg = { [g('onlinedienste-einfuehren')]: 2, [c('onlinedienste-einfuehren')]: 2, [o('rp-kommunales-projektbuero-ozg')]: 1, [p('st-ozg-anschubfinanzierung')]: 1 } as const;
const strategy = { [g('digitalstrategie-entwickeln')]: 2, [c('digitalstrategie-erarbeiten')]: 2 } as const;
const participation = { [c('digitale-buergerbeteiligung')]: 2, [g('buergerbeteiligung-digital')]: 2, [o('sn-beteiligungsportal')]: 1, [o('st-beteiligungsportal')]: 1 } as const;
const privacy = { [c('datenschutz-im-digitalprojekt')]: 2, [g('datenschutz-in-digitalprojekten')]: 2 } as const;
const ai = { [g('ki-in-der-verwaltung-einfuehren')]: 2, [c('ki-einsatz-vorbereiten')]: 2, [o('marktplatz-ki-moeglichkeiten')]: 1 } as const;
const procurement = { [c('it-dienstleistungen-beschaffen')]: 2, [g('it-dienstleistungen-beschaffen')]: 2 } as const;
const application = { [c('foerderantrag-vorbereiten')]: 2, [g('foerdermittel-beantragen')]: 2 } as const;

export const judgements: Judgement[] = [
  // Broadband, in its many words.
  ['Breitband', { [g('breitbandausbau-planen')]: 2, [c('breitbandprojekt-vorbereiten')]: 2, [o('gigabitbuero-des-bundes')]: 1, [p('gigabitfoerderung-bund')]: 1 }],
  ['Glasfaser', { [p('gigabitfoerderung-bund')]: 2, [g('breitbandausbau-planen')]: 2, [c('breitbandprojekt-vorbereiten')]: 1, [o('gigabitbuero-des-bundes')]: 1 }],
  ['Gigabit', { [p('gigabitfoerderung-bund')]: 2, [o('gigabitbuero-des-bundes')]: 2, [g('breitbandausbau-planen')]: 1 }],
  ['schnelles Internet', { [g('breitbandausbau-planen')]: 2, [p('gigabitfoerderung-bund')]: 1 }],
  ['Breitband Bayern', { [o('bayerisches-breitbandzentrum')]: 2, [p('by-kofinanzierungs-gigabitrichtlinie')]: 2 }],
  ['Gigabit NRW', { [p('nw-gigabit-kofinanzierung')]: 2, [o('geschaeftsstellen-gigabit-nrw')]: 2 }],
  ['Breitband Nordrhein-Westfalen', { [p('nw-gigabit-kofinanzierung')]: 2, [o('geschaeftsstellen-gigabit-nrw')]: 2 }],
  ['Breitbnad', { [g('breitbandausbau-planen')]: 2, [c('breitbandprojekt-vorbereiten')]: 2 }],
  // Online services and administration.
  ['OZG', ozg],
  ['Onlinezugangsgesetz', ozg],
  ['Onlinedienste einführen', { ...ozg, [o('marktplatz-efa-leistungen')]: 1 }],
  ['E-Akte', { [e('brandis')]: 2 }],
  ['elektronische Akte', { [e('brandis')]: 2 }],
  ['E-Government Förderung', { [p('th-e-government-richtlinie')]: 2, [p('mv-e-government-richtlinie')]: 2, [p('st-ozg-anschubfinanzierung')]: 1 }],
  // Security and data protection.
  ['IT-Sicherheit', { [g('it-sicherheit-kommunalverwaltung')]: 2, [c('it-sicherheit-grundschutz-einstieg')]: 2, [o('wiba-weg-in-die-basis-absicherung')]: 1, [p('he-aktionsprogramm-kommunale-cybersicherheit')]: 1 }],
  ['Cybersicherheit', { [p('he-aktionsprogramm-kommunale-cybersicherheit')]: 2, [o('bw-cybersicherheit-kommunen')]: 2, [g('it-sicherheit-kommunalverwaltung')]: 1, [o('allianz-fuer-cyber-sicherheit')]: 1 }],
  ['Informationssicherheit Förderung', { [p('sl-isms-bedarfszuweisung')]: 2, [p('he-aktionsprogramm-kommunale-cybersicherheit')]: 2, [g('it-sicherheit-kommunalverwaltung')]: 1 }],
  ['Datenschutz', privacy],
  ['DSGVO', privacy],
  // Strategy, participation, cooperation.
  ['Digitalstrategie', strategy],
  ['Digitalstrat', strategy],
  ['Digitalstrateige', strategy],
  ['Strategie erarbeiten', strategy],
  ['Bürgerbeteiligung', participation],
  ['Buergerbeteiligung', participation],
  ['Beteiligungsportal', { [o('sn-beteiligungsportal')]: 2, [o('st-beteiligungsportal')]: 2 }],
  ['interkommunale Zusammenarbeit', { [g('interkommunal-zusammenarbeiten')]: 2, [c('interkommunale-zusammenarbeit')]: 2, [o('he-kompetenzzentrum-ikz')]: 1, [p('he-interkommunale-zusammenarbeit')]: 1, [p('rp-interkommunale-zusammenarbeit')]: 1 }],
  ['KI Verwaltung', ai],
  ['Künstliche Intelligenz', ai],
  // Applying for money.
  ['Förderantrag', application],
  ['Förderantarg', application],
  ['Fördermittel beantragen', application],
  ['Verwendungsnachweis', { [c('verwendungsnachweis-erstellen')]: 2 }],
  ['Fördermittel kombinieren', { [g('foerdermittel-kombinieren')]: 2, [c('foerdermittel-kombinieren-pruefen')]: 2 }],
  ['Vergabe IT', procurement],
  ['IT beschaffen', procurement],
  ['Sondervermögen', { [g('sondervermoegen-infrastruktur-nutzen')]: 2, [p('sondervermoegen-infrastruktur-lukifg')]: 2, [c('sondervermoegen-digitalprojekte-vorbereiten')]: 2 }],
  ['LuKIFG', { [p('sondervermoegen-infrastruktur-lukifg')]: 2, [g('sondervermoegen-infrastruktur-nutzen')]: 2 }],
  ['Sondervermögen Bayern', { [p('by-sondervermoegen-infrastruktur')]: 2, [p('sondervermoegen-infrastruktur-lukifg')]: 1 }],
  ['KfW Kredit', { [p('kfw-investitionskredit-kommunen')]: 2, [p('kfw-investitionskredit-kommunale-unternehmen')]: 1 }],
  ['Darlehen Kommune', { [p('kfw-investitionskredit-kommunen')]: 2, [p('ni-kommunaler-infrastrukturkredit')]: 1, [p('bw-investitionskredit-kommune-direkt')]: 1, [p('by-investkredit-kommunal-bayern')]: 1 }],
  ['Beratung kostenlos', { [o('gigabitbuero-des-bundes')]: 2, [o('breitbandbuero-saar')]: 1, [o('breitbandzentrum-niedersachsen-bremen')]: 1, [o('ni-n-cert-kommunen')]: 1 }],
  // Fields of action.
  ['Klimaschutz', { [p('kommunalrichtlinie')]: 2, [p('kfw-energetische-stadtsanierung')]: 1 }],
  ['Kommunalrichtlinie', { [p('kommunalrichtlinie')]: 2 }],
  ['Wärmeplanung', { [p('sn-waermeplanung-ausgleich')]: 2, [p('sl-waermeplanung-belastungsausgleich')]: 2, [o('sh-eki-initialberatung-waermeplanung')]: 2 }],
  ['Energiemanagement', { [p('sn-kommunales-energiemanagement-euk')]: 2, [p('bw-klimaschutz-plus-strategische-massnahmen')]: 2, [p('eew-modul-3-energiemanagement')]: 1 }],
  ['Smart City', { [o('smart-city-dialog')]: 2, [p('modellprojekte-smart-cities')]: 1, [e('halle-saale-smart-city')]: 1, [e('zwoenitz-smart-city')]: 1, [e('guben-smart-city')]: 1 }],
  ['digitaler Zwilling', { [p('urbane-digitale-zwillinge-klimaanpassung')]: 2, [e('hamburg-connected-urban-twins')]: 2, [p('digital-europe-lokale-digitale-zwillinge')]: 2 }],
  ['Open Data', { [o('govdata-datenportal')]: 2, [o('be-odis')]: 2 }],
  ['WLAN', { [p('wifi4eu')]: 2, [p('he-digitale-dorflinde')]: 2, [p('by-glasfaser-wlan-richtlinie')]: 1 }],
  ['Hotspot', { [p('he-digitale-dorflinde')]: 2, [p('wifi4eu')]: 2 }],
  ['Schule digital', { [p('digitalpakt-2-0')]: 2, [p('by-schulmobe')]: 2, [p('sn-digitalpakt-2')]: 1, [p('by-vier-saeulen-zuschuss')]: 1 }],
  ['DigitalPakt', { [p('digitalpakt-2-0')]: 2, [p('digitalpakt-schule')]: 1, [p('sn-digitalpakt-2')]: 1 }],
  ['Bibliothek', { [p('nw-bibliotheksfoerderung')]: 2, [p('he-bibliotheksfoerderung')]: 2, [p('rp-bibliotheksfoerderung')]: 2 }],
  ['Gesundheitsamt', { [p('digitalisierung-oeffentlicher-gesundheitsdienst')]: 2, [p('bw-digitalisierung-oegd')]: 2 }],
  ['Mobilitätsdaten', { [p('nw-vernetzte-mobilitaet')]: 2, [p('digitalisierung-kommunaler-verkehrssysteme')]: 2, [p('mfund')]: 1 }],
  ['ÖPNV digital', { [p('sl-nmob-oepnv-digitalisieren')]: 2, [p('digitalisierung-kommunaler-verkehrssysteme')]: 1, [p('sl-nmob-on-demand')]: 1 }],
  ['Innenstadt', { [p('staedtebaufoerderung')]: 2, [p('zukunftsfaehige-innenstaedte-und-zentren')]: 1, [p('rp-innenstadt-impulse')]: 1 }],
  ['Starkregen Frühwarnung', { [e('landkreis-fulda-starkregenfruehalarm')]: 2, [p('urbane-digitale-zwillinge-klimaanpassung')]: 1 }],
  // Rural areas and EU funds.
  ['LEADER', { [p('leader')]: 2, [p('sh-aktivregionen-leader')]: 1, [p('sn-leader')]: 1, [p('th-leader')]: 1, [p('sl-leader')]: 1, [p('st-leader-clld')]: 1 }],
  ['EFRE', { [p('efre')]: 2 }],
  ['Dorf digital', { [o('netzwerk-digitale-doerfer-rlp')]: 2, [p('th-digitale-dorfentwicklung')]: 2, [e('digitale-doerfer-bayern')]: 1, [e('betzdorf-gebhardshain-digitale-doerfer')]: 1, [e('polle-coppenbruegge-digitale-doerfer')]: 1 }],
  // Places.
  ['Sachsen', { [stateUrl('SN')]: 2, [o('digital-lotsen-sachsen')]: 1, [p('sn-digitale-offensive')]: 1 }],
  ['Förderung Thüringen', { [stateUrl('TH')]: 2, [p('th-e-government-richtlinie')]: 1, [p('th-kommunales-investitionsprogramm')]: 1 }],
  ['Jena', { [e('jena')]: 2 }],
];

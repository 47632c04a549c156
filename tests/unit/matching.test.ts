import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '../../src/core/answers.ts';
import { compareTitles } from '../../src/core/order.ts';
import { matchEntries, programmeHelp, type MatchEntry } from '../../src/core/matching.ts';

const today = '2026-11-25';
const answers = (overrides: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...overrides });
const programme = (id: string, overrides: Partial<MatchEntry> = {}): MatchEntry => ({
  collection: 'programmes',
  id,
  title: id,
  states: 'all',
  applicants: ['gemeinde', 'stadt', 'landkreis', 'zweckverband'],
  stages: ['keine', 'geplant', 'erarbeitung', 'umsetzung'],
  fields: ['verwaltung'],
  help: ['geld'],
  status: 'laufend',
  deadlines: [],
  ...overrides,
});
const ids = (results: Array<{ entry: MatchEntry }>) => results.map((result) => result.entry.id);

describe('hard rules', () => {
  it('keeps a Land programme out of every other Land', () => {
    const entries = [programme('sachsen', { states: ['SN'] }), programme('bund')];
    expect(ids(matchEntries(answers({ state: 'BY' }), entries, today))).toEqual(['bund']);
    expect(ids(matchEntries(answers({ state: 'SN' }), entries, today)).sort()).toEqual(['bund', 'sachsen']);
  });

  it('shows every Land programme when no Land is given', () => {
    expect(matchEntries(answers({}), [programme('a', { states: ['SN'] }), programme('b', { states: ['BY'] })], today)).toHaveLength(2);
  });

  it('separates Landkreis and Gemeinde', () => {
    const entries = [programme('nur-gemeinden', { applicants: ['gemeinde', 'stadt'] }), programme('nur-kreise', { applicants: ['landkreis'] })];
    expect(ids(matchEntries(answers({ type: 'landkreis' }), entries, today))).toEqual(['nur-kreise']);
    expect(ids(matchEntries(answers({ type: 'gemeinde' }), entries, today))).toEqual(['nur-gemeinden']);
  });

  it('includes both ends of a population range', () => {
    const entries = [programme('klein', { population: { max: 20_000 } }), programme('gross', { population: { min: 20_001 } })];
    expect(ids(matchEntries(answers({ population: 20_000 }), entries, today))).toEqual(['klein']);
    expect(ids(matchEntries(answers({ population: 20_001 }), entries, today))).toEqual(['gross']);
  });

  it('lets a size band match every range it overlaps', () => {
    const entries = [programme('bis-10000', { population: { max: 10_000 } }), programme('ab-150000', { population: { min: 150_000 } })];
    expect(ids(matchEntries(answers({ size: '5000-20000' }), entries, today))).toEqual(['bis-10000']);
    expect(ids(matchEntries(answers({ size: 'ueber-100000' }), entries, today))).toEqual(['ab-150000']);
  });

  it('fits a programme without size limits to any size', () => {
    expect(matchEntries(answers({ population: 1_500_000 }), [programme('offen-fuer-alle')], today)).toHaveLength(1);
  });

  it('does not exclude good-practice examples from other Länder, but says where they are', () => {
    const example: MatchEntry = { collection: 'examples', id: 'jena', title: 'Jena', states: ['TH'], help: ['beispiele'] };
    const [result] = matchEntries(answers({ state: 'SN' }), [example], today);
    expect(result?.caveats).toContain('Beispiel aus Thüringen');
  });
});

describe('soft rules and reasons', () => {
  it('ranks by stage, fields and help, and says why', () => {
    const entries = [
      programme('passend', { stages: ['erarbeitung'], fields: ['verwaltung', 'bildung'], help: ['geld'], states: ['SN'] }),
      programme('teilweise', { stages: ['umsetzung'], fields: ['energie'] }),
    ];
    const results = matchEntries(
      answers({ type: 'gemeinde', population: 9675, state: 'SN', stage: 'erarbeitung', fields: ['verwaltung', 'bildung'], help: ['geld'] }),
      entries,
      today,
    );
    expect(ids(results)).toEqual(['passend', 'teilweise']);
    expect(results[0]!.reasons).toEqual([
      'in Sachsen',
      'passt zur Phase „Strategie in Erarbeitung“',
      'Handlungsfeld Verwaltung und Bildung',
      'bietet Geld (Projektförderung)',
    ]);
    expect(results[1]!.caveats).toEqual(['eher für die Phase „Strategie vorhanden / in Umsetzung“', 'keines Ihrer Handlungsfelder']);
  });

  it('turns a barrier into the help that answers it', () => {
    const advice = programme('beratung', { help: ['beratung'] });
    const money = programme('geld', { help: ['geld'] });
    expect(ids(matchEntries(answers({ barriers: ['expertise'] }), [money, advice], today))[0]).toBe('beratung');
    expect(ids(matchEntries(answers({ barriers: ['mittel'] }), [advice, money], today))[0]).toBe('geld');
  });

  it('names the population range in the reasons', () => {
    const [result] = matchEntries(answers({ population: 3000 }), [programme('dorf', { population: { max: 10_000 } })], today);
    expect(result!.reasons).toContain('für Kommunen mit bis 10.000 Einwohnern');
  });
});

describe('deadlines', () => {
  it('flags closed and expired programmes without dropping them', () => {
    const results = matchEntries(
      answers({}),
      [
        programme('zu', { status: 'geschlossen' }),
        programme('abgelaufen', { status: 'offen', deadlines: [{ date: '2026-11-24', label: 'x' }] }),
        programme('auf', { status: 'offen', deadlines: [{ date: '2027-03-01', label: 'x' }] }),
      ],
      today,
    );
    expect(results.map((r) => [r.entry.id, r.closed])).toEqual([
      ['auf', false],
      ['abgelaufen', true],
      ['zu', true],
    ]);
    expect(results[1]!.caveats).toContain('derzeit geschlossen');
  });

  it('ranks a deadline within 60 days higher, all else equal', () => {
    const results = matchEntries(
      answers({}),
      [programme('spaeter', { status: 'offen', deadlines: [{ date: '2027-06-30', label: 'x' }] }), programme('bald', { status: 'offen', deadlines: [{ date: '2026-12-20', label: 'x' }] })],
      today,
    );
    expect(ids(results)).toEqual(['bald', 'spaeter']);
    expect(results[0]!.deadline?.next?.daysLeft).toBe(25);
  });
});

describe('order among equals', () => {
  it('sorts equal scores by German title, whether or not the catalogue arrives sorted', () => {
    const titles = ['Zukunft', 'Äcker', 'Breitband', 'ärztliche Versorgung', 'Ölheizung', 'Ahorn'];
    const entries = titles.map((title) => programme(title));
    const expected = ['Äcker', 'Ahorn', 'ärztliche Versorgung', 'Breitband', 'Ölheizung', 'Zukunft'];
    expect(ids(matchEntries(answers({}), entries, today))).toEqual(expected);
    expect(ids(matchEntries(answers({}), [...entries].sort(compareTitles), today))).toEqual(expected);
    expect(ids(matchEntries(answers({}), [...entries].reverse(), today))).toEqual(expected);
  });
});

describe('programmeHelp', () => {
  it('maps funding types to help wanted', () => {
    expect(programmeHelp(['zuschuss', 'darlehen'])).toEqual(['geld']);
    expect(programmeHelp(['beratung'])).toEqual(['beratung']);
    expect(programmeHelp(['wettbewerb', 'beratung']).sort()).toEqual(['beratung', 'geld']);
  });
});

describe('ranking a municipal official would agree with', () => {
  const thueringen = answers({ type: 'gemeinde', population: 4800, state: 'TH', stage: 'keine', fields: ['verwaltung', 'infrastruktur'] });

  it('puts the own Land’s programme for small municipalities before a loan open to everyone', () => {
    const entries = [
      programme('kfw-kredit', { fields: ['verwaltung', 'infrastruktur'], help: ['geld'] }),
      programme('th-kleine-gemeinden', { states: ['TH'], applicants: ['gemeinde'], population: { max: 10_000 }, fields: ['verwaltung'] }),
    ];
    expect(ids(matchEntries(thueringen, entries, today))).toEqual(['th-kleine-gemeinden', 'kfw-kredit']);
  });

  it('puts open and rolling before announced, and announced before closed, whatever the fit', () => {
    const entries = [
      programme('geschlossen', { states: ['TH'], status: 'geschlossen' }),
      programme('angekuendigt', { states: ['TH'], status: 'angekuendigt', deadlines: [{ date: '2027-03-01', label: 'Aufruf', kind: 'aufruf-erwartet' }] }),
      programme('laufend-bund', { fields: ['energie'] }),
    ];
    const results = matchEntries(answers({ state: 'TH' }), entries, today);
    expect(ids(results)).toEqual(['laufend-bund', 'angekuendigt', 'geschlossen']);
    expect(results[1]!.caveats).toContain('noch nicht geöffnet, erwartet zum 1. März 2027');
  });

  it('puts an entry that serves a chosen purpose before a closer one that serves none', () => {
    const entries = [programme('land-energie', { states: ['TH'], fields: ['energie'] }), programme('bund-verwaltung', { fields: ['verwaltung'] })];
    expect(ids(matchEntries(thueringen, entries, today))).toEqual(['bund-verwaltung', 'land-energie']);
  });

  it('breaks ties by the nearest deadline, then by how specific an entry is, never by title alone', () => {
    const entries = [
      programme('a-ohne-frist'),
      programme('b-frist-spaet', { deadlines: [{ date: '2027-06-30', label: 'Frist' }] }),
      programme('c-frist-bald', { deadlines: [{ date: '2027-01-31', label: 'Frist' }] }),
    ];
    expect(ids(matchEntries(answers({}), entries, today))).toEqual(['c-frist-bald', 'b-frist-spaet', 'a-ohne-frist']);
    const specific = [programme('a-fuer-alle'), programme('z-nur-kreise', { applicants: ['landkreis'] })];
    expect(ids(matchEntries(answers({}), specific, today))).toEqual(['z-nur-kreise', 'a-fuer-alle']);
  });

  it('gives no stage reason where an entry accepts every stage', () => {
    const [result] = matchEntries(answers({ stage: 'keine' }), [programme('alle-phasen')], today);
    expect(result!.reasons.join()).not.toContain('Phase');
    expect(result!.score).toBe(0);
  });

  it('lists with an umbrella fund the matching programmes that spend it', () => {
    const entries = [
      programme('efre', { umbrella: true }),
      programme('th-efre-programm', { states: ['TH'], fundedBy: ['efre'] }),
      programme('sn-efre-programm', { states: ['SN'], fundedBy: ['efre'] }),
      programme('th-alt', { states: ['TH'], fundedBy: ['efre'], status: 'geschlossen' }),
    ];
    const umbrella = matchEntries(answers({ state: 'TH' }), entries, today).find((result) => result.entry.id === 'efre');
    expect(umbrella!.spentThrough!.map((entry) => entry.id)).toEqual(['th-efre-programm']);
  });

  it('says on a co-financing programme that the programme it tops up is closed, and since when', () => {
    const entries = [
      programme('gigabit-bund', { status: 'geschlossen', deadlines: [{ date: '2025-09-15', label: 'Aufruf 2025' }] }),
      programme('th-kofinanzierung', { states: ['TH'], cofinances: ['gigabit-bund'] }),
    ];
    const result = matchEntries(answers({ state: 'TH' }), entries, today).find((r) => r.entry.id === 'th-kofinanzierung');
    expect(result!.caveats).toContain('nur Kofinanzierung zu „gigabit-bund“, dessen letzte Frist am 15. September 2025 endete');
  });
});

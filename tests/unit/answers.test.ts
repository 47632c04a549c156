import { describe, expect, it } from 'vitest';
import { answersToQuery, askedFor, describeAnswers, parseAnswers, wantedFields } from '../../src/core/answers.ts';

const parse = (query: string) => parseAnswers(new URLSearchParams(query));

describe('parseAnswers', () => {
  it('reads the example link of the issue', () => {
    const { answers, notes } = parse('typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung&felder=verwaltung,bildung&hilfe=geld,beratung');
    expect(notes).toEqual([]);
    expect(answers).toEqual({
      type: 'gemeinde',
      population: 9675,
      state: 'SN',
      stage: 'erarbeitung',
      purposes: [],
      fields: ['verwaltung', 'bildung'],
      help: ['geld', 'beratung'],
      barriers: [],
    });
  });

  it('ignores malformed values with a note each, and keeps the rest', () => {
    const { answers, notes } = parse('einwohner=-5&land=XX&phase=%3Cscript%3Ealert(1)%3C/script%3E&typ=gemeinde');
    expect(answers).toEqual({ type: 'gemeinde', purposes: [], fields: [], help: [], barriers: [] });
    expect(notes).toHaveLength(3);
    expect(notes.join(' ')).toContain('Einwohnerzahl');
    expect(notes.join(' ')).toContain('Land');
    expect(notes.join(' ')).toContain('Phase der Digitalstrategie');
  });

  it('never repeats raw input in a note', () => {
    const { notes } = parse('phase=<img src=x onerror=alert(1)>&felder=verwaltung,<b>x</b>&land=<svg>');
    expect(notes.length).toBe(3);
    for (const note of notes) expect(note).not.toMatch(/[<>]|onerror|svg/);
  });

  it('accepts population with thousands dots, rejects zero, fractions and absurd sizes', () => {
    expect(parse('einwohner=9.675').answers.population).toBe(9675);
    expect(parse('einwohner=12%20000').answers.population).toBe(12000);
    expect(parse('einwohner=1.234.567').answers.population).toBe(1234567);
    for (const bad of ['0', '12.5x', '1e6', '99999999', 'abc', '', '1.5', '1.2.3', '12.34', '-5', 'ca.%2012%20000']) {
      const { answers } = parse(`einwohner=${bad}`);
      expect(answers.population, bad).toBeUndefined();
    }
  });

  it('keeps only valid list items, without duplicates', () => {
    const { answers, notes } = parse('felder=verwaltung,kaffee,verwaltung,bildung&huerden=expertise,,mittel');
    expect(answers.fields).toEqual(['verwaltung', 'bildung']);
    expect(answers.barriers).toEqual(['expertise', 'mittel']);
    expect(notes).toHaveLength(1);
  });

  it('takes a lower-case Land code and prefers the number over the size band', () => {
    const { answers } = parse('land=by&einwohner=3000&groesse=ueber-100000');
    expect(answers.state).toBe('BY');
    expect(answers.population).toBe(3000);
    expect(answers.size).toBeUndefined();
  });

  it('does not accept kommunales-unternehmen as a type one answers with', () => {
    expect(parse('typ=kommunales-unternehmen').notes).toHaveLength(1);
  });
});

describe('answersToQuery', () => {
  it('round-trips with readable commas', () => {
    const query = 'typ=landkreis&groesse=20000-100000&land=TH&phase=keine&felder=mobilitaet,energie&hilfe=beispiele&huerden=nutzen';
    const { answers } = parse(query);
    expect(answersToQuery(answers)).toBe(query);
  });
  it('is empty for no answers', () => {
    expect(answersToQuery(parse('').answers)).toBe('');
  });
});

describe('describeAnswers', () => {
  it('sums up every answer in one German sentence', () => {
    const { answers } = parseAnswers(new URLSearchParams('typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung&felder=verwaltung,bildung&hilfe=geld&huerden=expertise'));
    expect(describeAnswers(answers)).toBe(
      'Ihre Angaben: Gemeinde mit 9.675 Einwohnern in Sachsen; Strategie in Erarbeitung; Handlungsfelder: Verwaltung und Bildung; gewünscht: Geld (Projektförderung); Hürden: fehlende Expertise.',
    );
  });
  it('says „Kommune“ and the size band when type and number are missing', () => {
    expect(describeAnswers(parseAnswers(new URLSearchParams('groesse=unter-5000')).answers)).toBe('Ihre Angaben: Kommune (unter 5.000 Einwohner).');
  });
});

describe('purposes in the user’s words (zweck)', () => {
  it('reads, writes and describes them, and serves them through their fields', () => {
    const { answers, notes } = parseAnswers(new URLSearchParams('zweck=onlinedienste,breitband,kaffee&felder=bildung'));
    expect(answers.purposes).toEqual(['onlinedienste', 'breitband']);
    expect(notes).toEqual(['Einige Angaben zu „Wofür Sie Förderung suchen“ in der Adresse waren ungültig und wurden ignoriert.']);
    expect(answersToQuery(answers)).toBe('zweck=onlinedienste,breitband&felder=bildung');
    expect(describeAnswers(answers)).toBe('Ihre Angaben: Kommune; Förderung für: Onlinedienste und E-Government und Breitband und Glasfaser; Handlungsfelder: Bildung.');
    expect(wantedFields(answers)).toEqual(['verwaltung', 'infrastruktur', 'bildung']);
    expect(askedFor(answers).map((asked) => asked.label)).toEqual(['Onlinedienste und E-Government', 'Breitband und Glasfaser', 'Bildung']);
  });
});

/**
 * Projects validated content onto what the Förder-Check needs: the matching
 * fields plus the few display facts a result card shows. The same projection
 * feeds the Land pages at build time and the wizard's JSON in the browser.
 */
import type { Checklist, Example, Guide, Offer, Programme } from '../schemas/index.ts';
import { amountLabel, labelList, rateLabel } from './describe.ts';
import { programmeHelp, type MatchEntry } from './matching.ts';
import { entryUrl } from './urls.ts';
import { fundingTypes, levels, offerTypes, type CollectionName } from './vocabulary.ts';

export interface WizardEntry extends MatchEntry {
  url: string;
  summary: string;
  /** Short facts: provider, level, funding type, rate, amount. */
  facts: string[];
  lastChecked?: string;
}

type DataOf = {
  programmes: Programme;
  offers: Offer;
  checklists: Checklist;
  guides: Guide;
  examples: Example;
};

export function toWizardEntry<C extends CollectionName>(collection: C, id: string, data: DataOf[C]): WizardEntry {
  const base = { collection, id, title: data.title, summary: data.summary, url: entryUrl(collection, id) };
  switch (collection) {
    case 'programmes': {
      const p = data as Programme;
      return {
        ...base,
        states: p.states,
        applicants: p.applicants,
        population: p.population,
        stages: p.stages,
        fields: p.fields,
        help: programmeHelp(p.fundingTypes),
        status: p.status,
        deadlines: p.deadlines,
        facts: [
          `${levels.label(p.level)}: ${p.provider}`,
          labelList(p.fundingTypes, fundingTypes.label),
          ...[rateLabel(p.fundingRate), amountLabel(p.amount)].filter((fact): fact is string => Boolean(fact)),
        ],
        lastChecked: p.lastChecked,
      };
    }
    case 'offers': {
      const o = data as Offer;
      return {
        ...base,
        states: o.states,
        applicants: o.audience,
        stages: o.stages,
        fields: o.fields,
        help: o.help,
        facts: [offerTypes.label(o.offerType), o.provider, ...(o.cost ? [o.cost] : [])],
        lastChecked: o.lastChecked,
      };
    }
    case 'checklists':
    case 'guides': {
      const g = data as Checklist | Guide;
      return { ...base, stages: g.stages, fields: g.fields, help: ['arbeitshilfen'], facts: [] };
    }
    case 'examples': {
      const e = data as Example;
      return { ...base, states: e.states, fields: e.fields, help: ['beispiele'], facts: [e.place], lastChecked: e.lastChecked };
    }
  }
  throw new Error(`unbekannte Sammlung ${collection}`);
}

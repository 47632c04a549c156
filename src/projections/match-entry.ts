/**
 * Projects validated content onto what the Förder-Check needs: the matching
 * fields plus the few display facts a result card shows. The same projection
 * feeds the Land pages at build time and the wizard's JSON in the browser.
 */
import { amountLabel, labelList, rateLabel, rateSpan } from '../core/describe.ts';
import { programmeHelp, type WizardEntry } from '../core/matching.ts';
import { entryUrl } from '../core/urls.ts';
import { fundingTypes, levels, offerTypes } from '../core/vocabulary.ts';
import type { TypedEntry } from '../schemas/index.ts';

/** Where to apply, when that is not simply the provider. */
function applyAt(p: { approvingBody?: string | undefined; contact?: { organisation?: string | undefined } | undefined; provider: string }): string | undefined {
  const office = p.approvingBody ?? p.contact?.organisation;
  return office && office !== p.provider ? office : undefined;
}

export function toWizardEntry(entry: TypedEntry): WizardEntry {
  const { collection, id, data } = entry;
  const base = { collection, id, title: data.title, summary: data.summary, url: entryUrl(collection, id) };
  switch (entry.collection) {
    case 'programmes': {
      const p = entry.data;
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
        ...(p.recurringDeadlines.length ? { recurringDeadlines: p.recurringDeadlines } : {}),
        // Only where set: the wizard's catalogue is downloaded, so empty lists stay out.
        ...(p.umbrella ? { umbrella: true } : {}),
        ...(p.fundedBy.length ? { fundedBy: p.fundedBy } : {}),
        ...(p.cofinances.length ? { cofinances: p.cofinances } : {}),
        // Said only where it differs from the provider the facts already name.
        ...(applyAt(p) ? { applyAt: applyAt(p) } : {}),
        ...(p.ownContribution ? { ownShare: p.ownContribution } : {}),
        facts: [
          `${levels.label(p.level)}: ${p.provider}`,
          labelList(p.fundingTypes, fundingTypes.label),
          ...[rateLabel(rateSpan(p.fundingRate, p.specialRates)), amountLabel(p.amount)].filter((fact): fact is string => Boolean(fact)),
        ],
        lastChecked: p.lastChecked,
      };
    }
    case 'offers': {
      const o = entry.data;
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
    case 'guides':
      return { ...base, stages: entry.data.stages, fields: entry.data.fields, help: ['arbeitshilfen'], facts: [] };
    case 'examples': {
      const e = entry.data;
      return { ...base, states: e.states, fields: e.fields, help: ['beispiele'], facts: [e.place], lastChecked: e.lastChecked };
    }
  }
}

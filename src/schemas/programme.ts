/** Schema of a funding programme (content/programmes/*.mdx). */
import { z } from 'zod';
import { applicantTypes, combinability, deadlineKinds, fields, fundingTypes, levels, programmeStatuses, rateConditions, stages } from '../core/vocabulary.ts';
import {
  applicantList,
  calendarDay,
  choices,
  fieldList,
  type FieldMeta,
  isoDate,
  refs,
  stageList,
  stateScope,
  provided,
  summary,
} from './common.ts';

/** A dated deadline with what it is for. */
const deadline = z.object({
  /** Last day on which the step can be taken (YYYY-MM-DD). */
  date: calendarDay.meta({
    title: 'Datum',
    description: 'Letzter Tag, an dem der Schritt möglich ist, im Format JJJJ-MM-TT, z. B. 2026-03-31.',
  }),
  /** What must happen by then, e.g. „Einreichung der Projektskizze“. */
  label: z.string().min(3).meta({
    title: 'Bezeichnung',
    description: 'Was bis zu diesem Tag geschehen muss, z. B. „Einreichung der Projektskizze“.',
  }),
  /** Kind of date: antragsfrist (default), stichtag, richtlinienende, aufruf-erwartet. */
  kind: z.enum(deadlineKinds.ids).default('antragsfrist').meta({
    title: 'Art der Frist',
    description: `Art des Datums: ${choices(deadlineKinds)}. Ohne Angabe gilt „antragsfrist“.`,
  }),
});

/** A date that comes back every year, e.g. the cut-off „jedes Jahr zum 15. Januar“. */
const recurringDeadline = z.object({
  /** Month and day as MM-DD, e.g. 01-15 for 15 January. */
  day: z
    .string()
    .regex(/^\d{2}-\d{2}$/, { error: 'Monat und Tag im Format MM-TT erwartet', abort: true })
    // A leap year admits 02-29; the status then falls back to 28 February in other years.
    .refine((value) => isoDate.safeParse(`2024-${value}`).success, 'kein gültiger Tag im Jahr')
    .meta({
      title: 'Tag im Jahr',
      description: 'Monat und Tag im Format MM-TT, z. B. 01-15 für den 15. Januar. Der 29. Februar (02-29) gilt in anderen Jahren als 28. Februar.',
    }),
  /** What must happen by then, e.g. „Stichtag für Anträge“. */
  label: z.string().min(3).meta({
    title: 'Bezeichnung',
    description: 'Was jedes Jahr bis zu diesem Tag geschehen muss, z. B. „Stichtag für Anträge“.',
  }),
  kind: z.enum(deadlineKinds.ids).default('stichtag').meta({
    title: 'Art der Frist',
    description: `Art des Datums: ${choices(deadlineKinds)}. Ohne Angabe gilt „stichtag“.`,
  }),
  /** Last year's date still in force (e.g. the guideline's end); leave out if open-ended. */
  until: calendarDay.optional().meta({
    title: 'Gilt bis',
    description: 'Letzter Tag, an dem die jährliche Frist noch gilt, z. B. das Ende der Richtlinie, im Format JJJJ-MM-TT. Leer lassen, wenn kein Ende bekannt ist.',
  }),
});

/**
 * Inclusive range; either end may be unknown. A function, so that each use labels
 * its two ends in its own unit (percent, euros, inhabitants).
 */
const range = (ends: { min: FieldMeta; max: FieldMeta }) =>
  z
    .object({
      min: z.number().nonnegative().optional().meta(ends.min),
      max: z.number().positive().optional().meta(ends.max),
    })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min darf nicht größer als max sein');

/** How to write a figure: YAML would read 10.000 as ten, so never a thousands dot. */
const plainNumber = 'Nur die Zahl, ohne Tausenderpunkt und Einheit';

/** The two ends of a rate in percent, for the programme's rate and each special rate. */
const rateEnds = (whose: string) => ({
  min: {
    title: 'Förderquote mindestens (%)',
    description: `Niedrigster Satz ${whose} in Prozent der förderfähigen Kosten, z. B. 50. ${plainNumber}. Bei einem festen Satz dieselbe Zahl wie bei „höchstens“; bei „bis zu …“ leer lassen.`,
  },
  max: {
    title: 'Förderquote höchstens (%)',
    description: `Höchster Satz ${whose} in Prozent der förderfähigen Kosten, z. B. 80 für „bis zu 80 %“. ${plainNumber}.`,
  },
});

/**
 * A rate the source states only for some applicants, e.g. „90 % für Kommunen in
 * Haushaltsnotlage“. The programme's own fundingRate is then the rate for everyone else.
 */
const specialRate = z.object({
  /**
   * Which applicants: haushaltsnotlage (Haushaltsnotlage or Haushaltssicherung), finanzschwach,
   * geringe-steuereinnahmekraft, raum-besonderer-handlungsbedarf (Bavaria's Raum mit besonderem Handlungsbedarf).
   */
  condition: z.enum(rateConditions.ids).meta({
    title: 'Bedingung',
    description: `Für wen der Satz gilt: ${choices(rateConditions)}. Wer als finanzschwach gilt, legt jedes Programm selbst fest; das gehört in „Bedingung im Wortlaut der Quelle“.`,
  }),
  /** Their rate in percent of eligible costs, as published: min and max alike for a fixed rate, only max for „bis zu“. */
  fundingRate: range(rateEnds('dieser Gruppe'))
    .refine((r) => r.min !== undefined || r.max !== undefined, 'min oder max angeben')
    .meta({
      title: 'Förderquote dieser Gruppe in Prozent',
      description: 'Der Satz, wie veröffentlicht: bei einem festen Satz „mindestens“ und „höchstens“ gleich, bei „bis zu …“ nur „höchstens“. Mindestens eine der beiden Zahlen angeben.',
    }),
  /** The condition in the source's words where it says more than the label, e.g. „nur, wenn genügend Haushaltsmittel vorhanden sind“. */
  note: z.string().min(3).optional().meta({
    title: 'Bedingung im Wortlaut der Quelle',
    description: 'Die Bedingung in den Worten der Quelle, wo sie mehr sagt als die Bezeichnung, z. B. „nur, wenn genügend Haushaltsmittel vorhanden sind“. Sonst leer lassen.',
  }),
});

export const programmeSchema = z
  .object({
    /** Official name of the programme. */
    title: z.string().min(3).meta({
      title: 'Name des Programms',
      description: 'Offizieller Name, wie ihn der Fördergeber schreibt; eine amtliche Abkürzung darf in Klammern folgen.',
    }),
    /** What it funds, for whom, in one or two sentences. */
    summary: summary.meta({
      title: 'Kurzbeschreibung',
      description: 'Was das Programm fördert und für wen, in ein oder zwei Sätzen (80 bis 400 Zeichen, nur Text). Erscheint in Listen und als Beschreibung für Suchmaschinen.',
    }),
    /** Who gives the money (Fördergeber), e.g. a ministry or the EU. */
    provider: z.string().min(2).meta({
      title: 'Fördergeber',
      description: 'Wer das Geld gibt, z. B. ein Ministerium oder die EU. Der volle Name, wie ihn die Quelle nennt.',
    }),
    /** Body that receives and approves applications (Bewilligungsstelle), where different. */
    approvingBody: z.string().optional().meta({
      title: 'Bewilligungsstelle',
      description: 'Stelle, die Anträge annimmt und bewilligt, z. B. eine Bezirksregierung oder ein Projektträger. Leer lassen, wenn es der Fördergeber selbst ist.',
    }),
    /** Level of the provider: eu, bund, land or stiftung. */
    level: z.enum(levels.ids).meta({
      title: 'Ebene',
      description: `Ebene des Fördergebers: ${choices(levels)}.`,
    }),
    /** Länder whose municipalities may apply: 'all' or ISO codes. */
    states: stateScope.meta({
      title: 'Länder',
      description: 'Länder, deren Kommunen antragsberechtigt sind: „all“ für ganz Deutschland, sonst eine Liste von Länderkürzeln (ISO 3166-2 ohne „DE-“), z. B. BY, NW.',
    }),
    /** Who may apply. */
    applicants: applicantList.meta({
      title: 'Antragsberechtigte',
      description: `Wer beantragen darf, einer oder mehrere: ${choices(applicantTypes)}.`,
    }),
    /** Inhabitants of an eligible municipality; leave out when the programme sets no limit. */
    population: range({
      min: {
        title: 'Einwohner mindestens',
        description: `Kleinste Einwohnerzahl einer antragsberechtigten Kommune, z. B. 20000 für 20.000 Einwohner. ${plainNumber}. Leer lassen, wenn es keine Untergrenze gibt.`,
      },
      max: {
        title: 'Einwohner höchstens',
        description: `Größte Einwohnerzahl einer antragsberechtigten Kommune, z. B. 100000 für 100.000 Einwohner. ${plainNumber}. Leer lassen, wenn es keine Obergrenze gibt.`,
      },
    })
      .optional()
      .meta({
        title: 'Größe der Kommune (Einwohner)',
        description: 'Einwohnerzahl, die eine antragsberechtigte Kommune haben muss. Nur ausfüllen, wenn das Programm eine Grenze setzt; sonst leer lassen.',
      }),
    /** Strategy stages the programme suits. */
    stages: stageList.meta({
      title: 'Phasen der Digitalstrategie',
      description: `In welchen Phasen der Digitalstrategie das Programm passt, eine oder mehrere: ${choices(stages)}.`,
    }),
    /** Fields of action it funds. */
    fields: fieldList.meta({
      title: 'Handlungsfelder',
      description: `Handlungsfelder, die das Programm fördert, eines oder mehrere: ${choices(fields)}.`,
    }),
    /** How it helps: zuschuss, darlehen, beratung, wettbewerb, sachleistung. */
    fundingTypes: z.array(z.enum(fundingTypes.ids)).min(1).meta({
      title: 'Förderart',
      description: `Wie das Programm hilft, eine oder mehrere: ${choices(fundingTypes)}.`,
    }),
    /** Funding rate in percent of eligible costs, as published; leave out if unknown. Where some applicants get another rate, this is the rate for the others (see specialRates). */
    fundingRate: range(rateEnds('des Programms'))
      .optional()
      .meta({
        title: 'Förderquote in Prozent',
        description: 'Anteil der förderfähigen Kosten, den das Programm trägt, wie veröffentlicht. Gilt für einige Antragsteller ein anderer Satz, steht hier der Satz für alle übrigen (siehe „Abweichende Förderquoten“). Leer lassen, wenn die Quelle keinen Satz nennt – nie schätzen.',
      }),
    /** Rate conditions in words, e.g. „90 % für finanzschwache Kommunen“; stays as published when specialRates carry the figures. */
    fundingRateNote: z.string().optional().meta({
      title: 'Bedingungen der Förderquote',
      description: 'Die Förderquote in Worten, wie veröffentlicht, z. B. „90 % für finanzschwache Kommunen“. Bleibt im Wortlaut stehen, auch wenn „Abweichende Förderquoten“ die Zahlen tragen.',
    }),
    /**
     * Rates the source states only for some applicants (Haushaltsnotlage, finanzschwach …), each
     * checked on the official page; fundingRate then holds the rate for all others. One entry per condition.
     */
    specialRates: z
      .array(specialRate)
      .default([])
      .refine((rates) => new Set(rates.map((r) => r.condition)).size === rates.length, 'jede Bedingung nur einmal angeben')
      .meta({
        title: 'Abweichende Förderquoten',
        description: 'Sätze, die die Quelle nur für einige Antragsteller nennt, z. B. „90 % für Kommunen in Haushaltsnotlage“; jeden erst eintragen, nachdem Sie ihn auf der amtlichen Seite gelesen haben. Je Bedingung ein Eintrag; die „Förderquote in Prozent“ gilt dann für alle übrigen.',
      }),
    /** Amount per project in euros, as published; leave out if unknown. */
    amount: range({
      min: {
        title: 'Förderbetrag mindestens (€)',
        description: `Kleinster Förderbetrag je Vorhaben in Euro, z. B. 10000 für 10.000 €. ${plainNumber}. Leer lassen, wenn die Quelle keinen Mindestbetrag nennt.`,
      },
      max: {
        title: 'Förderbetrag höchstens (€)',
        description: `Größter Förderbetrag je Vorhaben in Euro, z. B. 100000 für 100.000 €. ${plainNumber}. Leer lassen, wenn die Quelle keinen Höchstbetrag nennt.`,
      },
    })
      .optional()
      .meta({
        title: 'Förderbetrag je Vorhaben (€)',
        description: 'Förderbetrag je Vorhaben in Euro, wie veröffentlicht. Leer lassen, wenn die Quelle keinen Betrag nennt – nie schätzen.',
      }),
    /** Own contribution (Eigenanteil) in words, as published. */
    ownContribution: z.string().optional().meta({
      title: 'Eigenanteil',
      description: 'Eigenanteil der Kommune in Worten, wie veröffentlicht, z. B. „mindestens 10 % der förderfähigen Ausgaben“. Leer lassen, wenn die Quelle keinen nennt.',
    }),
    /** Whether it may be combined with other funding; leave out if not published. */
    combinable: z.enum(combinability.ids).optional().meta({
      title: 'Kombinierbar (Kumulierung)',
      description: `Ob das Programm mit anderen Förderungen kombiniert werden darf: ${choices(combinability)}. Leer lassen, wenn die Quelle nichts dazu sagt.`,
    }),
    /** Whether the project may start before approval (vorzeitiger Maßnahmenbeginn). */
    earlyStart: z.boolean().optional().meta({
      title: 'Vorzeitiger Maßnahmenbeginn',
      description: 'Ja (true), wenn das Vorhaben vor der Bewilligung beginnen darf; nein (false), wenn erst danach. Leer lassen, wenn die Quelle es nicht sagt.',
    }),
    /** Status as the official page states it on lastChecked. */
    status: z.enum(programmeStatuses.ids).meta({
      title: 'Status laut amtlicher Quelle',
      description: `Status, wie ihn die amtliche Seite am Tag der Prüfung angibt: ${choices(programmeStatuses)}. Ein offenes Programm braucht Fristen, jährliche Fristen oder einen Hinweis zu Fristen.`,
    }),
    /** Dated deadlines; empty for rolling programmes or calls not yet announced. */
    deadlines: z.array(deadline).default([]).meta({
      title: 'Fristen',
      description: 'Fristen mit Datum. Leer bei Programmen ohne feste Frist und bei Aufrufen, die noch nicht veröffentlicht sind. Läuft ein Programm nach der letzten Frist weiter, gehören die vergangenen Daten in den „Hinweis zu Fristen“.',
    }),
    /** Dates that recur every year; the next occurrence counts like a dated deadline. */
    recurringDeadlines: z.array(recurringDeadline).default([]).meta({
      title: 'Jährliche Fristen',
      description: 'Daten, die jedes Jahr wiederkehren, z. B. ein Stichtag „jedes Jahr zum 15. Januar“. Der nächste Termin zählt wie eine Frist mit Datum.',
    }),
    /** A note on deadlines in words, e.g. „Anträge jederzeit bis 31.12.2027“. */
    deadlineNote: z.string().optional().meta({
      title: 'Hinweis zu Fristen',
      description: 'Die Fristen in Worten, z. B. „Anträge jederzeit bis 31.12.2027“. Daten gehören außerdem als Daten in „Fristen“ oder „Jährliche Fristen“, nie nur in den Text.',
    }),
    /** The usual steps from idea to approval, in order. */
    applicationSteps: z.array(z.string().min(3)).default([]).meta({
      title: 'Schritte zum Antrag',
      description: 'Die üblichen Schritte von der Idee bis zur Bewilligung, in ihrer Reihenfolge; je Schritt ein kurzer Satz.',
    }),
    /** Documents usually needed, e.g. Ratsbeschluss, Kosten- und Finanzierungsplan. */
    documents: z.array(z.string().min(3)).default([]).meta({
      title: 'Unterlagen',
      description: 'Unterlagen, die der Antrag meist braucht, je Eintrag eine, z. B. Ratsbeschluss, Kosten- und Finanzierungsplan.',
    }),
    ...provided,
    /**
     * An umbrella fund (EFRE, ELER/LEADER, ESF Plus, Interreg, Städtebauförderung …):
     * not applied for as such; the Länder or local action groups spend it through programmes of their own.
     */
    umbrella: z.boolean().default(false).meta({
      title: 'Dachfonds',
      description: 'Ja (true) bei einem Dachfonds wie EFRE, ELER/LEADER, ESF Plus, Interreg oder Städtebauförderung: Er wird nicht selbst beantragt, sondern Länder oder lokale Aktionsgruppen geben ihn über eigene Programme aus. Sonst nein (Voreinstellung).',
    }),
    /** Umbrella funds (ids of programmes) whose money this programme spends. */
    fundedBy: refs.meta({
      title: 'Finanziert aus',
      description: 'Kennungen (Dateinamen ohne „.mdx“) der Dachfonds, aus deren Geld dieses Programm fördert, z. B. „efre“. Jeder muss als Programm eingetragen sein.',
    }),
    /** Programmes (ids) this one only co-finances, e.g. a Land top-up to the Bund's Gigabit call. */
    cofinances: refs.meta({
      title: 'Kofinanziert',
      description: 'Kennungen der Programme, die dieses nur kofinanziert, z. B. wenn ein Land die Gigabitförderung des Bundes aufstockt. Sonst leer lassen.',
    }),
    /** Practice examples (ids of their files); checklists and guides come with `provided`. */
    examples: refs.meta({
      title: 'Praxisbeispiele',
      description: 'Kennungen (Dateinamen ohne „.mdx“) der Praxisbeispiele, die zeigen, wie Kommunen das Programm genutzt haben.',
    }),
  })
  .refine((p) => p.status !== 'offen' || p.deadlines.length > 0 || p.recurringDeadlines.length > 0 || p.deadlineNote, {
    message: 'ein offenes Programm braucht deadlines, recurringDeadlines oder deadlineNote',
    path: ['deadlines'],
  })
  .meta({
    title: 'Förderprogramm',
    description: 'Ein Förderprogramm für Kommunen: wer fördert, wen, wie viel und bis wann, geprüft an der amtlichen Quelle.',
  });

export type Programme = z.infer<typeof programmeSchema>;

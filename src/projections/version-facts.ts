/**
 * The facts the change history compares, read from one past version of a
 * programme's frontmatter with the schema's own field rules (so dates, defaults
 * and vocabulary mean what they mean on the page). Only these fields are
 * checked: a version that predates an unrelated schema rule still counts.
 */
import { z } from 'zod';
import type { VersionFacts } from '../core/changes.ts';
import { programmeSchema } from '../schemas/programme.ts';

const { status, fundingRate, fundingRateNote, amount, ownContribution, deadlines, recurringDeadlines, sourceVersion, lastChecked } = programmeSchema.shape;
const factsSchema = z.object({ status, fundingRate, fundingRateNote, amount, ownContribution, deadlines, recurringDeadlines, sourceVersion, lastChecked });

/** The facts of a version, or undefined when they do not hold to the schema (the history then skips that version). */
export function versionFacts(frontmatter: unknown): VersionFacts | undefined {
  const result = factsSchema.safeParse(frontmatter);
  return result.success ? result.data : undefined;
}

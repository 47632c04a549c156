/**
 * The words of a programme status as pages show them: the tag and the next
 * deadline. The build renders them and the browser recomputes them against
 * today's date (status-refresh.ts), from this one function.
 */
import { nextDeadlineText, statusLabel, programmeStatus, type DeadlineTextStyle, type DisplayStatus, type StatusResult, type StatusSource } from './deadlines.ts';

export interface StatusWords {
  id: DisplayStatus;
  label: string;
  /** The next deadline in each style; undefined where there is nothing to say. */
  next: Record<DeadlineTextStyle, string | undefined>;
}

export function statusWords(status: StatusResult, formatDay: (day: string) => string): StatusWords {
  return {
    id: status.status,
    label: statusLabel(status),
    next: { card: nextDeadlineText(status, 'card', formatDay), fact: nextDeadlineText(status, 'fact', formatDay) },
  };
}

/** The status words for `today`, from what a page carries in `data-programme-status`. */
export function refreshedStatus(source: StatusSource, today: string, formatDay: (day: string) => string): StatusWords {
  return statusWords(programmeStatus(source, today), formatDay);
}

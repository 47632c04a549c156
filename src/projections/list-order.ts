/** The order of every entry list on the site. */
import { displayStatuses, type StatusResult } from '../core/deadlines.ts';
import { compareText } from '../core/order.ts';
import type { TypedEntry } from '../schemas/index.ts';

/**
 * Programmes by status (open first, then announced, then closed), then nearest deadline, then title; everything else by
 * title. `statuses` holds each programme's status, computed once for the build.
 */
export function sortEntries<E extends TypedEntry>(entries: E[], statuses: ReadonlyMap<string, StatusResult>): E[] {
  return entries.sort((a, b) => {
    const sa = a.collection === 'programmes' ? statuses.get(a.id) : undefined;
    const sb = b.collection === 'programmes' ? statuses.get(b.id) : undefined;
    if (sa && sb) {
      const order = displayStatuses.indexOf(sa.status) - displayStatuses.indexOf(sb.status);
      if (order !== 0) return order;
      const days = (sa.next?.daysLeft ?? Infinity) - (sb.next?.daysLeft ?? Infinity);
      if (days !== 0 && Number.isFinite(days)) return days;
    }
    return compareText(a.data.title, b.data.title);
  });
}


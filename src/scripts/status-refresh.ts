/**
 * Keeps deadline status honest between builds: every status on a page carries
 * its programme's recorded status and deadlines (`data-programme-status`), and
 * this recomputes the tag and the next deadline against today's date in Berlin,
 * so a site not rebuilt for weeks still shows an expired deadline as expired.
 * Same functions as the build uses.
 */
import { dayInBerlin } from '../core/dates.ts';
import type { DeadlineTextStyle, StatusSource } from '../core/deadlines.ts';
import { formatDate } from '../core/format.ts';
import { refreshedStatus } from '../core/status-view.ts';

const holders = document.querySelectorAll<HTMLElement>('[data-programme-status]');
// Only pages with a status ask for today's date: the first date formatter a page
// builds costs 50–100 ms of locale data, which most pages need not pay.
const today = holders.length ? dayInBerlin(new Date()) : '';
for (const holder of holders) {
  let source: StatusSource;
  try {
    source = JSON.parse(holder.dataset.programmeStatus!) as StatusSource;
  } catch {
    continue; // Unreadable data: keep what the build wrote.
  }
  const words = refreshedStatus(source, today, formatDate);
  for (const tag of holder.querySelectorAll<HTMLElement>('.tag')) {
    tag.className = `tag tag--${words.id}`;
    tag.textContent = words.label;
  }
  for (const slot of holder.querySelectorAll<HTMLElement>('[data-next-deadline]')) {
    const text = words.next[slot.dataset.nextDeadline as DeadlineTextStyle];
    // Cards print the words after the tag; facts stand alone.
    if (text) slot.textContent = slot.dataset.nextDeadline === 'card' ? ` ${text}` : text;
    slot.hidden = !text && slot.dataset.nextDeadline === 'card';
  }
}

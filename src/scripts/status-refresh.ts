/**
 * Keeps deadline status honest between builds: every status tag carries its
 * programme's deadlines, and this recomputes the status against today's date in
 * Berlin, so a site not rebuilt for weeks still shows an expired deadline as
 * expired. Same function as the build uses.
 */
import { dayInBerlin } from '../lib/dates.ts';
import { displayStatusLabels, programmeStatus, type Deadline } from '../lib/deadlines.ts';
import type { ProgrammeStatus } from '../lib/vocabulary.ts';

const tags = document.querySelectorAll<HTMLElement>('[data-programme-status]');
// Only pages with a status ask for today's date: the first date formatter a page
// builds costs 50–100 ms of locale data, which most pages need not pay.
const today = tags.length ? dayInBerlin(new Date()) : '';
for (const tag of tags) {
  try {
    const data = JSON.parse(tag.dataset.programmeStatus!) as { status: ProgrammeStatus; deadlines: Deadline[] };
    const { status } = programmeStatus(data, today);
    tag.className = `tag tag--${status}`;
    tag.textContent = displayStatusLabels[status];
  } catch {
    // A tag without readable data keeps the status the build gave it.
  }
}

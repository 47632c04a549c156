/** The programme records of the open-data exports, built once per build. */
import { entryUrl } from '../core/urls.ts';
import { programmeRecord, type ProgrammeRecord } from '../build/open-data.ts';
import { entriesOf, statusOf } from './entries.ts';

export async function programmeRecords(site: URL): Promise<ProgrammeRecord[]> {
  return Promise.all(
    (await entriesOf('programmes')).map(async (p) =>
      programmeRecord(p.id, p.data, await statusOf(p), new URL(entryUrl('programmes', p.id), site).href),
    ),
  );
}

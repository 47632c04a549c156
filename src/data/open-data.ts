/** The programme records of the open-data exports, built once per build. */
import { entriesOf } from './entries.ts';
import { today } from './today.ts';
import { programmeRecord, type ProgrammeRecord } from '../lib/open-data.ts';
import { entryUrl } from '../lib/urls.ts';

export async function programmeRecords(site: URL): Promise<ProgrammeRecord[]> {
  return (await entriesOf('programmes')).map((p) => programmeRecord(p.id, p.data, today, new URL(entryUrl('programmes', p.id), site).href));
}

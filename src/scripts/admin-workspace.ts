/**
 * The site's parts of the editors' workspace, registered with Decap CMS (which runs
 * first and provides CMS, h and createClass on window):
 * - files written in the house style (core/frontmatter.ts), so a review shows only
 *   what an editor changed, and new files named from the title the team's way
 *   (ä → ae, ß → ss) instead of Decap's (ä → a);
 * - previews that look like the site: its stylesheet, and each entry drawn with the
 *   page's parts (kicker, heading, lead, key facts, text) and the same German words.
 */
import siteCss from '../styles/global.css?url';
import { idFromTitle, readContentFile, writeContentFile } from '../core/frontmatter.ts';
import { CONTENT_FORMAT, KEY_ORDER_FIELD, NEW_ID_FIELD } from '../core/workspace.ts';
import { amountLabel, labelList, rateLabel, stateScopeLabel } from '../core/describe.ts';
import { collectionNames, collections, fundingTypes, programmeStatuses, type CollectionName } from '../core/vocabulary.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS?(): unknown;
}
interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): unknown;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface ImmutableMap extends ImmutableLike {
  set(key: string, value: unknown): ImmutableMap;
}
interface Cms {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): object; toFile(data: Record<string, unknown>, order?: string[]): string }): void;
  registerEventListener(listener: { name: string; handler(event: { entry: ImmutableLike }): unknown }): void;
}
const globals = window as unknown as { CMS?: Cms; h?: H; createClass?: (spec: { render(this: { props: PreviewProps }): unknown }) => unknown };

const plain = (value: unknown): unknown => (value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS!() : value);
const list = (value: unknown): string[] => (Array.isArray(plain(value)) ? (plain(value) as string[]) : []);

/** The key facts of a programme as its page shows them; what is not filled in yet reads „noch nicht angegeben“. */
function programmeFacts(data: ImmutableLike): Array<[string, string | undefined]> {
  const range = (key: string) => plain(data.get(key)) as { min?: number; max?: number } | undefined;
  const states = plain(data.get('states')) as 'all' | string[] | undefined;
  return [
    ['Fördergeber', data.get('provider') as string | undefined],
    ['Förderart', labelList(list(data.get('fundingTypes')) as never[], (id) => fundingTypes.label(id))],
    ['Länder', states ? stateScopeLabel((Array.isArray(states) && states.includes('all') ? 'all' : states) as never) : undefined],
    ['Förderquote', rateLabel(range('fundingRate'), data.get('fundingRateNote') as string | undefined)],
    ['Förderbetrag', amountLabel(range('amount'))],
    ['Status', programmeStatuses.has(data.get('status')) ? programmeStatuses.label(data.get('status') as never) : undefined],
  ];
}

function template(collection: CollectionName) {
  return globals.createClass!({
    render() {
      const h = globals.h!;
      const data = this.props.entry.get('data') as ImmutableLike;
      const facts = collection === 'programmes' ? programmeFacts(data) : [];
      return h(
        'main',
        { className: 'wrap', style: { paddingBlock: '1rem' } },
        h('p', { className: 'kicker muted' }, collections[collection].singular),
        h('h1', null, (data.get('title') as string) || 'Ohne Titel'),
        h('p', { className: 'lead' }, data.get('summary') as string),
        facts.length
          ? h('dl', { className: 'facts' }, ...facts.flatMap(([label, value]) => [h('dt', null, label), h('dd', null, value || h('span', { className: 'unknown' }, 'noch nicht angegeben'))]))
          : null,
        h('section', { className: 'prose' }, this.props.widgetFor('body')),
      );
    },
  });
}

if (globals.CMS && globals.h && globals.createClass) {
  globals.CMS.registerCustomFormat(CONTENT_FORMAT, 'mdx', {
    // Decap keeps data in a hashed map, which loses the file's key order; the order
    // travels with the entry under a key of its own, so an edit moves no line.
    fromFile: (text) => {
      const data = readContentFile(text);
      return { ...data, [KEY_ORDER_FIELD]: Object.keys(data) };
    },
    toFile: ({ [NEW_ID_FIELD]: _id, [KEY_ORDER_FIELD]: fileOrder, ...data }, schemaOrder) =>
      writeContentFile(data, Array.isArray(fileOrder) ? fileOrder : (schemaOrder ?? [])),
  });
  // A new entry's file name comes from this value (the collections' slug template names it); it is not written into the file.
  globals.CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableMap;
      return entry.get('newRecord') ? data.set(NEW_ID_FIELD, idFromTitle(String(data.get('title') ?? ''))) : data;
    },
  });
  globals.CMS.registerPreviewStyle(siteCss);
  for (const name of collectionNames) globals.CMS.registerPreviewTemplate(name, template(name));
}

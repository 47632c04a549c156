/**
 * Previews in the editors' workspace that look like the site: its stylesheet in the
 * preview frame, and each entry drawn with the page's parts (kicker, heading, lead,
 * key facts, text) and the same German words from src/core. Runs after Decap's own
 * script, which provides CMS, h (createElement) and createClass on window.
 */
import siteCss from '../styles/global.css?url';
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
interface Cms {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: unknown): void;
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
  globals.CMS.registerPreviewStyle(siteCss);
  for (const name of collectionNames) globals.CMS.registerPreviewTemplate(name, template(name));
}

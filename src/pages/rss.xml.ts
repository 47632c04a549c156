/** Feed of all programmes, latest change or check first: „what's new since I last looked“. */
import { rssEndpoint } from '../data/feeds.ts';

export const GET = rssEndpoint;

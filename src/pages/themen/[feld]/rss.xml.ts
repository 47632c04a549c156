/** Feed of the programmes of one field of action, beside its page /themen/<feld>/. */
import { rssEndpoint, scopePaths } from '../../../data/feeds.ts';

export const getStaticPaths = () => scopePaths('feld');
export const GET = rssEndpoint;

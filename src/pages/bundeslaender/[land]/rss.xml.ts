/** Feed of the programmes open to municipalities of one Land, beside its page /bundeslaender/<land>/. */
import { rssEndpoint, scopePaths } from '../../../data/feeds.ts';

export const getStaticPaths = () => scopePaths('land');
export const GET = rssEndpoint;

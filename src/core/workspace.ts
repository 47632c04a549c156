/** Names shared by the workspace's configuration (build) and its script (browser). */

/** The file format registered by src/scripts/admin-workspace.ts: frontmatter in the house style. */
export const CONTENT_FORMAT = 'foerderfinder-mdx';
/** Set on a new entry just before saving; the slug template takes the file name from it. */
export const NEW_ID_FIELD = 'neueKennung';
/** Carries a file's key order through the workspace; never written into a file. */
export const KEY_ORDER_FIELD = 'reihenfolgeDerFelder';

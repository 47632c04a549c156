/**
 * Addresses of other sites (official sources, contact pages) in one normal form.
 * Editors paste addresses as browsers show them, umlauts and all; the open data
 * and the JSON Schema beside it promise RFC 3986 URIs, and the source check keys
 * its lock file by address, so the same page must always be spelled the same way.
 */

/**
 * What RFC 3986 allows in path, query and fragment: unreserved characters,
 * sub-delimiters, „:“, „@“, „/“, „?“ and percent escapes. The WHATWG URL class
 * leaves some others raw (`|`, `[`, `]`, `{`, `}`, `^`, a `%` that starts no
 * escape), which strict URI validators reject.
 */
const OUTSIDE_RFC3986 = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|%(?![0-9A-Fa-f]{2})/g;

const escapeRest = (part: string) =>
  part.replace(OUTSIDE_RFC3986, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * The address as an RFC 3986 URI: host in lower case (and Punycode), non-ASCII
 * in path, query and fragment percent-encoded as UTF-8, existing escapes kept.
 * Idempotent. Input that is no absolute URL comes back unchanged, so the schema's
 * own URL check can name the mistake.
 */
export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input;
  }
  // WHATWG parsing already encodes non-ASCII; only ASCII that RFC 3986 forbids is left.
  const pathname = escapeRest(url.pathname);
  if (pathname !== url.pathname) url.pathname = pathname;
  const query = url.search.slice(1);
  if (query && escapeRest(query) !== query) url.search = `?${escapeRest(query)}`;
  const fragment = url.hash.slice(1);
  if (fragment && escapeRest(fragment) !== fragment) url.hash = `#${escapeRest(fragment)}`;
  return url.href;
}

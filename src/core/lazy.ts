/**
 * A value built on first use. Intl formatters are made this way: the first one a
 * page builds loads the browser's locale data, which takes 50–100 ms on the main
 * thread, and most pages that import the formatting module never format anything.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

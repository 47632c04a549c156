import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/core/lazy.ts';

describe('lazy', () => {
  it('builds nothing until the value is asked for', () => {
    let builds = 0;
    lazy(() => ++builds);
    expect(builds).toBe(0);
  });

  it('builds once and hands out the same value afterwards', () => {
    let builds = 0;
    const get = lazy(() => ({ build: ++builds }));
    const first = get();
    expect(get()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a value that is undefined instead of building it again', () => {
    let builds = 0;
    const get = lazy(() => {
      builds++;
      return undefined;
    });
    get();
    get();
    expect(builds).toBe(1);
  });
});

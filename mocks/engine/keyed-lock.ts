/**
 * Runs async work one at a time per key. The engine's checks hash secrets and so yield; without
 * this, fifty parallel calls all pass the same check before any of them writes (issue 11, defect 2).
 * Work under one key runs in arrival order; different keys run side by side.
 */
export type Exclusive = <T>(key: string, run: () => Promise<T>) => Promise<T>;

export function createKeyedLock(): Exclusive {
  const tails = new Map<string, Promise<void>>();
  return async function exclusive<T>(key: string, run: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    tails.set(key, tail);
    await previous;
    try {
      return await run();
    } finally {
      release();
      // The last in line leaves no entry behind, so keys of one-off callers don't pile up.
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

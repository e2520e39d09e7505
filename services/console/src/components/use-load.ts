import { useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  reload(): void;
}

/** Loads what `load` answers whenever its dependencies change; `reload` loads it again. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (!current) return;
        setError(e);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function at every render; its inputs are the dependencies given.
  }, [...deps, round]);
  return { data, error, reload: () => setRound((r) => r + 1) };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftStore } from './draft-storage';

export interface DraftControl<T> {
  draft: T;
  /** Changes the draft; it is saved at once. */
  update(change: Partial<T> | ((draft: T) => T)): void;
  /** Forgets the stored draft (after it was sent) and starts a fresh one. */
  discard(): void;
}

/**
 * A form's draft that survives a reload: read from the store once, written back on every
 * change. A fresh draft (with its own idempotency key) starts only after `discard`.
 */
export function useDraft<T>(store: DraftStore<T>, create: () => T): DraftControl<T> {
  const [draft, setDraft] = useState<T>(() => store.load() ?? create());
  const discarded = useRef(false);
  useEffect(() => {
    if (discarded.current) {
      discarded.current = false;
      return;
    }
    store.save(draft);
  }, [store, draft]);
  const update = useCallback(
    (change: Partial<T> | ((draft: T) => T)) =>
      setDraft((current) => (typeof change === 'function' ? change(current) : { ...current, ...change })),
    [],
  );
  const discard = useCallback(() => {
    store.clear();
    discarded.current = true;
    setDraft(create());
  }, [store, create]);
  return { draft, update, discard };
}

import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads when it is first opened, so a portal's first page loads only what
 * it needs (issue 10, docs/performance.md): `lazyPage(() => import('./units/units-page'), 'UnitsPage')`
 * for a module that exports the page by name.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): M[K] {
  return lazy(async () => ({ default: (await load())[name] })) as unknown as M[K];
}

import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '@tjxf/tokens';
import type { FastifyBaseLogger } from 'fastify';
import type { Loaders } from './loaders.js';

/** What every resolver of every subgraph gets. Services extend it with their own parts. */
export interface BaseContext {
  viewer: Viewer;
  /** A fork of the service's EntityManager for this request only. */
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: FastifyBaseLogger;
}

// Migrations of the identity schema, in order. New ones: `pnpm migration:create identity`.
import { Migration20261127055717 } from './Migration20261127055717.js';
import { Migration20261130082805 } from './Migration20261130082805.js';
import { Migration20261130174503 } from './Migration20261130174503.js';
import { Migration20261130220000_session_retention } from './Migration20261130220000_session_retention.js';

export const migrations = [
  Migration20261127055717,
  Migration20261130082805,
  Migration20261130174503,
  Migration20261130220000_session_retention,
];

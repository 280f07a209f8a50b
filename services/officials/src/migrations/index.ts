// Migrations of the officials schema, in order. New ones: `pnpm migration:create officials`.
import { Migration20261127055921 } from './Migration20261127055921.js';

export const migrations = [Migration20261127055921];

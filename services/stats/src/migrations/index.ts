// Migrations of the stats schema, in order. New ones: `pnpm migration:create stats`.
import { Migration20261127055949 } from './Migration20261127055949.js';

export const migrations = [Migration20261127055949];

// Migrations of the units schema, in order. New ones: `pnpm migration:create units`.
import { Migration20261127055505 } from './Migration20261127055505.js';
import { Migration20261130150000_calendar } from './Migration20261130150000_calendar.js';

export const migrations = [Migration20261127055505, Migration20261130150000_calendar];

// Migrations of the stats schema, in order. New ones: `pnpm migration:create stats`.
import { Migration20261127055949 } from './Migration20261127055949.js';
import { Migration20261130223000_admin_kpi_weights } from './Migration20261130223000_admin_kpi_weights.js';

export const migrations = [Migration20261127055949, Migration20261130223000_admin_kpi_weights];

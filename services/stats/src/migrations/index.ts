// Migrations of the stats schema, in order. New ones: `pnpm migration:create stats`.
import { Migration20261127055949 } from './Migration20261127055949.js';
import { Migration20261130223000_admin_kpi_weights } from './Migration20261130223000_admin_kpi_weights.js';
import { Migration20261201013000_stats_projections } from './Migration20261201013000_stats_projections.js';

export const migrations = [
  Migration20261127055949,
  Migration20261130223000_admin_kpi_weights,
  Migration20261201013000_stats_projections,
];

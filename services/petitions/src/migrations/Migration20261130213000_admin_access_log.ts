import { Migration } from '@mikro-orm/migrations';

// The administration console's personal-data access log (issue 10): every filter it offers is
// served by an index, newest first within it (account and petition had theirs already).
export class Migration20261130213000_admin_access_log extends Migration {
  override name = 'Migration20261130213000_admin_access_log';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "personal_data_access_unit_id_at_index" on "petitions"."personal_data_access" ("unit_id", "at");`,
    );
    this.addSql(
      `create index "personal_data_access_field_at_index" on "petitions"."personal_data_access" ("field", "at");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "petitions"."personal_data_access_unit_id_at_index";`);
    this.addSql(`drop index "petitions"."personal_data_access_field_at_index";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Sessions long expired are cleared hourly: the delete finds them by their expiry. */
export class Migration20261130220000_session_retention extends Migration {
  override name = 'Migration20261130220000_session_retention';

  override up(): void | Promise<void> {
    this.addSql(`create index "session_expires_at_index" on "identity"."session" ("expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "identity"."session_expires_at_index";`);
  }
}

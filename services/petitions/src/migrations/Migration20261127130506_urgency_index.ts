import { Migration } from '@mikro-orm/migrations';

export class Migration20261127130506_urgency_index extends Migration {

  override name = 'Migration20261127130506_urgency_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "petitions"."petition_current_due_at_id_index";`);
    this.addSql(`create index "petition_urgency_index" on "petitions"."petition" ("current_due_at", "received_at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "petitions"."petition_urgency_index";`);
    this.addSql(`create index "petition_current_due_at_id_index" on "petitions"."petition" ("current_due_at", "id");`);
  }

}

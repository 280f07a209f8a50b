import { Migration } from '@mikro-orm/migrations';

export class Migration20261127101600_task_report extends Migration {

  override name = 'Migration20261127101600_task_report';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition_task" add "reported_by_id" uuid null, add "overdue_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition_task" drop column "reported_by_id", drop column "overdue_at";`);
  }

}

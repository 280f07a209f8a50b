import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100639_hearing extends Migration {

  override name = 'Migration20261127100639_hearing';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."deadline" add "paused_at" timestamptz null, add "paused_days" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."deadline" drop column "paused_at", drop column "paused_days";`);
  }

}

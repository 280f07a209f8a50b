import { Migration } from '@mikro-orm/migrations';

export class Migration20261127104210_recusal extends Migration {

  override name = 'Migration20261127104210_recusal';

  override up(): void | Promise<void> {
    this.addSql(`create table "petitions"."recusal" ("id" uuid not null, "petition_id" uuid not null, "account_id" uuid not null, "reason" text not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "recusal_petition_id_index" on "petitions"."recusal" ("petition_id");`);
    this.addSql(`alter table "petitions"."recusal" add constraint "recusal_petition_account_unique" unique ("petition_id", "account_id");`);

    this.addSql(`alter table "petitions"."recusal" add constraint "recusal_petition_id_foreign" foreign key ("petition_id") references "petitions"."petition" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."recusal" cascade;`);
  }

}

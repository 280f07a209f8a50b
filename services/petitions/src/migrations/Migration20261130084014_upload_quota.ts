import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084014_upload_quota extends Migration {

  override name = 'Migration20261130084014_upload_quota';

  override up(): void | Promise<void> {
    this.addSql(`create table "petitions"."upload_quota" ("address" varchar(64) not null, "window_start" timestamptz not null, "files" int not null, "bytes" bigint not null, primary key ("address", "window_start"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."upload_quota" cascade;`);
  }

}

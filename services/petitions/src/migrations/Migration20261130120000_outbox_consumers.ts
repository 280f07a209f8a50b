import { Migration } from '@mikro-orm/migrations';

export class Migration20261130120000_outbox_consumers extends Migration {

  override name = 'Migration20261130120000_outbox_consumers';

  override up(): void | Promise<void> {
    // events already written get the migration's transaction: older than any to come
    this.addSql(`alter table "petitions"."outbox_event" add column "version" int not null default 1, add column "tx_id" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "outbox_event_tx_id_seq_index" on "petitions"."outbox_event" ("tx_id", "seq");`);
    this.addSql(`create table "petitions"."consumer_cursor" ("consumer" varchar(60) not null, "last_tx_id" xid8 not null default '0', "last_seq" bigint not null default '0', "delivered" bigint not null default '0', "updated_at" timestamptz null, primary key ("consumer"));`);
    this.addSql(`create table "petitions"."petition_audit_event" ("position" bigserial primary key, "seq" bigint not null, "petition_id" uuid not null, "type" varchar(60) not null, "version" int not null, "occurred_at" timestamptz not null, "payload" jsonb not null);`);
    this.addSql(`alter table "petitions"."petition_audit_event" add constraint "petition_audit_event_seq_unique" unique ("seq");`);
    this.addSql(`create index "petition_audit_event_petition_id_position_index" on "petitions"."petition_audit_event" ("petition_id", "position");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."petition_audit_event" cascade;`);
    this.addSql(`drop table if exists "petitions"."consumer_cursor" cascade;`);
    this.addSql(`drop index "petitions"."outbox_event_tx_id_seq_index";`);
    this.addSql(`alter table "petitions"."outbox_event" drop column "tx_id", drop column "version";`);
  }

}

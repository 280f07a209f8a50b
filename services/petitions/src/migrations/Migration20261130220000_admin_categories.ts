import { Migration } from '@mikro-orm/migrations';

// The administrator edits the category tree (issue 10): each change is audited in the
// petitions schema's own audit trail, in the change's transaction.
export class Migration20261130220000_admin_categories extends Migration {
  override name = 'Migration20261130220000_admin_categories';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "petitions"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "action" varchar(40) not null, "subject" varchar(60) not null, "detail" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_at_index" on "petitions"."audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "petitions"."audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_subject_index" on "petitions"."audit_entry" ("subject");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "petitions"."audit_entry" cascade;`);
  }
}

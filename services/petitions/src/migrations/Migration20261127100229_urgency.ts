import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100229_urgency extends Migration {

  override name = 'Migration20261127100229_urgency';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition" add "current_due_at" timestamptz null;`);
    this.addSql(`create index "petition_current_due_at_id_index" on "petitions"."petition" ("current_due_at", "id");`);
    // petitions already stored: their running duty clock (windows do not count)
    this.addSql(`update "petitions"."petition" p set "current_due_at" = (select min(d."due_at") from "petitions"."deadline" d where d."petition_id" = p."id" and d."met_at" is null and d."closed_at" is null and d."kind" not in ('OBJECTION', 'REVIEW_REQUEST', 'RE_REVIEW_REQUEST'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "petitions"."petition_current_due_at_id_index";`);
    this.addSql(`alter table "petitions"."petition" drop column "current_due_at";`);
  }

}

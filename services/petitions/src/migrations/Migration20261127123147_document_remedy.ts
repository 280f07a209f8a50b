import { Migration } from '@mikro-orm/migrations';

export class Migration20261127123147_document_remedy extends Migration {

  override name = 'Migration20261127123147_document_remedy';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition_document" add "remedy" text null;`);
    // opinions issued before: what the petitioner may do next was the last line of their text
    this.addSql(
      `update "petitions"."petition_document" set "remedy" = regexp_replace("text", '^.*\\n', '') where "kind" in ('REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'MEDIATION_AGREEMENT');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition_document" drop column "remedy";`);
  }

}

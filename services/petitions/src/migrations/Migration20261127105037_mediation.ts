import { Migration } from '@mikro-orm/migrations';

export class Migration20261127105037_mediation extends Migration {

  override name = 'Migration20261127105037_mediation';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition" add "mediated" boolean not null default false;`);

    this.addSql(`alter table "petitions"."petition_document" drop constraint "petition_document_kind_check";`);
    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT', 'MEDIATION_AGREEMENT'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."petition" drop column "mediated";`);

    this.addSql(`alter table "petitions"."petition_document" drop constraint "petition_document_kind_check";`);
    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT'));`);
  }

}

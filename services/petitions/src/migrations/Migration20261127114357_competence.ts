import { Migration } from '@mikro-orm/migrations';

export class Migration20261127114357_competence extends Migration {

  override name = 'Migration20261127114357_competence';

  override up(): void | Promise<void> {
    this.addSql(`alter table "petitions"."deadline" drop constraint "deadline_kind_check";`);
    this.addSql(`alter table "petitions"."deadline" add constraint "deadline_kind_check" check ("kind" in ('DISPOSAL', 'ACCEPTANCE', 'OBJECTION', 'HANDLING', 'REVIEW_REQUEST', 'REVIEW', 'RE_REVIEW_REQUEST', 'RE_REVIEW', 'COMPETENCE_DECISION'));`);

    this.addSql(`alter table "petitions"."petition_document" drop constraint "petition_document_kind_check";`);
    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'COMPETENCE_REFERRAL', 'COMPETENCE_DECISION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT', 'MEDIATION_AGREEMENT'));`);

    this.addSql(`alter table "petitions"."petition_task" drop constraint "petition_task_kind_check";`);
    this.addSql(`alter table "petitions"."petition_task" add constraint "petition_task_kind_check" check ("kind" in ('LEAD', 'CO_HANDLING', 'COMPLETION_REPORT', 'FOLLOW_UP', 'COMPETENCE_DECISION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "petitions"."deadline" drop constraint "deadline_kind_check";`);
    this.addSql(`alter table "petitions"."deadline" add constraint "deadline_kind_check" check ("kind" in ('DISPOSAL', 'ACCEPTANCE', 'OBJECTION', 'HANDLING', 'REVIEW_REQUEST', 'REVIEW', 'RE_REVIEW_REQUEST', 'RE_REVIEW'));`);

    this.addSql(`alter table "petitions"."petition_document" drop constraint "petition_document_kind_check";`);
    this.addSql(`alter table "petitions"."petition_document" add constraint "petition_document_kind_check" check ("kind" in ('REDIRECT_NOTICE', 'ACCEPTANCE_NOTICE', 'DECLINE_NOTICE', 'OBJECTION', 'EXTENSION_NOTICE', 'REPLY', 'REVIEW_DECISION', 'RE_REVIEW_DECISION', 'COMPLETION_REPORT', 'MEDIATION_AGREEMENT'));`);

    this.addSql(`alter table "petitions"."petition_task" drop constraint "petition_task_kind_check";`);
    this.addSql(`alter table "petitions"."petition_task" add constraint "petition_task_kind_check" check ("kind" in ('LEAD', 'CO_HANDLING', 'COMPLETION_REPORT', 'FOLLOW_UP'));`);
  }

}

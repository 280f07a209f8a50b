// Migrations of the petitions schema, in order. New ones: `pnpm migration:create petitions`.
import { Migration20261127055846 } from './Migration20261127055846.js';
import { Migration20261127072855_intake } from './Migration20261127072855_intake.js';
import { Migration20261127085849_search_vector } from './Migration20261127085849_search_vector.js';
import { Migration20261127093510_procedure } from './Migration20261127093510_procedure.js';
import { Migration20261127095308_supervision } from './Migration20261127095308_supervision.js';
import { Migration20261127100229_urgency } from './Migration20261127100229_urgency.js';
import { Migration20261127100639_hearing } from './Migration20261127100639_hearing.js';
import { Migration20261127101600_task_report } from './Migration20261127101600_task_report.js';
import { Migration20261127104210_recusal } from './Migration20261127104210_recusal.js';
import { Migration20261127105037_mediation } from './Migration20261127105037_mediation.js';
import { Migration20261127114357_competence } from './Migration20261127114357_competence.js';
import { Migration20261127123147_document_remedy } from './Migration20261127123147_document_remedy.js';
import { Migration20261127130506_urgency_index } from './Migration20261127130506_urgency_index.js';
import { Migration20261130083038_disclosure } from './Migration20261130083038_disclosure.js';
import { Migration20261130084014_upload_quota } from './Migration20261130084014_upload_quota.js';
import { Migration20261130120000_rule_of_orders_and_tasks } from './Migration20261130120000_rule_of_orders_and_tasks.js';
import { Migration20261130120000_outbox_consumers } from './Migration20261130120000_outbox_consumers.js';
import { Migration20261130150000_calendar } from './Migration20261130150000_calendar.js';
import { Migration20261130180000_official_texts } from './Migration20261130180000_official_texts.js';
import { Migration20261130190000_key_person_register } from './Migration20261130190000_key_person_register.js';
import { Migration20261130213000_admin_access_log } from './Migration20261130213000_admin_access_log.js';
import { Migration20261130220000_admin_categories } from './Migration20261130220000_admin_categories.js';
import { Migration20261130213000_hand_off } from './Migration20261130213000_hand_off.js';
import { Migration20261130220000_hearing_record } from './Migration20261130220000_hearing_record.js';
import { Migration20261130213000_front_desk } from './Migration20261130213000_front_desk.js';
import { Migration20261201021500_h_gen_scope_count_index } from './Migration20261201021500_h_gen_scope_count_index.js';

export const migrations = [
  Migration20261127055846,
  Migration20261127072855_intake,
  Migration20261127085849_search_vector,
  Migration20261127093510_procedure,
  Migration20261127095308_supervision,
  Migration20261127100229_urgency,
  Migration20261127100639_hearing,
  Migration20261127101600_task_report,
  Migration20261127104210_recusal,
  Migration20261127105037_mediation,
  Migration20261127114357_competence,
  Migration20261127123147_document_remedy,
  Migration20261127130506_urgency_index,
  Migration20261130083038_disclosure,
  Migration20261130084014_upload_quota,
  Migration20261130120000_rule_of_orders_and_tasks,
  Migration20261130120000_outbox_consumers,
  Migration20261130150000_calendar,
  Migration20261130180000_official_texts,
  Migration20261130190000_key_person_register,
  Migration20261130213000_admin_access_log,
  Migration20261130220000_admin_categories,
  Migration20261130213000_hand_off,
  Migration20261130220000_hearing_record,
  Migration20261130213000_front_desk,
  Migration20261201021500_h_gen_scope_count_index,
];

import { KpiCode } from '../kpi/kpi-weight.entity.js';
import type { KpiUnitRole } from './statistics.type.js';

interface Formula {
  zh: string;
  en: string;
}

/** One formula for both roles. */
const both = (zh: string, en: string): Record<KpiUnitRole, Formula> => ({
  PETITION_OFFICE: { zh, en },
  RESPONSIBLE_UNIT: { zh, en },
});

/** A KPI's formula as a leader reads it, per role (docs/kpis.md gives each with its edge cases). */
export const KPI_FORMULAS: Record<KpiCode, Record<KpiUnitRole, Formula>> = {
  [KpiCode.TIMELY_ACCEPTANCE_RATE]: {
    PETITION_OFFICE: {
      zh: '按期登记处理件数 ÷ 应登记处理件数',
      en: 'petitions disposed of in time ÷ disposal deadlines decided',
    },
    RESPONSIBLE_UNIT: {
      zh: '按期受理告知件数 ÷ 应受理告知件数',
      en: 'petitions accepted in time ÷ acceptance deadlines decided',
    },
  },
  [KpiCode.ON_TIME_COMPLETION_RATE]: both(
    '按期办结件数 ÷ 应办结件数',
    'completed in time ÷ completion deadlines decided',
  ),
  [KpiCode.REPEAT_PETITION_RATE]: {
    PETITION_OFFICE: { zh: '重复信访件数 ÷ 登记信访件数', en: 'repeat petitions ÷ petitions registered' },
    RESPONSIBLE_UNIT: {
      zh: '就本单位承办事项重复信访件数 ÷ 本单位承办件数',
      en: 'repeats of petitions the unit led ÷ petitions the unit led',
    },
  },
  [KpiCode.EVALUATION_RATE]: both('已评价答复件数 ÷ 答复件数', 'replies rated ÷ replies'),
  [KpiCode.SATISFACTION_RATE]: both(
    '（满意 + 基本满意）件数 ÷ 参评件数',
    '(satisfied + basically satisfied) ÷ ratings',
  ),
  [KpiCode.ONLINE_SHARE]: {
    PETITION_OFFICE: { zh: '网上信访件数 ÷ 登记信访件数', en: 'online petitions ÷ petitions registered' },
    RESPONSIBLE_UNIT: {
      zh: '网上信访件数 ÷ 登记信访件数（责任单位不登记）',
      en: 'online ÷ registered (units register none)',
    },
  },
  [KpiCode.CASE_OWNERSHIP_RESOLUTION_RATE]: both(
    '包案化解件数 ÷ 领导包案件数',
    'owned cases resolved ÷ cases owned by leaders',
  ),
};

/** A KPI's name as official texts give it (the annual report's workbook reads it from the API). */
export const KPI_NAMES: Record<KpiCode, Formula> = {
  [KpiCode.TIMELY_ACCEPTANCE_RATE]: { zh: '及时受理率', en: 'Timely acceptance rate' },
  [KpiCode.ON_TIME_COMPLETION_RATE]: { zh: '按期办结率', en: 'On-time completion rate' },
  [KpiCode.REPEAT_PETITION_RATE]: { zh: '重复信访率', en: 'Repeat petition rate' },
  [KpiCode.EVALUATION_RATE]: { zh: '参评率', en: 'Evaluation rate' },
  [KpiCode.SATISFACTION_RATE]: { zh: '满意率', en: 'Satisfaction rate' },
  [KpiCode.ONLINE_SHARE]: { zh: '网上信访占比', en: 'Online share' },
  [KpiCode.CASE_OWNERSHIP_RESOLUTION_RATE]: { zh: '领导包案化解率', en: 'Case ownership resolution rate' },
};

/** A rate, or null when there is nothing to divide by. */
export const rateOf = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

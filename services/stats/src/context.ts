import type { BaseContext } from '@tjxf/subgraph-kit';
import { KpiWeightService } from './kpi/kpi-weight.service.js';

export interface StatsContext extends BaseContext {
  kpiWeights: KpiWeightService;
}

export const createContext = (base: BaseContext): StatsContext => ({
  ...base,
  kpiWeights: new KpiWeightService(base.em, base.viewer),
});

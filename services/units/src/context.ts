import type { BaseContext } from '@tjxf/subgraph-kit';
import { UnitService } from './unit/unit.service.js';

export interface UnitsContext extends BaseContext {
  units: UnitService;
}

export const createContext = (base: BaseContext): UnitsContext => ({
  ...base,
  units: new UnitService(base.em, base.loaders),
});

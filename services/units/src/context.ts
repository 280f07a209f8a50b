import type { BaseContext } from '@tjxf/subgraph-kit';
import { CalendarService } from './calendar/calendar.service.js';
import { UnitService } from './unit/unit.service.js';

export interface UnitsContext extends BaseContext {
  units: UnitService;
  calendar: CalendarService;
}

export const createContext = (base: BaseContext): UnitsContext => ({
  ...base,
  units: new UnitService(base.em, base.loaders),
  calendar: new CalendarService(base.em),
});

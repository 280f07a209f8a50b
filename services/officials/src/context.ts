import type { BaseContext } from '@tjxf/subgraph-kit';
import { OfficialService } from './official/official.service.js';

export interface OfficialsContext extends BaseContext {
  officials: OfficialService;
}

export const createContext = (base: BaseContext): OfficialsContext => ({
  ...base,
  officials: new OfficialService(base.em, base.loaders),
});

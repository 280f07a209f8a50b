import type { BaseContext } from '@tjxf/subgraph-kit';
import { PetitionService } from './petition/petition.service.js';

export interface PetitionsContext extends BaseContext {
  petitions: PetitionService;
}

export const createContext = (base: BaseContext): PetitionsContext => ({
  ...base,
  petitions: new PetitionService(base.em, base.loaders, base.viewer),
});

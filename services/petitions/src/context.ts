import type { BaseContext } from '@tjxf/subgraph-kit';
import { CategoryService } from './category/category.service.js';
import { IntakeService, type IntakeOptions } from './intake/intake.service.js';
import type { PersonalDataCipher } from './personal-data/cipher.js';
import { PetitionService } from './petition/petition.service.js';
import { TrackingService, type TrackingThrottle } from './tracking/tracking.service.js';

export interface PetitionsContext extends BaseContext {
  petitions: PetitionService;
  intake: IntakeService;
  tracking: TrackingService;
  categories: CategoryService;
}

export interface PetitionsDependencies {
  cipher: PersonalDataCipher;
  trackingThrottle: TrackingThrottle;
  intake: IntakeOptions;
}

export const contextFactory =
  (deps: PetitionsDependencies) =>
  (base: BaseContext): PetitionsContext => ({
    ...base,
    petitions: new PetitionService(base.em, base.loaders, base.viewer, deps.cipher),
    intake: new IntakeService(base.em, base.viewer, deps.cipher, deps.intake),
    tracking: new TrackingService(base.em, base.viewer, deps.trackingThrottle),
    categories: new CategoryService(base.em),
  });

import type { BaseContext } from '@tjxf/subgraph-kit';
import { AccessLogService } from './personal-data/access-log.service.js';
import { CategoryAdminService } from './category/category-admin.service.js';
import { CategoryService } from './category/category.service.js';
import { FrontDeskService } from './front-desk/front-desk.service.js';
import { IntakeService, type IntakeOptions } from './intake/intake.service.js';
import { KeyPersonService } from './key-person/key-person.service.js';
import type { PersonalDataCipher } from './personal-data/cipher.js';
import { PersonalDataService } from './personal-data/personal-data.service.js';
import { PetitionAuditService } from './outbox/petition-audit/petition-audit.service.js';
import { PetitionService } from './petition/petition.service.js';
import type { ListBounds } from './petition/list-bounds.js';
import { ProcedureService } from './procedure/procedure.service.js';
import { SupervisionService } from './supervision/supervision.service.js';
import { TrackingService, type TrackingThrottle } from './tracking/tracking.service.js';
import type { UnitLookup } from './unit-directory/unit-directory.service.js';
import type { CalendarLookup } from './calendar/work-calendar.service.js';
import type { CitizenPhones } from './citizen-link/identity-client.js';
import { PetitionLinkService } from './citizen-link/petition-link.service.js';

export interface PetitionsContext extends BaseContext {
  petitions: PetitionService;
  petitionAudit: PetitionAuditService;
  personalData: PersonalDataService;
  accessLog: AccessLogService;
  intake: IntakeService;
  frontDesk: FrontDeskService;
  tracking: TrackingService;
  categories: CategoryService;
  categoryAdmin: CategoryAdminService;
  keyPersons: KeyPersonService;
  procedure: ProcedureService;
  supervision: SupervisionService;
  links: PetitionLinkService;
}

export interface PetitionsDependencies {
  cipher: PersonalDataCipher;
  trackingThrottle: TrackingThrottle;
  intake: IntakeOptions;
  directory: UnitLookup | null;
  /** The work calendar (the units subgraph's, with the published arrangements). */
  calendars: CalendarLookup;
  /** The procedure's clock; tests drive it. */
  clock?: () => Date;
  /** Citizens' verified phones and one-time codes (the identity service). */
  phones: CitizenPhones;
  /** How far lists count and searches rank (`LIST_COUNT_BOUND`, `SEARCH_RANKED_MATCHES`). */
  lists?: ListBounds;
}

export const contextFactory =
  (deps: PetitionsDependencies) =>
  (base: BaseContext): PetitionsContext => {
    // one per request, shared by tracking and rating by tracking code: one look-up per request
    const tracking = new TrackingService(base.em, base.viewer, deps.trackingThrottle, {
      phones: deps.phones,
      cipher: deps.cipher,
    });
    const personalData = new PersonalDataService(base.em, base.loaders, base.viewer, deps.cipher);
    const petitions = new PetitionService(
      base.em,
      base.loaders,
      base.viewer,
      personalData,
      deps.cipher,
      deps.clock,
      deps.lists,
    );
    return {
      ...base,
      petitions,
      petitionAudit: new PetitionAuditService(base.em, base.viewer, petitions, personalData),
      personalData,
      accessLog: new AccessLogService(base.em),
      intake: new IntakeService(base.em, base.viewer, deps.cipher, deps.intake, deps.directory, deps.calendars),
      frontDesk: new FrontDeskService(base.em, base.viewer, deps.cipher, deps.directory),
      tracking,
      categories: new CategoryService(base.em),
      categoryAdmin: new CategoryAdminService(base.em, base.viewer),
      keyPersons: new KeyPersonService(base.em, base.viewer, deps.cipher),
      procedure: new ProcedureService(base.em, base.viewer, deps.directory, deps.calendars, deps.clock, tracking),
      links: new PetitionLinkService(base.em, base.viewer, tracking, deps.phones, deps.cipher, deps.clock),
      supervision: new SupervisionService(
        base.em,
        base.loaders,
        base.viewer,
        deps.directory,
        deps.calendars,
        deps.clock,
      ),
    };
  };

import { defineRule, forbidden, rootFieldOf, rules, unauthenticated, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { CategoryResolver } from './category/category.resolver.js';
import { DeadlineResolver } from './deadline/deadline.resolver.js';
import { PetitionLinkResolver } from './citizen-link/petition-link.resolver.js';
import { FrontDeskResolver } from './front-desk/front-desk.resolver.js';
import { IntakeResolver } from './intake/intake.resolver.js';
import { PetitionAuditResolver } from './outbox/petition-audit/petition-audit.resolver.js';
import { HandOffResolver } from './hand-off/hand-off.resolver.js';
import { ProcedureRecordsResolver } from './procedure/records.resolver.js';
import { KeyPersonAccessResolver, KeyPersonResolver } from './key-person/key-person.resolver.js';
import { AccessLogResolver } from './personal-data/access-log.resolver.js';
import { PersonalDataAccessResolver } from './personal-data/personal-data-access.resolver.js';
import { petitionReference } from './petition/petition.reference.js';
import { HistoryEntryResolver, PetitionerResolver, PetitionResolver } from './petition/petition.resolver.js';
import type { PetitionType } from './petition/petition.type.js';
import { PetitionTaskResolver, ProcedureResolver, TrackingDocumentsResolver } from './procedure/procedure.resolver.js';
import { PetitionSupervisionResolver, SupervisionResolver } from './supervision/supervision.resolver.js';
import { TrackingResolver } from './tracking/tracking.resolver.js';

/** The petition a citizen just submitted: its receipt, even without an account. */
const justSubmitted = defineRule('justSubmitted', (_parent, ctx, info) =>
  rootFieldOf(info) === 'submitPetition' ? true : ctx.viewer.accountId ? forbidden() : unauthenticated(),
);
/** A petition the signed-in citizen filed. */
const ownPetition = defineRule<PetitionType>('ownPetition', (petition, ctx) =>
  Boolean(ctx.viewer.accountId) && petition.submitterAccountId === ctx.viewer.accountId ? true : forbidden(),
);
const readPetition = rules.any(rules.can('petition:read'), ownPetition, justSubmitted);
const staffOnly = rules.can('petition:read');

export const petitionsRules: RuleTree = {
  Query: {
    petition: rules.any(rules.can('petition:read'), rules.can('petition:read-own')),
    petitions: rules.can('petition:read'),
    petitionStatusCounts: rules.can('petition:read'),
    myPetitions: rules.can('petition:read-own'),
    categories: rules.allow,
    trackPetition: rules.can('petition:track'),
    personalDataAccesses: rules.can('personal-data:audit'),
    myPersonalDataAccesses: rules.can('petition:read-own'),
    petitionEvents: rules.can('petition:read-events'),
    supervisionOrders: staffOnly,
    keyPersons: rules.can('key-person:manage'),
    keyPersonAccesses: rules.can('key-person:audit'),
    // the administration console (issue 10)
    personalDataAccessLog: rules.can('personal-data:read-log'),
    // issue 11: a person asks whether they are marked; the leaders read the area's log
    keyPersonEnquiry: rules.can('key-person:manage'),
    keyPersonAccessLog: rules.can('key-person:audit'),
    // the front desk looks the person up before registering (issue 11)
    petitionerHistory: rules.can('petition:register'),
  },
  Mutation: {
    submitPetition: rules.can('petition:submit'),
    registerPetition: rules.can('petition:register'),
    // a coarse gate by role; the procedure checks the unit, the area and the clock
    disposePetition: rules.can('petition:dispose'),
    acceptPetition: rules.can('petition:handle'),
    declinePetition: rules.can('petition:handle'),
    objectToPetition: rules.can('petition:handle'),
    referCompetenceDispute: rules.can('petition:dispose'),
    decideCompetence: rules.can('petition:decide-competence'),
    replyToPetition: rules.can('petition:handle'),
    extendHandling: rules.can('petition:extend'),
    evaluatePetition: rules.can('petition:evaluate'),
    requestReview: rules.can('petition:request-review'),
    // proven by a one-time code sent to the phone on the petition (issue 10)
    trackPetitionByPhone: rules.can('petition:track'),
    requestReviewByPhone: rules.can('petition:track'),
    // a citizen's own account; the service checks the tracking code, ending and verified phone
    linkPetition: rules.can('petition:read-own'),
    decideReview: rules.can('petition:decide-review'),
    holdHearing: rules.can('petition:decide-review'),
    // the service checks which: a unit's handling, or the follow-up of a rating (issue 11)
    completeTask: rules.any(rules.can('petition:handle'), rules.can('petition:follow-up')),
    recuse: rules.can('petition:read'),
    endHearing: rules.can('petition:decide-review'),
    issueSupervisionOrder: rules.can('supervision:issue'),
    answerSupervisionOrder: rules.can('supervision:answer'),
    addKeyPerson: rules.can('key-person:manage'),
    removeKeyPerson: rules.can('key-person:manage'),
    // the administration console (issue 10)
    addCategory: rules.can('category:manage'),
    renameCategory: rules.can('category:manage'),
    retireCategory: rules.can('category:manage'),
    setCategoryHot: rules.can('category:manage'),
    // issue 11: hand-offs to mediation or a legal channel (R-MED); the procedure checks the lead unit
    handOffPetition: rules.can('petition:handle'),
    recordHandOffOutcome: rules.can('petition:handle'),
  },
  // internal assessments stay with staff; the rest is the petitioner's own matter
  Petition: {
    '*': readPetition,
    riskFlags: staffOnly,
    riskLevel: staffOnly,
    repeatOf: staffOnly,
    tasks: staffOnly,
    coHandlingUnits: staffOnly,
    supervisionOrders: staffOnly,
    handOffs: staffOnly,
    hearings: staffOnly,
    recusedByViewer: staffOnly,
  },
  Petitioner: rules.allow,
  HistoryEntry: rules.allow,
  Deadline: rules.allow,
  PetitionDocument: rules.allow,
  Evaluation: rules.allow,
  PetitionTask: staffOnly,
  SupervisionOrder: staffOnly,
  Attachment: rules.allow,
  PetitionStatusCount: rules.can('petition:read'),
  PetitionConnection: rules.any(rules.can('petition:read'), rules.can('petition:read-own')),
  PetitionEdge: rules.any(rules.can('petition:read'), rules.can('petition:read-own')),
  PageInfo: rules.allow,
  SubmitPetitionPayload: rules.allow,
  LegalRedirect: rules.allow,
  PetitionTracking: rules.allow,
  TrackingEntry: rules.allow,
  Category: rules.allow,
  // the citizen learns which unit read their data, and when; not the staff member or address
  PersonalDataAccess: {
    '*': rules.any(rules.can('personal-data:audit'), rules.can('petition:read-own')),
    account: rules.can('personal-data:audit'),
    ip: rules.can('personal-data:audit'),
  },
  Unit: rules.allow,
  Account: rules.allow,
  PetitionEvent: rules.can('petition:read-events'),
  PetitionEventConnection: rules.can('petition:read-events'),
  KeyPerson: rules.can('key-person:manage'),
  KeyPersonEdge: rules.can('key-person:manage'),
  KeyPersonConnection: rules.can('key-person:manage'),
  KeyPersonAccess: rules.can('key-person:audit'),
  PersonalDataAccessLogEntry: rules.can('personal-data:read-log'),
  PersonalDataAccessLogEdge: rules.can('personal-data:read-log'),
  PersonalDataAccessLogConnection: rules.can('personal-data:read-log'),
  HandOff: staffOnly,
  KeyPersonEnquiryAnswer: rules.can('key-person:manage'),
  Hearing: staffOnly,
  PetitionerHistory: rules.can('petition:register'),
  EarlierPetition: rules.can('petition:register'),
  SkippedLevelWarning: rules.can('petition:register'),
};

export function buildPetitionsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [
      PetitionResolver,
      PetitionerResolver,
      HistoryEntryResolver,
      IntakeResolver,
      TrackingResolver,
      ProcedureResolver,
      TrackingDocumentsResolver,
      PetitionTaskResolver,
      SupervisionResolver,
      PetitionSupervisionResolver,
      CategoryResolver,
      PersonalDataAccessResolver,
      AccessLogResolver,
      DeadlineResolver,
      PetitionAuditResolver,
      KeyPersonResolver,
      KeyPersonAccessResolver,
      PetitionLinkResolver,
      HandOffResolver,
      ProcedureRecordsResolver,
      FrontDeskResolver,
    ],
    referenceResolvers: { Petition: petitionReference as never },
    rules: petitionsRules,
  });
}

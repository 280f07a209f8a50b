import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { hasPermission } from '@tjxf/authz';
import { ErrorCode, notFound, refuse, type PetitionStatus } from '@tjxf/domain';
import type { PetitionsContext } from '../context.js';
import { toPetitionType, toTaskType } from '../petition/petition.mapper.js';
import { AccountRef, UnitRef } from '@tjxf/subgraph-kit';
import { PetitionType } from '../petition/petition.type.js';
import { PetitionTrackingType } from '../tracking/tracking.type.js';
import {
  CompetenceDecisionInput,
  CompetenceDisputeInput,
  DisposeInput,
  EvaluateInput,
  EvaluationType,
  PetitionDocumentType,
  PetitionTaskType,
  ReplyInput,
} from './procedure.types.js';
import { PetitionAction } from './state-machine.js';
import { taskReportRefusal } from './unit-steps.js';

/** The `expectedVersion` argument of every step. */
export const version = () =>
  [
    'expectedVersion',
    () => Int,
    { nullable: true, description: 'The version the caller saw: a newer one answers CONFLICT' },
  ] as const;

@Resolver(() => PetitionType)
export class ProcedureResolver {
  @Mutation(() => PetitionType, { description: 'Forward, assign or redirect a registered petition (R-P6, R-X)' })
  async disposePetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DisposeInput) input: DisposeInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.dispose(id, input, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'The lead unit accepts it; the written notice goes out (R-P7)' })
  async acceptPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg(...version()) expectedVersion?: number | null,
    @Arg('simplified', () => Boolean, {
      nullable: true,
      description: 'A clear, undisputed first-time matter: reply within 10 working days (R-P9)',
    })
    simplified?: boolean | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.accept(id, note, expectedVersion, Boolean(simplified)));
  }

  @Mutation(() => PetitionType, { description: 'The lead unit declines it, in writing, with reasons (R-P7)' })
  async declinePetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.decline(id, reason, expectedVersion));
  }

  @Mutation(() => PetitionType, {
    description: 'Not competent: within 5 working days, back to the petition office that sent it (R-P7)',
  })
  async objectToPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.object(id, reason, expectedVersion));
  }

  @Mutation(() => PetitionType, {
    description:
      'A unit objected and the petition office disputes it: the common superior government decides (R-P7, Art. 24)',
  })
  async referCompetenceDispute(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CompetenceDisputeInput) input: CompetenceDisputeInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.referCompetence(id, input, expectedVersion));
  }

  @Mutation(() => PetitionType, {
    description: 'The common superior names the competent unit, which must then accept or decline (R-P7, Art. 24)',
  })
  async decideCompetence(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CompetenceDecisionInput) input: CompetenceDecisionInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.decideCompetence(id, input, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'One extension of handling, by the unit head (R-P8)' })
  async extendHandling(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('days', () => Int) days: number,
    @Arg('reason', () => String) reason: string,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.extend(id, days, reason, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'The written reply: outcome, facts, reasons, legal basis (R-P8)' })
  async replyToPetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyInput) input: ReplyInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.reply(id, input, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'The petitioner asks for review, or re-review after a review (R-P10)' })
  async requestReview(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.requestReview(id, reason, expectedVersion));
  }

  @Mutation(() => PetitionType, {
    description: 'The review (or re-review) decision; after re-review the matter is concluded (R-P10)',
  })
  async decideReview(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyInput) input: ReplyInput,
    @Arg(...version()) expectedVersion?: number | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.decideReview(id, input, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'A hearing during review: the review clock stops (R-P10)' })
  async holdHearing(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg(...version()) expectedVersion?: number | null,
    @Arg('participants', () => [String], {
      nullable: true,
      description: 'Who takes part: the petitioner, the units, hearing officers, witnesses (at most 30)',
    })
    participants?: string[] | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.holdHearing(id, { note, participants }, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'The hearing ended: the clock runs on, its days not counted (R-P10)' })
  async endHearing(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg(...version()) expectedVersion?: number | null,
    @Arg('minutes', () => String, { nullable: true, description: 'The minutes of the hearing (听证笔录)' })
    minutes?: string | null,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.endHearing(id, { note, minutes }, expectedVersion));
  }

  @Mutation(() => PetitionType, { description: 'Stand aside from a petition one has an interest in (R-P8, Art. 28)' })
  async recuse(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<PetitionType> {
    return toPetitionType(await ctx.procedure.recuse(id, reason));
  }

  @Mutation(() => EvaluationType, {
    description:
      'The petitioner rates the petition office or the responsible unit, signed in or by tracking code (R-P13)',
  })
  async evaluatePetition(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => EvaluateInput) input: EvaluateInput,
  ): Promise<EvaluationType> {
    const { petitionId, trackingCode, phoneLast4 } = input;
    const rater = petitionId ? { petitionId } : trackingCode && phoneLast4 ? { trackingCode, phoneLast4 } : null;
    if (!rater) throw refuse(ErrorCode.BAD_USER_INPUT, 'RATER_UNKNOWN', undefined, { field: 'input.petitionId' });
    const petition = await ctx.procedure.evaluate(rater, input);
    const rows = await ctx.petitions.evaluationsOf(petition.id);
    const mine = rows.find((e) => e.target === input.target);
    if (!mine) throw notFound('evaluation');
    return mine;
  }

  @Mutation(() => PetitionTaskType, {
    description: 'A unit reports on its task: co-handling part, completion report of an assigned case, follow-up',
  })
  async completeTask(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('report', () => String) report: string,
  ): Promise<PetitionTaskType> {
    const task = await ctx.procedure.completeTask(id, report);
    return { ...toTaskType(task), petitionStatus: (task.petition as { status: PetitionStatus }).status };
  }

  @FieldResolver(() => Int, { description: 'Changes with every step: pass it as expectedVersion' })
  version(@Root() petition: PetitionType): number {
    return petition.version;
  }

  @FieldResolver(() => [PetitionAction], { description: 'What this viewer may do now, by status, role and clock' })
  allowedActions(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<PetitionAction[]> {
    return ctx.loaders
      .get<string, PetitionAction[]>('allowedActions', (ids) => ctx.procedure.allowedActionsMany(ids))
      .load(petition.id);
  }

  @FieldResolver(() => [PetitionDocumentType], {
    description:
      'The written documents: notices, the reply, review decisions (the petitioner sees those meant for them)',
  })
  documents(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<PetitionDocumentType[]> {
    return ctx.petitions.documentsOf(petition.id, !hasPermission(ctx.viewer, 'petition:read'));
  }

  @FieldResolver(() => [EvaluationType])
  evaluations(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<EvaluationType[]> {
    return ctx.petitions.evaluationsOf(petition.id);
  }

  @FieldResolver(() => [PetitionTaskType], { description: 'The lead, co-handling, report and follow-up tasks (R-X)' })
  async tasks(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<PetitionTaskType[]> {
    const tasks = await ctx.petitions.tasksOf.load(petition.id);
    return tasks.map((task) => ({ ...task, petitionStatus: petition.status }));
  }

  @FieldResolver(() => [UnitRef], { description: 'The co-handling units (协办单位, R-X)' })
  async coHandlingUnits(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<UnitRef[]> {
    const tasks = await ctx.petitions.tasksOf.load(petition.id);
    return [...new Set(tasks.filter((t) => t.kind === 'CO_HANDLING').map((t) => t.unitId))].map((id) => ({ id }));
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit that reviews or re-reviews it (R-P10)' })
  reviewUnit(@Root() petition: PetitionType): UnitRef | null {
    return petition.reviewUnitId ? { id: petition.reviewUnitId } : null;
  }
}

@Resolver(() => PetitionTrackingType)
export class TrackingDocumentsResolver {
  @FieldResolver(() => [PetitionDocumentType], { description: 'The written documents meant for the petitioner' })
  documents(@Root() tracking: PetitionTrackingType, @Ctx() ctx: PetitionsContext): Promise<PetitionDocumentType[]> {
    return ctx.petitions.documentsOf(tracking.petitionId, true);
  }

  @FieldResolver(() => [EvaluationType], { description: 'The ratings already given' })
  evaluations(@Root() tracking: PetitionTrackingType, @Ctx() ctx: PetitionsContext): Promise<EvaluationType[]> {
    return ctx.petitions.evaluationsOf(tracking.petitionId);
  }
}

@Resolver(() => PetitionTaskType)
export class PetitionTaskResolver {
  @FieldResolver(() => UnitRef, { description: 'The unit that owes it' })
  unit(@Root() task: PetitionTaskType): UnitRef {
    return { id: task.unitId };
  }

  @FieldResolver(() => AccountRef, { nullable: true, description: 'Who reported on it (issue 11)' })
  reportedBy(@Root() task: PetitionTaskType): AccountRef | null {
    return task.reportedById ? { id: task.reportedById } : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether this viewer may report on it now: its unit’s staff, once, in its turn (issue 11)',
  })
  mayReport(@Root() task: PetitionTaskType, @Ctx() ctx: PetitionsContext): boolean {
    return Boolean(task.petitionStatus) && !taskReportRefusal(ctx.viewer, task, task.petitionStatus!);
  }
}

import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AccountRef, UnitRef, unitRef } from '@tjxf/subgraph-kit';
import { hasPermission } from '@tjxf/authz';
import { regionPathName } from '@tjxf/regions';
import { RiskFlag } from './petition.entity.js';
import { currentClock, nextStepOf } from './next-step.js';
import { petitionerSeesClock } from './petitioner-view.js';
import type { PetitionsContext } from '../context.js';
import {
  AttachmentType,
  DeadlineType,
  HistoryEntryType,
  PetitionConnectionType,
  PetitionFilterInput,
  PetitionStatusCountType,
  PetitionOrder,
  PetitionerType,
  PetitionType,
} from './petition.type.js';

/** A viewer without the staff's read of petitions reads them as their petitioner does. */
const petitionerView = (ctx: PetitionsContext): boolean => !hasPermission(ctx.viewer, 'petition:read');

@Resolver(() => PetitionType)
export class PetitionResolver {
  @Query(() => PetitionType, { nullable: true, description: 'A petition the caller may see (NOT_FOUND otherwise)' })
  petition(@Ctx() ctx: PetitionsContext, @Arg('id', () => ID) id: string): Promise<PetitionType | null> {
    return ctx.petitions.get(id);
  }

  @Query(() => PetitionConnectionType, {
    description: 'Petitions the caller may see, newest first, or ranked by `text`',
  })
  petitions(
    @Ctx() ctx: PetitionsContext,
    @Arg('filter', () => PetitionFilterInput, { nullable: true }) filter?: PetitionFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('orderBy', () => PetitionOrder, { nullable: true, description: 'Ignored with `text` (ranked)' })
    orderBy?: PetitionOrder | null,
  ): Promise<PetitionConnectionType> {
    return ctx.petitions.list(filter, first, after, orderBy);
  }

  @Query(() => [PetitionStatusCountType], {
    description:
      'How many of the petitions the filter finds stand at each status (statuses with none left out); the filter’s `status` and `text` aside',
  })
  petitionStatusCounts(
    @Ctx() ctx: PetitionsContext,
    @Arg('filter', () => PetitionFilterInput, { nullable: true }) filter?: PetitionFilterInput | null,
  ): Promise<PetitionStatusCountType[]> {
    return ctx.petitions.statusCounts(filter);
  }

  @Query(() => PetitionConnectionType, { description: 'The petitions a signed-in citizen filed' })
  myPetitions(
    @Ctx() ctx: PetitionsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PetitionConnectionType> {
    return ctx.petitions.mine(first, after);
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The lead unit (牵头单位)' })
  leadUnit(@Root() petition: PetitionType): UnitRef | null {
    return unitRef(petition.leadUnitId);
  }

  @FieldResolver(() => UnitRef, { description: 'The petition office that registered it' })
  receivingUnit(@Root() petition: PetitionType): UnitRef | null {
    return unitRef(petition.receivingUnitId);
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit complained about or reported on' })
  respondentUnit(@Root() petition: PetitionType): UnitRef | null {
    return unitRef(petition.respondentUnitId);
  }

  @FieldResolver(() => PetitionType, {
    nullable: true,
    description:
      'The original, for a repeat petition (R-P4); null also where the viewer may not know who filed either (R-P12)',
  })
  repeatOf(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<PetitionType | null> {
    return ctx.petitions.repeatOf(petition);
  }

  @FieldResolver(() => [PetitionerType], {
    nullable: true,
    description: 'Null for the unit reported on (R-P12); phones and ID numbers masked unless the role needs them',
  })
  petitioners(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<PetitionerType[] | null> {
    return ctx.personalData.petitioners(petition);
  }

  @FieldResolver(() => [RiskFlag], {
    description: 'Risk flags set at registration (R-P5); KEY_PERSON and REPEAT not for the unit reported on',
  })
  riskFlags(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): RiskFlag[] {
    return ctx.personalData.riskFlags(petition).flags;
  }

  @FieldResolver(() => Int, { description: '0 (none) to 3 (highest), from the flags shown' })
  riskLevel(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): number {
    return ctx.personalData.riskFlags(petition).level;
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'The timeline; the petitioner sees no internal notes' })
  history(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<HistoryEntryType[]> {
    return ctx.petitions.history(petition, petitionerView(ctx));
  }

  @FieldResolver(() => [DeadlineType])
  async deadlines(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<DeadlineType[]> {
    const deadlines = await ctx.petitions.deadlinesOf.load(petition.id);
    return petitionerView(ctx) ? deadlines.filter((d) => petitionerSeesClock(d.kind)) : deadlines;
  }

  @FieldResolver(() => DeadlineType, {
    nullable: true,
    description: 'The clock now running: the open time limit that ends first (null when none runs)',
  })
  async currentDeadline(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<DeadlineType | null> {
    return currentClock(await ctx.petitions.deadlinesOf.load(petition.id));
  }

  @FieldResolver(() => String, {
    description: 'What happens next and by when, as the petitioner reads it (zh, then en)',
  })
  async nextStep(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<string> {
    const current = currentClock(await ctx.petitions.deadlinesOf.load(petition.id));
    return nextStepOf(petition.status, current?.dueAt ?? null);
  }

  @FieldResolver(() => String, { description: 'The region’s full name, e.g. 天津市河西区桃园街道' })
  regionName(@Root() petition: PetitionType): string {
    return regionPathName(petition.regionCode);
  }

  @FieldResolver(() => [AttachmentType], { nullable: true, description: 'Null for the unit reported on (R-P12)' })
  attachments(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<AttachmentType[] | null> {
    return ctx.personalData.attachments(petition);
  }
}

@Resolver(() => PetitionerType)
export class PetitionerResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '138****5678 unless the role needs the number; every unmasked read is recorded',
  })
  phone(@Root() petitioner: PetitionerType, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return ctx.personalData.reveal(petitioner, 'PHONE');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Only for a role that must reach the person; every read is recorded',
  })
  address(@Root() petitioner: PetitionerType, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return ctx.personalData.reveal(petitioner, 'ADDRESS');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '120103********1234 unless the role needs it; every unmasked read is recorded',
  })
  idNumber(@Root() petitioner: PetitionerType, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return ctx.personalData.reveal(petitioner, 'ID_NUMBER');
  }
}

@Resolver(() => HistoryEntryType)
export class HistoryEntryResolver {
  @FieldResolver(() => AccountRef, { nullable: true, description: 'Who acted (not shown to the petitioner)' })
  actor(@Root() entry: HistoryEntryType): { id: string } | null {
    return entry.actorId ? { id: entry.actorId } : null;
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit that acted' })
  unit(@Root() entry: HistoryEntryType): UnitRef | null {
    return unitRef(entry.actorUnitId);
  }
}

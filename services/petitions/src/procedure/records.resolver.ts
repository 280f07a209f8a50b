import { Ctx, Field, FieldResolver, GraphQLISODateTime, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { PetitionType } from '../petition/petition.type.js';
import type { Hearing } from './hearing.entity.js';

@ObjectType('Hearing', { description: 'A hearing during review or re-review: who took part, its minutes (R-AGT)' })
export class HearingType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => [String])
  participants!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '听证笔录' })
  minutes!: string | null;
}

const toHearingType = (h: Hearing): HearingType => ({
  id: h.id,
  startedAt: h.startedAt,
  participants: h.participants ?? [],
  endedAt: h.endedAt ?? null,
  minutes: h.minutes ?? null,
});

/** What staff read of a petition's hearings, and whether they stood aside from it (issue 11). */
@Resolver(() => PetitionType)
export class ProcedureRecordsResolver {
  @FieldResolver(() => [HearingType], { description: 'Hearings during review, oldest first (R-AGT, R-P10)' })
  async hearings(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<HearingType[]> {
    return (await ctx.procedure.hearingsOf(petition.id)).map(toHearingType);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer stood aside from it (recuse, Art. 28)' })
  recusedByViewer(@Root() petition: PetitionType, @Ctx() ctx: PetitionsContext): Promise<boolean> {
    return ctx.procedure.recusedFrom(petition.id);
  }
}

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { UnitRef } from '@tjxf/subgraph-kit';
import { KpiValueType } from '../statistics/statistics.type.js';

/** A petition, owned by the petitions subgraph: a suggestion the report names. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Petition')
export class PetitionRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('ReportCount', {
  description: 'Petitions of one kind in the annual report: a channel, category, area, month or step',
})
export class ReportCountType {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'Its Chinese name (the report is an official text)' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('UnitCount', { description: 'A unit and how many petitions complained about or reported on it' })
export class UnitCountType {
  @Field(() => UnitRef)
  unit!: UnitRef;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AnnualReport', {
  description: 'The annual report of Art. 41 (R-P15) for an area and a year, from the event record',
})
export class AnnualReportType {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  regionCode!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String, { description: 'First Beijing date of the year' })
  from!: string;

  @Field(() => String, { description: 'Last Beijing date counted: the year’s end, or today in the current year' })
  to!: string;

  @Field(() => Int, { description: 'Petitions registered (by the region where the matter arose)' })
  registered!: number;

  @Field(() => Int, { description: 'The same for the year before, to the same day' })
  previousYearRegistered!: number;

  @Field(() => Int)
  peopleInvolved!: number;

  @Field(() => Int, { description: 'Collective petitions (5 people or more)' })
  collective!: number;

  @Field(() => Int, { description: 'Brought to the city office past the district office (越级)' })
  skippedLevel!: number;

  @Field(() => Int)
  repeats!: number;

  @Field(() => [ReportCountType])
  byChannel!: ReportCountType[];

  @Field(() => [ReportCountType])
  byKind!: ReportCountType[];

  @Field(() => [ReportCountType], { description: 'The fields concerned: top-level categories' })
  byCategory!: ReportCountType[];

  @Field(() => [ReportCountType], { description: 'The ten most frequent categories of the third level' })
  topSubcategories!: ReportCountType[];

  @Field(() => [ReportCountType], {
    description: 'Each child area: the districts of the city, the streets of a district',
  })
  byRegion!: ReportCountType[];

  @Field(() => [ReportCountType], { description: 'Each month (key YYYY-MM)' })
  byMonth!: ReportCountType[];

  @Field(() => [UnitCountType], { description: 'The ten units most complained about or reported on' })
  mostComplainedUnits!: UnitCountType[];

  @Field(() => [ReportCountType], {
    description: 'What was forwarded, assigned, redirected, declined, replied and supervised',
  })
  handling!: ReportCountType[];

  @Field(() => Int)
  suggestionsReceived!: number;

  @Field(() => Int, { description: 'Suggestions answered as SUPPORTED (adopted)' })
  suggestionsAdopted!: number;

  @Field(() => [PetitionRef], { description: 'The adopted suggestions (at most 200, the earliest first)' })
  adoptedSuggestions!: PetitionRef[];

  @Field(() => [KpiValueType], { description: 'The KPIs of the year for the area, per role' })
  kpis!: KpiValueType[];
}

import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OfficialKind } from './official.entity.js';

registerEnumType(OfficialKind, {
  name: 'OfficialKind',
  description: 'Leader (领导干部), NPC deputy (人大代表), CPPCC member (政协委员), Party congress deputy (党代会代表)',
});

@Directive('@key(fields: "id")')
@ObjectType('Official', { description: 'A leader or representative who takes part in petition work' })
export class OfficialType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OfficialKind)
  kind!: OfficialKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the area served' })
  regionCode!: string;

  unitId!: string | null;
}

@InputType('OfficialFilter')
export class OfficialFilterInput {
  @Field(() => OfficialKind, { nullable: true })
  kind?: OfficialKind | null;

  @Field(() => String, { nullable: true, description: 'Officials serving in this region or below it' })
  regionCode?: string | null;
}

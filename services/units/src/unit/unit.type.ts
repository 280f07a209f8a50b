import { UnitKind, UnitLevel } from '@tjxf/domain';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(UnitLevel, { name: 'UnitLevel', description: 'The four-level network: 市 / 区县 / 街乡镇 / 居村' });
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'A region itself, its people’s government, its petition office, or a functional department',
});

@Directive('@key(fields: "id")')
@ObjectType('Unit', { description: 'A unit that handles petitions (责任单位), or a region of the network' })
export class UnitType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'GB/T 2260 code (regions only)' })
  code!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => Boolean, { description: 'A functional department (职能部门)' })
  isDepartment!: boolean;

  @Field(() => String, { description: 'GB/T 2260 code of the region the unit works in' })
  regionCode!: string;

  @Field(() => String, { description: 'The rule set of time limits the unit works under' })
  ruleSetCode!: string;

  parentId!: string | null;
}

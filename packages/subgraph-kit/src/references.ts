import 'reflect-metadata';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Reference stubs of entities another subgraph owns: a subgraph that points at one knows
// only its id, and the gateway resolves the rest from the owner. One stub per foreign type.

/** A unit, owned by the units subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Unit')
export class UnitRef {
  @Field(() => ID)
  id!: string;
}

/** An account, owned by the identity subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Account')
export class AccountRef {
  @Field(() => ID)
  id!: string;
}

/** The stub of a unit an optional column names, or null. */
export const unitRef = (id: string | null | undefined): UnitRef | null => (id ? { id } : null);

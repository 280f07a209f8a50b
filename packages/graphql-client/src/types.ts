import type { UnitsQuery, ViewerQuery } from './gql/graphql.js';

/** The signed-in account, as the portals read it. */
export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type ViewerUnit = Viewer['units'][number];
/** One unit of the tree, with the ids of its children (to know whether it can expand). */
export type UnitNode = UnitsQuery['units'][number];

import type {
  CategoriesQuery,
  MyPetitionsQuery,
  PetitionDetailQuery,
  RegionsQuery,
  SubmitPetitionMutation,
  TrackPetitionQuery,
  UnitsQuery,
  ViewerQuery,
} from './gql/graphql.js';

/** The signed-in account, as the portals read it. */
export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type ViewerUnit = Viewer['units'][number];
/** One unit of the tree, with the ids of its children (to know whether it can expand). */
export type UnitNode = UnitsQuery['units'][number];
/** A region (行政区域) of the unit tree, for pickers. */
export type RegionNode = RegionsQuery['units'][number];

/** A category of the three-level tree; level 3 has no children. */
export interface CategoryNode {
  code: string;
  name: string;
  nameEn: string;
  level: number;
  hot: boolean;
  legalChannel: CategoriesQuery['categories'][number]['legalChannel'];
  children?: readonly CategoryNode[];
}

/** The answer to a submission: the receipt. */
export type SubmitPetitionResult = SubmitPetitionMutation['submitPetition'];
/** What a petitioner sees with tracking code and phone. */
export type TrackedPetition = NonNullable<TrackPetitionQuery['trackPetition']>;
/** A petition in the citizen's list. */
export type MyPetitionNode = MyPetitionsQuery['myPetitions']['edges'][number]['node'];
/** One of the citizen's petitions in full. */
export type PetitionDetail = NonNullable<PetitionDetailQuery['petition']>;

/**
 * @tjxf/graphql-client: the portals' typed operations (generated from
 * gateway/api-schema.graphql and src/operations/*.graphql), the fetch that sends them and
 * the upload of attachments.
 */
export { execute, GRAPHQL_ENDPOINT, SESSION_HEADER, type ExecuteOptions } from './execute.js';
export {
  ApiError,
  ApiErrorCode,
  isApiError,
  type ApiErrorDetails,
  type GraphQLErrorBody,
  type LocalizedMessage,
} from './api-error.js';
export { uploadFile, UPLOAD_ENDPOINT, type UploadedFile, type UploadOptions, type UploadProgress } from './upload.js';
export {
  CategoriesDocument,
  LoginDocument,
  LogoutDocument,
  MyPetitionsDocument,
  PetitionDetailDocument,
  RegionsDocument,
  SubmitPetitionDocument,
  TrackPetitionDocument,
  UnitsDocument,
  ViewerDocument,
  TypedDocumentString,
  type CategoriesQuery,
  type Channel,
  type DayBasis,
  type DeadlineKind,
  type LegalChannel,
  type LoginMutation,
  type LoginMutationVariables,
  type LogoutMutation,
  type MyPetitionsQuery,
  type MyPetitionsQueryVariables,
  type PetitionDetailQuery,
  type PetitionKind,
  type PetitionStatus,
  type PetitionerRole,
  type RegionsQuery,
  type RegionsQueryVariables,
  type RepresentativeKind,
  type Role,
  type SubmitPetitionInput,
  type SubmitPetitionMutation,
  type TrackPetitionQuery,
  type UnitKind,
  type UnitLevel,
  type UnitsQuery,
  type UnitsQueryVariables,
  type ViewerQuery,
} from './gql/graphql.js';
export type {
  CategoryNode,
  MyPetitionNode,
  PetitionDetail,
  RegionNode,
  SubmitPetitionResult,
  TrackedPetition,
  UnitNode,
  Viewer,
  ViewerUnit,
} from './types.js';

/**
 * @tjxf/graphql-client: the portals' typed operations (generated from
 * gateway/api-schema.graphql and src/operations/*.graphql) and the fetch that sends them.
 */
export { execute, GRAPHQL_ENDPOINT, SESSION_HEADER, type ExecuteOptions } from './execute.js';
export { ApiError, ApiErrorCode, isApiError, type GraphQLErrorBody } from './api-error.js';
export {
  LoginDocument,
  LogoutDocument,
  UnitsDocument,
  ViewerDocument,
  TypedDocumentString,
  type LoginMutation,
  type LoginMutationVariables,
  type LogoutMutation,
  type RepresentativeKind,
  type Role,
  type UnitKind,
  type UnitLevel,
  type UnitsQuery,
  type UnitsQueryVariables,
  type ViewerQuery,
} from './gql/graphql.js';
export type { Viewer, ViewerUnit, UnitNode } from './types.js';

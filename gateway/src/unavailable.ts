import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SERVICE_RETRY_AFTER_SECONDS, serviceUnavailable, type Delivery } from '@tjxf/domain';
import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';
import { refusalError } from './errors.js';

/** What a client is told to wait before retrying a service that did not answer. */
export const RETRY_AFTER_SECONDS = SERVICE_RETRY_AFTER_SECONDS;

/**
 * Whether a request that failed reached the service: `NOT_DELIVERED` when no connection was
 * made, `UNKNOWN` when the connection broke or timed out after the request was sent.
 */
export type { Delivery };

// no connection was made: the service never saw the request
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
// the connection broke, or the answer did not come in time, after the request was sent
const BROKEN = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Codes of the error, its cause and (for a connection tried on several addresses) its parts. */
function codesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  return [
    ...(typeof code === 'string' ? [code] : []),
    ...codesOf(cause, depth + 1),
    ...(Array.isArray(errors) ? errors.flatMap((part) => codesOf(part, depth + 1)) : []),
  ];
}

/** How a call to a service failed, when it failed for want of the service; null for anything else. */
export function deliveryOfFailure(error: unknown): Delivery | null {
  const codes = codesOf(error);
  if (codes.some((code) => BROKEN.has(code))) return 'UNKNOWN';
  if (codes.some((code) => NOT_CONNECTED.has(code))) return 'NOT_DELIVERED';
  return null;
}

/**
 * A service's HTTP status that means it (or a proxy in front of it) could not serve: 503 is a
 * refusal before any work, 502 and 504 may come after the request went on.
 */
export function deliveryOfStatus(status: number): Delivery | null {
  if (status === 503) return 'NOT_DELIVERED';
  return status === 502 || status === 504 ? 'UNKNOWN' : null;
}

/** The error a client gets for a field whose service did not answer. */
export function serviceUnavailableError(
  service: string,
  delivery: Delivery,
  path?: readonly (string | number)[],
): GraphQLFormattedError {
  const { code, details } = serviceUnavailable(service, delivery);
  const { reason, reasonParams, ...rest } = details;
  const { message, extensions } = refusalError(code, reason!, reasonParams);
  return { message, ...(path ? { path } : {}), extensions: { ...extensions, ...rest } };
}

/**
 * The errors of a fetch whose service did not answer, one per field the fetch was to fill,
 * with the path the gateway maps onto the client's operation: the root fields of a query or
 * mutation, or `_entities[i].field` of each entity it was to complete. The gateway then
 * leaves those fields null (or their nearest nullable parent), and the rest of the answer
 * stands.
 */
export function unavailableFetchErrors(
  service: string,
  delivery: Delivery,
  options: Pick<GraphQLDataSourceProcessOptions, 'request'> & { document?: DocumentNode | undefined },
): GraphQLFormattedError[] {
  const document = fetchDocument(options);
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!document || !operation) return [serviceUnavailableError(service, delivery)];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = responseKeys(operation.selectionSet, null, fragments);
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const representations = options.request.variables?.representations;
  if (root.length !== 1 || entities?.kind !== Kind.FIELD || !entities.selectionSet || !Array.isArray(representations)) {
    return root.map((key) => serviceUnavailableError(service, delivery, [key]));
  }
  const selection = entities.selectionSet;
  return representations.flatMap((representation: { __typename?: string } | null, index) =>
    responseKeys(selection, representation?.__typename ?? null, fragments).map((key) =>
      serviceUnavailableError(service, delivery, ['_entities', index, key]),
    ),
  );
}

function fetchDocument(options: { request: { query?: string | undefined }; document?: DocumentNode | undefined }) {
  if (options.document) return options.document;
  try {
    return options.request.query ? parse(options.request.query) : undefined;
  } catch {
    return undefined;
  }
}

/** The response keys a selection set fills on an object of `typename` (any type when null). */
function responseKeys(
  selectionSet: SelectionSetNode,
  typename: string | null,
  fragments: Map<string, FragmentDefinitionNode>,
): string[] {
  const keys = new Set<string>();
  const applies = (condition: string | undefined) => !condition || !typename || condition === typename;
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return [...keys];
}

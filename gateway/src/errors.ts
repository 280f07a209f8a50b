import { ErrorCode } from '@tjxf/domain';
import { localizedReason, reasonMessage, type Reason, type ReasonParams } from '@tjxf/i18n/reasons';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { GraphQLFormattedError } from 'graphql';

/** Codes that reach the client as they are; anything else is masked. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Errors as the client sees them: coded refusals pass; the rest is logged and masked. */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  report: (error: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _s, serviceName: _n, exception: _e, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  report(formatted);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** What the gateway's own refusals carry besides the code: the reason, its values, both texts. */
export const reasonExtensions = (reason: Reason, reasonParams?: ReasonParams) => ({
  reason,
  ...(reasonParams ? { reasonParams } : {}),
  localized: localizedReason(reason, reasonParams),
});

/** The gateway's own refusal in the shape of a GraphQL error. */
export const refusalError = (code: string, reason: Reason, reasonParams?: ReasonParams) => ({
  message: reasonMessage(reason, reasonParams),
  extensions: { code, ...reasonExtensions(reason, reasonParams) },
});

/** A refusal outside GraphQL (401s, uploads) in the shape of a GraphQL error. */
export const refusalBody = (code: ErrorCode | 'BAD_REQUEST', reason: Reason, reasonParams?: ReasonParams) =>
  JSON.stringify({ errors: [refusalError(code, reason, reasonParams)] });

/** A refused parameter of a route outside GraphQL, naming it as `BAD_USER_INPUT` does in GraphQL. */
export const inputRefusalBody = (field: string, reason: Reason, reasonParams?: ReasonParams) => {
  const error = refusalError(ErrorCode.BAD_USER_INPUT, reason, reasonParams);
  return JSON.stringify({ errors: [{ ...error, extensions: { ...error.extensions, field } }] });
};

/** A failure outside GraphQL (our own fault, masked) in the shape of a GraphQL error. */
export const graphQLErrorBody = (code: ErrorCode | 'BAD_REQUEST', message: string) =>
  JSON.stringify({ errors: [{ message, extensions: { code } }] });

/**
 * Requests refused before GraphQL sees them (a body that is not JSON, too large, of a type no
 * route reads) answer in the GraphQL error shape with a code too, keeping their 4xx status;
 * anything else is logged and masked.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { errors?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unexpected error in the gateway');
      return reply
        .code(500)
        .type('application/json')
        .send(graphQLErrorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
    }
    // already in that shape (the rate limit's answer)
    if (Array.isArray(error.errors)) return reply.code(status).send({ errors: error.errors });
    return reply
      .code(status)
      .type('application/json')
      .send(refusalBody('BAD_REQUEST', 'REQUEST_UNREADABLE', { detail: error.message }));
  });
}

import { reasonMessage, type Reason, type ReasonParams } from '@tjxf/i18n/reasons';

/** The error codes of CONTRACT.md; every refusal carries one in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A service the request needs did not answer: retryable, with `retryAfterSeconds` and `service`. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An expected refusal. Services throw it; the subgraph kit turns it into a GraphQL error
 * with the code. Anything else reaching the client is masked as INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    readonly details: RefusalDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * What a refusal carries besides its code, all of it sent in `extensions`: the input field
 * at fault, when to retry, and the stable reason (see `@tjxf/i18n/reasons`) with the values
 * its text needs. Clients show the reason's text, never parse the message.
 */
export interface RefusalDetails {
  field?: string;
  retryAfterSeconds?: number;
  /** SERVICE_UNAVAILABLE: which service did not answer, and whether it may have acted. */
  service?: string;
  retryable?: boolean;
  delivery?: Delivery;
  reason?: Reason;
  reasonParams?: ReasonParams;
}

/** A refusal for a stable reason; its message is the catalogue's text in both languages. */
export function refuse(
  code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
  reason: Reason,
  reasonParams?: ReasonParams,
  details: Omit<RefusalDetails, 'reason' | 'reasonParams'> = {},
): DomainError {
  return new DomainError(code, reasonMessage(reason, reasonParams), {
    ...details,
    reason,
    ...(reasonParams ? { reasonParams } : {}),
  });
}

/**
 * Whether a request that failed for want of a service reached it: `NOT_DELIVERED` when
 * nothing was done (any operation may be sent again), `UNKNOWN` when it may have been carried
 * out (send a mutation again only with its idempotency key or expected version).
 */
export type Delivery = 'NOT_DELIVERED' | 'UNKNOWN';

/** What a client is told to wait before retrying a service that did not answer. */
export const SERVICE_RETRY_AFTER_SECONDS = 5;

/** A service (or the database under it) did not answer: retryable, with when and whether it acted. */
export function serviceUnavailable(service: string, delivery: Delivery): DomainError {
  return refuse(
    ErrorCode.SERVICE_UNAVAILABLE,
    delivery === 'NOT_DELIVERED' ? 'SERVICE_NOT_REACHED' : 'SERVICE_INTERRUPTED',
    { seconds: SERVICE_RETRY_AFTER_SECONDS },
    { service, retryable: true, retryAfterSeconds: SERVICE_RETRY_AFTER_SECONDS, delivery },
  );
}

/** Not found, and not allowed to see, give the same answer (ids cannot be probed). */
export const notFound = (what: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} not found`, { reason: 'NOT_FOUND' });

/** BAD_USER_INPUT on one input field, for a stable reason. */
export const invalidField = (field: string, reason: Reason, reasonParams?: ReasonParams) =>
  refuse(ErrorCode.BAD_USER_INPUT, reason, reasonParams, { field });

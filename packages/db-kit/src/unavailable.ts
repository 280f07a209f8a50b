/** Errors of the network or the server process, not of the statement: the database is away. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * SQLSTATEs meaning the server cannot serve now: class 08 (connection exception), 57P01
 * (admin shutdown), 57P02 (crash shutdown), 57P03 (cannot connect now: starting or
 * recovering), 53300 (too many connections).
 */
const UNAVAILABLE_STATE = /^(08...|57P0[123]|53300)$/;
/** What `pg` says, without a code, when the server went away under a connection or a pool. */
const LOST_CONNECTION =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection ended)/;

/**
 * Whether an error means the database could not be reached or went away (restarting, killed,
 * out of connections), as opposed to a statement it refused: a request failing for it may be
 * retried once the database is back. Follows `cause` and the parts of an AggregateError.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
  return (
    isDatabaseUnavailable(cause, depth + 1) ||
    (Array.isArray(errors) && errors.some((part) => isDatabaseUnavailable(part, depth + 1)))
  );
}

/**
 * SQLSTATEs of a write that lost a race with another: 23505 (a unique key another
 * transaction wrote first), 40001 (serialization failure), 40P01 (deadlock).
 */
const RACE_STATE = /^(23505|40001|40P01)$/;

/**
 * Whether a statement failed because another transaction wrote the same thing at the same
 * moment: the caller's request is a CONFLICT (reload and decide again), not an internal
 * error. Follows `cause` like `isDatabaseUnavailable`.
 */
export function isWriteRace(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && RACE_STATE.test(code)) return true;
  return isWriteRace(cause, depth + 1);
}

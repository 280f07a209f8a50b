/**
 * What went wrong, as the portals tell the user: the codes of CONTRACT.md, plus
 * NETWORK_ERROR (no answer from the server) and BAD_REQUEST (the page sent an operation
 * the server no longer accepts, i.e. the page is out of date).
 */
export const ApiErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A part of the platform is down for a moment: retry after `retryAfterSeconds`; the rest works. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  BAD_REQUEST: 'BAD_REQUEST',
  NETWORK_ERROR: 'NETWORK_ERROR',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** A GraphQL error as the gateway sends it. */
export interface GraphQLErrorBody {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: { code?: unknown; field?: unknown; retryAfterSeconds?: unknown; [key: string]: unknown };
}

// the server's own codes for a document it cannot run: only an out-of-date page sends one
const OUT_OF_DATE = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);
const KNOWN = new Set<string>(Object.values(ApiErrorCode));

/** The server's message in each language (`extensions.localized`), when it sent one. */
export interface LocalizedMessage {
  'zh-CN': string;
  en: string;
}

export interface ApiErrorDetails {
  /** The input field the server named (BAD_USER_INPUT), e.g. `title` or `petitioners[0].phone`. */
  field?: string;
  retryAfterSeconds?: number;
  status?: number;
  localized?: LocalizedMessage;
  /** Why it was refused (`extensions.reason`): a key of the catalogue in `@tjxf/i18n/reasons`. */
  reason?: string;
  /** The values the reason's text names (`extensions.reasonParams`). */
  reasonParams?: Record<string, string | number>;
}

/**
 * A refused or failed request. `message` is the server's text as sent (for logs); what the
 * user reads comes from the code, or from `details.localized` in the current language.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }

  /** The first error of a GraphQL response, with its code normalised. */
  static fromGraphQL(error: GraphQLErrorBody, status?: number): ApiError {
    const raw = error.extensions?.code;
    const code: ApiErrorCode =
      typeof raw !== 'string'
        ? ApiErrorCode.INTERNAL_SERVER_ERROR
        : KNOWN.has(raw)
          ? (raw as ApiErrorCode)
          : OUT_OF_DATE.has(raw)
            ? ApiErrorCode.BAD_REQUEST
            : ApiErrorCode.INTERNAL_SERVER_ERROR;
    const { field, retryAfterSeconds, localized, reason, reasonParams } = error.extensions ?? {};
    return new ApiError(code, error.message ?? code, {
      ...(typeof field === 'string' ? { field } : {}),
      ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(isLocalized(localized) ? { localized: { 'zh-CN': localized['zh-CN'], en: localized.en } } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
      ...(isParams(reasonParams) ? { reasonParams } : {}),
    });
  }
}

const isLocalized = (value: unknown): value is LocalizedMessage =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LocalizedMessage)['zh-CN'] === 'string' &&
  typeof (value as LocalizedMessage).en === 'string';

const isParams = (value: unknown): value is Record<string, string | number> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

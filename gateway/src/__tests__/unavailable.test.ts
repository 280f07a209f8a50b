import { describe, expect, it } from 'vitest';
import { deliveryOfFailure, deliveryOfStatus, unavailableFetchErrors } from '../unavailable.js';

const systemError = (code: string) => Object.assign(new Error(code), { code });

describe('a service that did not answer', () => {
  it('tells a request that never reached it from one that may have', () => {
    expect(deliveryOfFailure(systemError('ECONNREFUSED'))).toBe('NOT_DELIVERED');
    expect(deliveryOfFailure(systemError('UND_ERR_CONNECT_TIMEOUT'))).toBe('NOT_DELIVERED');
    // a connection tried on several addresses fails with all their errors
    expect(deliveryOfFailure(new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNREFUSED')]))).toBe(
      'NOT_DELIVERED',
    );
    expect(deliveryOfFailure(systemError('ECONNRESET'))).toBe('UNKNOWN'); // socket hang up
    expect(deliveryOfFailure(systemError('UND_ERR_SOCKET'))).toBe('UNKNOWN');
    expect(deliveryOfFailure(systemError('UND_ERR_HEADERS_TIMEOUT'))).toBe('UNKNOWN');
    expect(deliveryOfFailure(new Error('wrapped', { cause: systemError('EPIPE') }))).toBe('UNKNOWN');
  });

  it('leaves every other failure to the gateway’s masking', () => {
    expect(deliveryOfFailure(new Error('bug'))).toBeNull();
    expect(deliveryOfFailure(systemError('ERR_INVALID_ARG_TYPE'))).toBeNull();
    expect(deliveryOfStatus(500)).toBeNull();
    expect(deliveryOfStatus(503)).toBe('NOT_DELIVERED');
    expect(deliveryOfStatus(502)).toBe('UNKNOWN');
    expect(deliveryOfStatus(504)).toBe('UNKNOWN');
  });

  it('names the root fields of a failed query, aliases included', () => {
    const errors = unavailableFetchErrors('petitions', 'NOT_DELIVERED', {
      request: { query: '{ petition(id: "x") { id } mine: petitions { totalCount } __typename }' },
    });
    expect(errors.map((e) => e.path)).toEqual([['petition'], ['mine']]);
    expect(errors[0]!.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      service: 'petitions',
      retryable: true,
      retryAfterSeconds: 5,
      delivery: 'NOT_DELIVERED',
      reason: 'SERVICE_NOT_REACHED',
    });
  });

  it('names each field of each entity a failed entity fetch was to complete', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Unit { name code } ... on Account { ...A } } }
      fragment A on Account { username }`;
    const representations = [
      { __typename: 'Unit', id: '1' },
      { __typename: 'Account', id: '2' },
    ];
    const errors = unavailableFetchErrors('units', 'UNKNOWN', { request: { query, variables: { representations } } });
    expect(errors.map((e) => e.path)).toEqual([
      ['_entities', 0, 'name'],
      ['_entities', 0, 'code'],
      ['_entities', 1, 'username'],
    ]);
    expect(errors[0]!.extensions).toMatchObject({ delivery: 'UNKNOWN', reason: 'SERVICE_INTERRUPTED' });
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError, unreachableError } from '@/api';
import { isWorthRetrying } from './query-client';

describe('which failed loads are asked again', () => {
  it('not a web server that answered without an API behind it: nothing changes by asking again', () => {
    expect(isWorthRetrying(unreachableError('No API answered (404)', { answered: true }))).toBe(false);
  });

  it('a failed network, which may get through next time', () => {
    expect(isWorthRetrying(unreachableError('The server could not be reached', { answered: false }))).toBe(
      true,
    );
  });

  it('a 5xx problem of the API, but not a 4xx the person caused', () => {
    expect(isWorthRetrying(new ApiError({ status: 503, code: 'internal', title: 'Down' }))).toBe(true);
    expect(isWorthRetrying(new ApiError({ status: 400, code: 'invalid_request', title: 'No' }))).toBe(false);
  });
});

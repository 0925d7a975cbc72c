import { describe, expect, it } from 'vitest';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import { toOktaRequestError } from '../../src/okta/okta-error.js';

function headers(values: Record<string, string>) {
  return new Headers(values);
}

function systemError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
}

describe('toOktaRequestError', () => {
  describe('when given an OktaRequestError', () => {
    it('returns it as it is', () => {
      const error = new OktaRequestError('ERR_OKTA_NETWORK', 'x', { retryable: true });

      expect(toOktaRequestError(error)).toBe(error);
    });
  });

  describe('when the SDK threw an OktaApiError-shaped failure', () => {
    it('keeps status, Okta code, error id, causes, request id and cause', () => {
      const failure = {
        name: 'OktaApiError',
        status: 400,
        errorCode: 'E0000031',
        errorSummary: 'Invalid search criteria.',
        errorId: 'oae123',
        errorCauses: [{ errorSummary: 'filter: bad' }, { other: 1 }],
        headers: headers({ 'X-Okta-Request-Id': 'req-9' }),
      };

      const error = toOktaRequestError(failure);

      expect(error).toMatchObject({
        code: 'ERR_OKTA_INVALID_QUERY',
        status: 400,
        oktaErrorCode: 'E0000031',
        oktaErrorId: 'oae123',
        errorCauses: [{ errorSummary: 'filter: bad' }],
        requestId: 'req-9',
        retryable: false,
        cause: failure,
      });
      expect(error.message).toContain('filter: bad');
    });
  });

  describe('when the status has a rule of its own', () => {
    it.each([
      [400, 'ERR_OKTA_INVALID_QUERY', false],
      [401, 'ERR_OKTA_UNAUTHORIZED', false],
      [403, 'ERR_OKTA_FORBIDDEN', false],
      [404, 'ERR_OKTA_NOT_FOUND', false],
      [429, 'ERR_OKTA_RATE_LIMITED', true],
      [500, 'ERR_OKTA_UNAVAILABLE', true],
      [503, 'ERR_OKTA_UNAVAILABLE', true],
      [301, 'ERR_OKTA_UNEXPECTED_RESPONSE', false],
      [405, 'ERR_OKTA_UNEXPECTED_RESPONSE', false],
    ])('maps HTTP %i to %s (retryable %s)', (status, code, retryable) => {
      const error = toOktaRequestError({ name: 'HttpError', status, message: `HTTP ${status}` });

      expect(error.code).toBe(code);
      expect(error.retryable).toBe(retryable);
      expect(error.message).toContain(`HTTP ${status}`);
    });
  });

  describe('when a 429 says when the window resets', () => {
    it.each([
      ['Date', { Date: 'Fri, 01 Jan 2021 00:00:00 GMT', 'X-Rate-Limit-Reset': '1609459212' }, 12],
      [
        'a reset in the past',
        { Date: 'Fri, 01 Jan 2021 00:01:00 GMT', 'X-Rate-Limit-Reset': '1609459200' },
        0,
      ],
    ])('computes retryAfterSeconds from %s', (_, values, seconds) => {
      const error = toOktaRequestError({ status: 429, headers: headers(values) });

      expect(error.retryAfterSeconds).toBe(seconds);
    });
  });

  describe('when the transport failed', () => {
    it.each([
      ['ECONNRESET', systemError('ECONNRESET')],
      ['ECONNREFUSED', systemError('ECONNREFUSED')],
      ['ENOTFOUND', systemError('ENOTFOUND')],
      ['ETIMEDOUT', systemError('ETIMEDOUT')],
      [
        'node-fetch system',
        Object.assign(new Error('request failed'), { name: 'FetchError', type: 'system' }),
      ],
      [
        'node-fetch timeout',
        Object.assign(new Error('timeout'), { name: 'FetchError', type: 'request-timeout' }),
      ],
      ['fetch failed', new TypeError('fetch failed', { cause: systemError('ECONNRESET') })],
      ['a timeout signal', new DOMException('The operation timed out', 'TimeoutError')],
    ])('maps %s to a retryable ERR_OKTA_NETWORK', (_, failure) => {
      const error = toOktaRequestError(failure);

      expect(error.code).toBe('ERR_OKTA_NETWORK');
      expect(error.retryable).toBe(true);
      expect(error.cause).toBe(failure);
      expect(error.message).toMatch(/^Could not reach Okta \(.+\): check the network/);
    });

    it('names the system error code in the message', () => {
      const failure = new TypeError('fetch failed', { cause: systemError('ECONNREFUSED') });

      expect(toOktaRequestError(failure).message).toContain('(ECONNREFUSED)');
    });
  });

  describe('when the failure is neither a response nor a transport error', () => {
    it.each([
      ['a programming error', new TypeError('x is not a function')],
      [
        'a redirect refusal',
        Object.assign(new Error('redirect'), { name: 'FetchError', type: 'no-redirect' }),
      ],
      ['a string', 'boom'],
    ])('maps %s to a non-retryable ERR_OKTA_UNEXPECTED_RESPONSE', (_, failure) => {
      const error = toOktaRequestError(failure);

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(error.retryable).toBe(false);
      expect(error.cause).toBe(failure);
    });
  });

  describe('when given an unusable response', () => {
    it('uses its problem and advice', () => {
      const error = toOktaRequestError({
        kind: 'unusable-response',
        problem: 'The resume cursor is not an absolute URL',
        advice: 'start again',
        status: 200,
        headers: headers({ 'X-Okta-Request-Id': 'req-1' }),
      });

      expect(error.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(error.status).toBe(200);
      expect(error.requestId).toBe('req-1');
      expect(error.message).toBe(
        'The resume cursor is not an absolute URL: start again (Okta request id req-1)',
      );
    });
  });
});

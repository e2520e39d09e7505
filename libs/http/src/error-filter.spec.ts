import { ArgumentsHost, HttpStatus } from '@nestjs/common';
import { ApiException } from './api-exception';
import { ErrorFilter } from './error-filter';

function answer(error: unknown) {
  const res = { statusCode: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    status(code: number) { res.statusCode = code; return response; },
    setHeader(k: string, v: string) { res.headers[k] = v; return response; },
    json(b: unknown) { res.body = b; return response; },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(error, host);
  return res;
}

describe('the one error shape', () => {
  it('keeps an API error as it is', () => {
    const a = answer(new ApiException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED', 'the application is already SUBMITTED'));
    expect(a).toMatchObject({ statusCode: 409, body: { code: 'ALREADY_SUBMITTED', message: 'the application is already SUBMITTED' } });
  });

  it("keeps the 4xx of a request body the parser refused (too large, unknown charset)", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true, type: 'entity.too.large' });
    expect(answer(tooLarge)).toMatchObject({ statusCode: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'request entity too large' } });
    const charset = Object.assign(new Error('unsupported charset "UTF-7"'), { status: 415, expose: true });
    expect(answer(charset)).toMatchObject({ statusCode: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('does not take a status from an error whose message is not meant for the client', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(answer(Object.assign(new Error('pool exhausted at 10.0.0.5'), { status: 400 })).statusCode).toBe(500);
  });

  it('answers 503 with Retry-After when a dependency is unreachable', () => {
    const a = answer(new Error('connect ECONNREFUSED 127.0.0.1:55432'));
    expect(a.statusCode).toBe(503);
    expect(a.headers['Retry-After']).toBe('5');
  });

  it('sends Retry-After with a 503 of its own too (a procedure that did not answer in time)', () => {
    const a = answer(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'PROCEDURE_UNAVAILABLE', 'the filing procedure did not answer in time; retry shortly'));
    expect(a).toMatchObject({ statusCode: 503, body: { code: 'PROCEDURE_UNAVAILABLE' } });
    expect(a.headers['Retry-After']).toBe('5');
  });

  it('answers 500 without internals for anything else', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const a = answer(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(a).toMatchObject({ statusCode: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' } });
  });
});

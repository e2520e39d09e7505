import { ArgumentsHost, HttpStatus } from '@nestjs/common';
import { ApiException } from './api-exception';
import { ErrorFilter } from './error-filter';

function answer(error: unknown, requestHeaders: Record<string, string> = {}) {
  const res = { statusCode: 0, headers: {} as Record<string, string>, type: '', body: undefined as unknown };
  const response = {
    status(code: number) {
      res.statusCode = code;
      return response;
    },
    setHeader(k: string, v: string) {
      res.headers[k] = v;
      return response;
    },
    type(t: string) {
      res.type = t;
      return response;
    },
    send(text: string) {
      res.body = JSON.parse(text);
      return response;
    },
  };
  const request = { originalUrl: '/applications/a1/submit', header: (name: string) => requestHeaders[name.toLowerCase()] };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(error, host);
  return res;
}

describe('every error as a problem document (RFC 9457)', () => {
  it('answers an API error with its type, title, status, detail, instance and code', () => {
    const a = answer(new ApiException(HttpStatus.CONFLICT, 'ALREADY_SUBMITTED', 'the application is already SUBMITTED'));
    expect(a.type).toBe('application/problem+json');
    expect(a).toMatchObject({ statusCode: 409 });
    expect(a.body).toEqual({
      type: 'urn:makerspace:problem:already-submitted',
      title: 'Conflict',
      status: 409,
      detail: 'the application is already SUBMITTED',
      instance: '/applications/a1/submit',
      code: 'ALREADY_SUBMITTED',
    });
  });

  it('lists each failing field by its JSON Pointer, with the rule, the article and both languages', () => {
    const a = answer(
      new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'CONDITIONS_NOT_MET', 'the declared figures do not meet the filing conditions of Art. 5', [
        {
          field: 'figures',
          rule: 'art5-2-area',
          article: 'Art. 5(2)',
          message: 'Total area: 450 m²; required at least 500 m² — not met.',
          messageZh: '总面积:450平方米;要求500平方米以上——不符合。',
        },
        { field: 'figures.staff.total', rule: 'too_small', message: 'Too small: expected number to be >=1', messageZh: '数值过小：期望 number >=1' },
        { field: '(request)', rule: 'WRONG_STAGE', article: 'Art. 6(4)', message: 'objections are taken through 2026-06-08 / 异议受理至2026-06-08（含当日）' },
      ]),
    );
    expect(a.body).toMatchObject({
      errors: [
        {
          pointer: '/figures',
          rule: 'art5-2-area',
          article: 'Art. 5(2)',
          message_en: 'Total area: 450 m²; required at least 500 m² — not met.',
          message_zh: '总面积:450平方米;要求500平方米以上——不符合。',
        },
        { pointer: '/figures/staff/total', rule: 'too_small', message_en: 'Too small: expected number to be >=1', message_zh: '数值过小：期望 number >=1' },
        {
          pointer: '',
          rule: 'WRONG_STAGE',
          article: 'Art. 6(4)',
          message_en: 'objections are taken through 2026-06-08',
          message_zh: '异议受理至2026-06-08（含当日）',
        },
      ],
    });
    expect((a.body as { issues?: unknown }).issues).toBeUndefined();
  });

  it('gives an issue in English only its rule in Chinese', () => {
    const a = answer(
      new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the body is not valid', [
        { field: 'reasons', rule: 'REASON_REQUIRED', message: 'a RETURN decision must give its reasons (Art. 6)' },
      ]),
    );
    expect(a.body).toMatchObject({ errors: [{ pointer: '/reasons', message_zh: '须说明理由（a RETURN decision must give its reasons (Art. 6)）' }] });
  });

  it('challenges a refused token with invalid_token and why (RFC 6750)', () => {
    const a = answer(new ApiException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'the token has expired'), { authorization: 'Bearer x.y.z' });
    expect(a.statusCode).toBe(401);
    expect(a.headers['WWW-Authenticate']).toBe('Bearer realm="makerspace", error="invalid_token", error_description="the token has expired"');
  });

  it('asks a request without a token for one, without an error code (RFC 6750 §3.1)', () => {
    const a = answer(new ApiException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'this action needs a signed-in applicant'));
    expect(a.headers['WWW-Authenticate']).toBe('Bearer realm="makerspace"');
  });

  it('keeps the 4xx of a request body the parser refused (too large, unknown charset)', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true, type: 'entity.too.large' });
    expect(answer(tooLarge)).toMatchObject({
      statusCode: 413,
      body: { status: 413, code: 'PAYLOAD_TOO_LARGE', title: 'Payload Too Large', detail: 'request entity too large' },
    });
    const charset = Object.assign(new Error('unsupported charset "UTF-7"'), { status: 415, expose: true });
    expect(answer(charset)).toMatchObject({ statusCode: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', type: 'urn:makerspace:problem:unsupported-media-type' } });
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
    expect(a).toMatchObject({ statusCode: 500, body: { code: 'INTERNAL_SERVER_ERROR', detail: 'internal error', title: 'Internal Server Error' } });
  });
});

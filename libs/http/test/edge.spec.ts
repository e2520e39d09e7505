import { Body, Controller, INestApplication, Module, Param, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp } from '../src';

@Controller('echo')
class EchoController {
  @Post(':name')
  echo(@Param('name') _name: string, @Query() _query: unknown, @Body() body: unknown) {
    return { received: JSON.stringify(body ?? null).length };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' };

/**
 * What every service answers at its edge, whatever the request: the security headers; a body over
 * 1 MB, of another type than JSON, not JSON at all, or with text the database cannot store,
 * refused in the one error shape; never a 5xx.
 */
describe('the edge of every service', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create(EchoModule, { logger: false });
    configureApp(app, { name: 'edge', title: 'edge', description: 'edge' });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(() => app.close());

  const post = (body: string, contentType = 'application/json', path = '/echo/x') =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const headersOf = (res: Response) => Object.fromEntries(Object.keys(SECURITY_HEADERS).map((h) => [h, res.headers.get(h)]));

  it('takes a JSON body of just under 1 MB', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(1_000_000) }));
    expect(res.status).toBe(201);
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });

  it('answers a JSON body over 1 MB with 413 in the one error shape, with the security headers', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail: 'request entity too large' });
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });

  it('answers malformed JSON with 400 in the one error shape', async () => {
    const res = await post('{"text": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST', detail: expect.any(String) });
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });

  it('answers a JSON body nested deeper than 32 levels with 400, unparsed, and takes one of 32', async () => {
    const nested = (levels: number) => `${'['.repeat(levels)}"x[{"${']'.repeat(levels)}`;
    const tooDeep = await post(nested(500_000));
    expect(tooDeep.status).toBe(400);
    expect(await tooDeep.json()).toMatchObject({ code: 'BAD_REQUEST', detail: 'the JSON body nests deeper than 32 levels' });
    expect((await post(nested(32))).status).toBe(201);
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'reason=we+moved'],
    ['plain text', 'text/plain;charset=UTF-8', '{"reason":"we moved"}'],
    ['XML', 'application/xml', '<reason>we moved</reason>'],
    ['JSON in UTF-7', 'application/json; charset=utf-7', '{"reason":"+U4hT-"}'],
  ])('answers a body sent as %s with 415, unread', async (_what, contentType, body) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', detail: expect.stringMatching(/application\/json|UTF-8/) });
  });

  it('takes JSON declared as UTF-8, and a request without a body whatever its type says', async () => {
    expect((await post('{"a":"鞍山"}', 'application/json; charset="UTF-8"')).status).toBe(201);
    expect((await fetch(`${url}/echo/x`, { method: 'POST' })).status).toBe(201);
  });

  it('answers text the database cannot store with 400, naming each field: NUL and a lone surrogate in the body, NUL in the query and the path', async () => {
    const body = await post(JSON.stringify({ names: ['ok', 'bad\u0000'], note: '\ud800' }));
    expect(body.status).toBe(400);
    expect(((await body.json()) as { errors: { pointer: string }[] }).errors.map((i) => i.pointer)).toEqual(['/names/1', '/note']);
    const query = await post('{}', 'application/json', '/echo/x?name=ok&other=%00');
    expect(query.status).toBe(400);
    const path = await post('{}', 'application/json', '/echo/a%00b');
    expect(path.status).toBe(400);
    expect(await path.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/name', rule: 'text' }] });
  });

  it('answers an unknown route with 404 in the one error shape, with the security headers', async () => {
    const res = await fetch(`${url}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', detail: expect.any(String) });
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });
});

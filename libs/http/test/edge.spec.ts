import { Body, Controller, INestApplication, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp } from '../src';

@Controller('echo')
class EchoController {
  @Post()
  echo(@Body() body: unknown) {
    return { received: JSON.stringify(body).length };
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' };

/**
 * What every service answers at its edge, whatever the request: the security headers, and a body
 * over 1 MB or not JSON at all refused in the one error shape, never a 5xx.
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

  const post = (body: string, contentType = 'application/json') => fetch(`${url}/echo`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const headersOf = (res: Response) => Object.fromEntries(Object.keys(SECURITY_HEADERS).map((h) => [h, res.headers.get(h)]));

  it('takes a JSON body of just under 1 MB', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(1_000_000) }));
    expect(res.status).toBe(201);
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });

  it('answers a JSON body over 1 MB with 413 in the one error shape, with the security headers', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'request entity too large' });
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });

  it('answers malformed JSON with 400 in the one error shape', async () => {
    const res = await post('{"text": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'BAD_REQUEST', message: expect.any(String) });
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });

  it('answers an unknown route with 404 in the one error shape, with the security headers', async () => {
    const res = await fetch(`${url}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    expect(headersOf(res)).toEqual(SECURITY_HEADERS);
  });
});

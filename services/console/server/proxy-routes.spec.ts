import { checkSettings } from '@makerspace/config';
import { proxyTargets, upstreamUrl } from './proxy-routes';

const targetsOf = (env: NodeJS.ProcessEnv) => proxyTargets(checkSettings('console', { AUTH_ISSUER: 'http://127.0.0.1:8180/realms/makerspace', ...env }));

describe('the console proxy routes', () => {
  const targets = targetsOf({ INTAKE_URL: 'http://intake:3001/', REVIEW_PORT: '4002' });

  it('sends each API prefix to its service without the prefix, query included', () => {
    expect(upstreamUrl('/api/intake/registry?division=210302', targets)).toBe('http://intake:3001/registry?division=210302');
    expect(upstreamUrl('/api/review/tasks', targets)).toBe('http://127.0.0.1:4002/tasks');
    expect(upstreamUrl('/api/evaluation/evaluation-cycles/2026', targets)).toBe('http://127.0.0.1:3003/evaluation-cycles/2026');
    expect(upstreamUrl('/api/notification/inbox', targets)).toBe('http://127.0.0.1:3004/inbox');
  });

  it('passes nothing to the identity provider: the browser signs in there itself', () => {
    expect(upstreamUrl('/auth/token', targets)).toBeNull();
  });

  it('refuses a service address that is not an http(s) URL, naming the variable', () => {
    expect(() => targetsOf({ REVIEW_URL: 'review:3002' })).toThrow(/REVIEW_URL must be an http:\/\/ or https:\/\/ URL/);
  });

  it('keeps the console its own paths, including names that only begin like a prefix', () => {
    expect(upstreamUrl('/', targets)).toBeNull();
    expect(upstreamUrl('/assets/index.js', targets)).toBeNull();
    expect(upstreamUrl('/authors.html', targets)).toBeNull();
    expect(upstreamUrl('/api/intakes', targets)).toBeNull();
  });
});

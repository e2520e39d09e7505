import fc from 'fast-check';
import { signInThroughDevelopmentIssuer } from '@makerspace/testing';
import { faultOf, send } from './support/fuzz/answer';
import { ENDPOINTS } from './support/fuzz/api-surface';
import { FuzzStack, SERVICES } from './support/fuzz/fuzz-stack';
import { malformedRequests } from './support/fuzz/malformed-request';
import { StoredState, storedState } from './support/fuzz/stored-state';

/**
 * How many requests one run sends (FUZZ_RUNS), and how many of them must be refused: the reads
 * among them (GET with odd queries and paths) may be answered, everything else must be refused.
 * FUZZ_SEED repeats a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 13_500);
const REFUSALS = Math.min(10_000, Math.floor(RUNS * 0.75));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// The fuzz signs in as thousands of made-up people (ids of any text, odd scopes) whom no directory
// holds: it tests bad input, not sign-in, so it signs in at the development issuer, and the
// services it boots trust that issuer.
signInThroughDevelopmentIssuer();

/**
 * Bad input, fuzzed: thousands of generated malformed requests to every endpoint of the four
 * services on the real stack — bodies broken one field at a time, not objects, not JSON, nested
 * too deep, of other types, too large, with text the database cannot store; bad path and query
 * parameters; unknown routes and methods; as every role and as nobody. None is answered with a
 * 5xx; every one that is not a read is refused, in the one error shape; afterwards every table
 * holds the rows it held and every audit chain ends where it ended. The suite expects the test
 * databases to itself while it runs (as `npm test` runs the projects one at a time).
 */
describe('malformed requests to every service', () => {
  const stack = new FuzzStack();
  let before: Record<string, StoredState>;
  const tally = new Map<string, number>();
  let refused = 0;

  beforeAll(async () => {
    await stack.start();
    before = await storedState(stack);
  }, 120_000);

  afterAll(() => stack.stop());

  it("knows every route the services register (readiness and Swagger UI's files aside)", () => {
    const aside = (route: string) => route === 'GET /health/ready' || (/^GET \/docs/.test(route) && route !== 'GET /docs/openapi.json');
    for (const service of SERVICES) {
      const registered = stack.routes(service).filter((r) => !aside(r));
      const known = ENDPOINTS.filter((e) => e.service === service).map((e) => `${e.method} ${e.path}`);
      expect(registered.sort()).toEqual(known.sort());
    }
  });

  it('breaks bodies that are valid to begin with, so each is one defect away from one the service takes', () => {
    for (const endpoint of ENDPOINTS.filter((e) => e.body)) {
      const result = endpoint.body!.schema.safeParse(endpoint.body!.example(stack.seeds));
      expect([`${endpoint.method} ${endpoint.path}`, result.success]).toEqual([`${endpoint.method} ${endpoint.path}`, true]);
    }
  });

  it(`answers ${RUNS} generated requests, refusing at least ${REFUSALS} malformed ones, none with a 5xx, each in the one error shape with the security headers`, async () => {
    await fc.assert(
      fc.asyncProperty(malformedRequests(stack.seeds), async (request) => {
        const answer = await send(stack.services[request.service].url, request);
        const key = `${request.defect} → ${answer.status}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        if (answer.status >= 400) refused += 1;
        const fault = faultOf(request, answer);
        if (fault) throw new Error(fault);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(refused).toBeGreaterThanOrEqual(REFUSALS);
    console.log(
      `${refused} of ${RUNS} refused; answers by defect:\n${[...tally]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n')}`,
    );
  }, 600_000);

  it('stored nothing: every table holds the rows it held, and every audit chain ends where it ended', async () => {
    expect(await storedState(stack)).toEqual(before);
  });
});

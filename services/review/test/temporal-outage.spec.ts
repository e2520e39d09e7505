import { randomUUID } from 'node:crypto';
import { temporalSettings } from '@makerspace/config';
import { TemporalGateway } from '@makerspace/temporal';
import { bootService, BootedService, httpClient, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { REVIEW_SERVICE } from '../src/service';

/**
 * The review service with Temporal out of reach (nothing listens where it looks for it): staff
 * get 503 with Retry-After, not an error page, and retry later.
 */
describe('the review service while Temporal is out of reach', () => {
  let review: BootedService;

  beforeAll(async () => {
    process.env.REVIEW_GROUP_ID = unique('review-outage');
    review = await bootService(AppModule, REVIEW_SERVICE, (b) =>
      b.overrideProvider(TemporalGateway).useValue(new TemporalGateway({ ...temporalSettings(), address: '127.0.0.1:1' })),
    );
  });

  afterAll(() => review?.close());

  it('answers a disqualification with 503 and Retry-After', async () => {
    const city = httpClient(review.url, { id: 'officer-city', role: 'city-officer' });
    const answer = await city.post(`/applications/${randomUUID()}/disqualify`, { reasons: [{ text: '伪造租赁合同 / forged lease', article: 'Art. 9' }] });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(answer.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('still serves the inbox, which needs only its own database', async () => {
    const answer = await httpClient(review.url, { id: 'officer-city', role: 'city-officer' }).get('/tasks?kind=re-review');
    expect(answer.status).toBe(200);
  });
});

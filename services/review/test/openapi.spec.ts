import { bootService, BootedService, httpClient, openApiDocuments, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { REVIEW_SERVICE } from '../src/service';

describe('the OpenAPI document', () => {
  let review: BootedService;

  beforeAll(async () => {
    process.env.REVIEW_GROUP_ID = unique('review-openapi');
    review = await bootService(AppModule, REVIEW_SERVICE);
  });

  afterAll(() => review?.close());

  it('serves at /docs-json and /docs/openapi.json the document committed as docs/api/review.openapi.json (npm run openapi writes it)', async () => {
    const { docsJson, openapiJson, committed } = await openApiDocuments(review.url, 'review');
    expect(openapiJson).toEqual(docsJson);
    expect(docsJson).toEqual(committed);
  });

  it("describes the staff's endpoints, the inbox's filters and the bodies", async () => {
    type Operation = { parameters?: { name: string }[]; requestBody?: unknown };
    const doc = await httpClient(review.url).get<{ paths: Record<string, Record<string, Operation>> }>('/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/tasks',
        '/tasks/{id}/claim',
        '/tasks/{id}/release',
        '/tasks/{id}/decision',
        '/applications/{id}/history',
        '/applications/{id}/disqualify',
        '/meetings',
        '/meetings/{meetingId}',
      ]),
    );
    expect(doc.body.paths['/tasks'].get.parameters?.map((p) => p.name)).toEqual(['applicationId', 'stage', 'kind', 'overdue']);
    for (const path of ['/tasks/{id}/decision', '/applications/{id}/disqualify', '/meetings']) expect(doc.body.paths[path].post.requestBody).toBeDefined();
  });
});

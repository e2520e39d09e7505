import { bootService, BootedService, httpClient, openApiDocuments, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';

describe('the OpenAPI document', () => {
  let intake: BootedService;

  beforeAll(async () => {
    process.env.INTAKE_GROUP_ID = unique('intake-openapi');
    intake = await bootService(AppModule, INTAKE_SERVICE);
  });

  afterAll(() => intake?.close());

  it('serves at /docs-json and /docs/openapi.json the document committed as docs/api/intake.openapi.json (npm run openapi writes it)', async () => {
    const { docsJson, openapiJson, committed } = await openApiDocuments(intake.url, 'intake');
    expect(openapiJson).toEqual(docsJson);
    expect(docsJson).toEqual(committed);
  });

  it('describes the applicant, evidence and public endpoints with their parameters', async () => {
    const doc = await httpClient(intake.url).get<{ paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>('/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/applications/{id}/withdraw',
        '/applications/{id}/resubmit',
        '/applications/{id}/evidence',
        '/applications/{id}/evidence/{evidenceId}/content',
        '/applications/{id}/evidence/{evidenceId}',
        '/registry',
        '/public-notices',
        '/public-notices/{applicationId}/objections',
      ]),
    );
    expect(doc.body.paths['/registry'].get.parameters?.map((p) => p.name)).toEqual(['name', 'division', 'status', 'filingNumber', 'year', 'page', 'pageSize']);
    expect(doc.body.paths['/applications'].get.parameters?.map((p) => p.name)).toEqual([
      'name',
      'uscc',
      'filingNumber',
      'status',
      'stage',
      'division',
      'year',
      'overdue',
      'sort',
      'order',
      'page',
      'pageSize',
    ]);
  });
});

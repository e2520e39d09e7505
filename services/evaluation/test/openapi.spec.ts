import { bootService, BootedService, openApiDocuments, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { EVALUATION_SERVICE } from '../src/service';

describe('the OpenAPI document', () => {
  let evaluation: BootedService;

  beforeAll(async () => {
    process.env.EVALUATION_GROUP_ID = unique('evaluation-openapi');
    evaluation = await bootService(AppModule, EVALUATION_SERVICE);
  });

  afterAll(() => evaluation?.close());

  it('serves at /docs-json and /docs/openapi.json the document committed as docs/api/evaluation.openapi.json (npm run openapi writes it)', async () => {
    const { docsJson, openapiJson, committed } = await openApiDocuments(evaluation.url, 'evaluation');
    expect(openapiJson).toEqual(docsJson);
    expect(docsJson).toEqual(committed);
  });
});

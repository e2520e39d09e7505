import { bootService, BootedService, openApiDocuments, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { NOTIFICATION_SERVICE } from '../src/service';

describe('the OpenAPI document', () => {
  let notification: BootedService;

  beforeAll(async () => {
    process.env.NOTIFICATION_GROUP_ID = unique('notification-openapi');
    notification = await bootService(AppModule, NOTIFICATION_SERVICE);
  });

  afterAll(() => notification?.close());

  it('serves at /docs-json and /docs/openapi.json the document committed as docs/api/notification.openapi.json (npm run openapi writes it)', async () => {
    const { docsJson, openapiJson, committed } = await openApiDocuments(notification.url, 'notification');
    expect(openapiJson).toEqual(docsJson);
    expect(docsJson).toEqual(committed);
  });
});

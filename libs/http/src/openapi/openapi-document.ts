import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { componentSchemas } from './component-schemas';
import { addErrorResponses } from './error-responses';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * A service's OpenAPI 3.1 document: every operation with its summary, its security requirement
 * (a bearer token from the identity provider, unless the operation is public), every error status
 * it can answer as a problem document, and the request bodies as named components made from the
 * zod schemas the service validates with. Served at /docs-json and /docs/openapi.json, and
 * committed as docs/api/<service>.openapi.json (`npm run openapi`).
 */
export function openApiDocument(app: INestApplication, service: { title: string; description: string }): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle(service.title)
    .setDescription(service.description)
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'an access token of the identity provider (docs/trust.md): `role` and its scope claim (`organisation` for an applicant, `division` for a district officer) say what the caller may do',
      },
      'bearer',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Parameters<typeof addErrorResponses>[0] & { summary?: string; operationId?: string }>)[method];
      if (!operation) continue;
      operation.summary ??= summaryOf(operation.operationId ?? method);
      addErrorResponses(operation, path, method);
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...componentSchemas(document.paths) } };
  return document;
}

/** "Tasks_claimNext" as "Claim next (tasks)": an operation's summary where it declares none. */
function summaryOf(operationId: string): string {
  const [controller, method = controller] = operationId.split('_');
  const words = (text: string) => text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const action = words(method);
  return `${action.charAt(0).toUpperCase()}${action.slice(1)} (${words(controller)})`;
}

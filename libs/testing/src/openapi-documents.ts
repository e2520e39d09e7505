import { readFileSync } from 'node:fs';
import path from 'node:path';

const DOCUMENTS_DIR = path.resolve(__dirname, '../../../docs/api');

/**
 * The OpenAPI document a running service serves at /docs-json and at /docs/openapi.json, and the
 * one committed as docs/api/<service>.openapi.json (`npm run openapi` writes it): a test expects
 * the three equal, so the committed document cannot drift from the code.
 */
export async function openApiDocuments(baseUrl: string, service: string) {
  const served = async (route: string) => {
    const res = await fetch(`${baseUrl}${route}`);
    if (res.status !== 200) throw new Error(`${route} answered ${res.status}`);
    return (await res.json()) as unknown;
  };
  return {
    docsJson: await served('/docs-json'),
    openapiJson: await served('/docs/openapi.json'),
    committed: JSON.parse(readFileSync(path.join(DOCUMENTS_DIR, `${service}.openapi.json`), 'utf8')) as unknown,
  };
}

// JSON schemas of Kubernetes objects for kubeconform, made from the API's own OpenAPI document
// (swagger.json of k8s.io/kubernetes), as kubeconform's "standalone-strict" schemas are made:
// every definition an object needs inlined under `definitions`, and no property that the API does
// not know allowed (a misspelt field fails instead of being dropped by the API server).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Schema = { [key: string]: unknown };
interface OpenApi {
  definitions: Record<string, Schema & { 'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[] }>;
}

const REF = '#/definitions/';

/** Quantities and int-or-string fields are written as either in YAML; the document says string. */
const EITHER: Record<string, Schema> = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { oneOf: [{ type: 'string' }, { type: 'integer' }] },
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { oneOf: [{ type: 'string' }, { type: 'number' }] },
};

/** kubeconform's file name of a kind: `{{ .ResourceKind }}{{ .KindSuffix }}.json` (deployment-apps-v1.json). */
export function schemaFileName(apiVersion: string, kind: string): string {
  const [groupOrVersion, version] = apiVersion.split('/');
  const suffix = version ? `-${groupOrVersion.split('.')[0]}-${version}` : `-${groupOrVersion}`;
  return `${kind.toLowerCase()}${suffix.toLowerCase()}.json`;
}

function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(node))
    copy[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([p, s]) => [p, strict(s)])) : strict(value);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

function referenced(node: unknown, into: Set<string>, api: OpenApi): void {
  if (Array.isArray(node)) return node.forEach((n) => referenced(n, into, api));
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(REF)) {
      const name = value.slice(REF.length);
      if (!into.has(name)) {
        into.add(name);
        referenced(api.definitions[name], into, api);
      }
    } else referenced(value, into, api);
  }
}

/**
 * Writes the schema of each wanted kind into `outDir`; answers the kinds the document does not have.
 */
export function writeKubernetesSchemas(openApiFile: string, outDir: string, wanted: { apiVersion: string; kind: string }[]): string[] {
  const api = JSON.parse(readFileSync(openApiFile, 'utf8')) as OpenApi;
  const byGvk = new Map<string, string>();
  for (const [name, def] of Object.entries(api.definitions)) {
    for (const gvk of def['x-kubernetes-group-version-kind'] ?? []) byGvk.set(`${gvk.group ? `${gvk.group}/` : ''}${gvk.version} ${gvk.kind}`, name);
  }
  mkdirSync(outDir, { recursive: true });
  const missing: string[] = [];
  for (const { apiVersion, kind } of wanted) {
    const name = byGvk.get(`${apiVersion} ${kind}`);
    if (!name) {
      missing.push(`${apiVersion} ${kind}`);
      continue;
    }
    const needed = new Set<string>();
    referenced(api.definitions[name], needed, api);
    const definitions = Object.fromEntries([...needed].map((n) => [n, EITHER[n] ?? strict(api.definitions[n])]));
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...(strict(api.definitions[name]) as Schema), definitions };
    writeFileSync(path.join(outDir, schemaFileName(apiVersion, kind)), JSON.stringify(schema));
  }
  return missing;
}

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { writeKubernetesSchemas } from './support/kubernetes-schemas';
import { stackHome } from './support/stack';

const exec = promisify(execFile);
const repo = path.resolve(__dirname, '../..');
const chart = path.join(repo, 'infra/helm/makerspace');
// Where install-tools.sh builds them: STACK_BIN, which a second stack shares with the first.
const bin = (name: string) => path.join(process.env.STACK_BIN ?? path.join(stackHome, 'bin'), name);
const KUBERNETES = 'v1.34.2';

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
  spec: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function render(...set: string[]): Promise<{ text: string; manifests: Manifest[] }> {
  const args = ['template', 'anshan', chart, '--namespace', 'makerspace', '--kube-version', KUBERNETES.slice(1), ...set.flatMap((s) => ['--set', s])];
  const { stdout } = await exec(bin('helm'), args, { maxBuffer: 32 * 1024 * 1024 });
  return {
    text: stdout,
    manifests: parseAllDocuments(stdout)
      .map((d) => d.toJS() as Manifest)
      .filter(Boolean),
  };
}

/**
 * The Helm chart, offline: helm (built from source through the Go module proxy) lints and renders
 * it, and kubeconform validates every object strictly against schemas made from Kubernetes'
 * own OpenAPI document (the k8s.io/kubernetes module, same proxy). docker-compose.yml still parses.
 */
describe('the Helm chart (infra/helm/makerspace)', () => {
  let schemas: string;

  beforeAll(async () => {
    // Builds helm and kubeconform on the first run (minutes on a cold Go cache), reused after.
    await exec('bash', [path.join(repo, 'infra/helm/install-tools.sh')], { maxBuffer: 32 * 1024 * 1024 });
    schemas = mkdtempSync(path.join(tmpdir(), 'k8s-schemas-'));
  }, 1_200_000);
  afterAll(() => rmSync(schemas, { recursive: true, force: true }));

  it('lints', async () => {
    const { stdout } = await exec(bin('helm'), ['lint', '--strict', chart, '--kube-version', KUBERNETES.slice(1)]);
    expect(stdout).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
  });

  it.each([
    ['the default values', []],
    [
      'fixed replicas, SMTP sign-in, no migrations, S3 of AWS signed by the pod identity, another console client',
      [
        'components.intake.autoscaling.enabled=false',
        'smtp.user=mailer',
        'migrations.enabled=false',
        'objectStore.url=',
        'objectStore.credentialsSecret.name=',
        'otlpEndpoint=http://collector:4318',
        'auth.consoleClientId=filing-console',
      ],
    ],
  ])('renders, with %s, objects that Kubernetes accepts (kubeconform, strict)', async (_name, set) => {
    const { text, manifests } = await render(...set);
    const kinds = [...new Map(manifests.map((m) => [`${m.apiVersion} ${m.kind}`, { apiVersion: m.apiVersion, kind: m.kind }])).values()];
    expect(writeKubernetesSchemas(path.join(stackHome, 'kubernetes', `swagger-${KUBERNETES}.json`), schemas, kinds)).toEqual([]);
    const file = path.join(schemas, 'rendered.yaml');
    writeFileSync(file, text);
    const { stdout } = await exec(bin('kubeconform'), [
      '-strict',
      '-summary',
      '-schema-location',
      `${schemas}/{{ .ResourceKind }}{{ .KindSuffix }}.json`,
      file,
    ]);
    expect(stdout).toContain(`${manifests.length} resources found in 1 file - Valid: ${manifests.length}, Invalid: 0, Errors: 0, Skipped: 0`);
  });

  it('runs every process with probes, resource limits, autoscaling and secrets by reference', async () => {
    const { manifests } = await render();
    const of = (kind: string) => manifests.filter((m) => m.kind === kind);
    const deployments = of('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      ['console', 'evaluation', 'intake', 'notification', 'review', 'workflows'].map((n) => `anshan-makerspace-${n}`),
    );
    for (const d of deployments) {
      const [container] = d.spec.template.spec.containers;
      expect(container.resources).toEqual({
        requests: expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }),
        limits: expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }),
      });
      expect(container.livenessProbe.httpGet).toBeDefined();
      expect(container.readinessProbe.httpGet).toBeDefined();
      // Secrets are read from Secrets, never written into the chart.
      for (const e of container.env) if (/PASSWORD|SECRET/.test(e.name)) expect(e.valueFrom.secretKeyRef).toBeDefined();
    }
    const service = deployments.find((d) => d.metadata.name.endsWith('-evaluation'))!.spec.template.spec.containers[0];
    expect([service.livenessProbe.httpGet.path, service.readinessProbe.httpGet.path]).toEqual(['/health/live', '/health/ready']);
    expect(
      of('HorizontalPodAutoscaler')
        .map((h) => h.spec.scaleTargetRef.name)
        .sort(),
    ).toEqual(deployments.map((d) => d.metadata.name).sort());
    expect(of('Secret')).toEqual([]);
    expect(of('Service')).toHaveLength(6);
  });

  it('migrates the databases in a hook before an install or upgrade', async () => {
    const { manifests } = await render();
    const [job] = manifests.filter((m) => m.kind === 'Job');
    expect(job.metadata.annotations).toMatchObject({ 'helm.sh/hook': 'pre-install,pre-upgrade' });
    expect(job.spec.template.spec.containers[0].command).toEqual(['bash', 'infra/prisma/migrate.sh']);
  });

  it('keeps docker-compose.yml valid', async () => {
    const compose = await exec('docker-compose', ['-f', path.join(repo, 'docker-compose.yml'), 'config', '-q']).then(
      () => 'valid',
      (e: NodeJS.ErrnoException & { stderr?: string }) => (e.code === 'ENOENT' ? 'docker-compose is not installed' : e.stderr),
    );
    expect(['valid', 'docker-compose is not installed']).toContain(compose);
  });
});

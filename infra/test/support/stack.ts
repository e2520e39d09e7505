// Small helpers for specs that drive the local stack's servers.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const localDir = path.resolve(__dirname, '../../local');
export const stackHome = process.env.STACK_HOME ?? path.resolve(localDir, '../../.stack');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** `count` ports that were free a moment ago. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve) => {
          const server = createServer().listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * A Kafka broker of the spec's own, run by the same infra/local/kafka scripts with their own
 * STACK_HOME (data, pid file, log) and ports, sharing the installed jars. A spec that stops and starts
 * a broker uses one, so it never pulls the stack's broker from under specs running beside it.
 */
export class OwnKafka {
  readonly home = mkdtempSync(path.join(tmpdir(), 'infra-kafka-'));
  private env: NodeJS.ProcessEnv = {};
  broker = '';

  async start(): Promise<void> {
    if (!this.broker) {
      const [port, controllerPort] = await freePorts(2);
      mkdirSync(path.join(this.home, 'kafka'), { recursive: true });
      symlinkSync(path.join(stackHome, 'kafka', 'libs'), path.join(this.home, 'kafka', 'libs'));
      this.env = { ...process.env, STACK_HOME: this.home, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(controllerPort) };
      this.broker = `127.0.0.1:${port}`;
    }
    await this.script('start.sh');
  }

  stop(): Promise<void> {
    return this.script('stop.sh');
  }

  /** The broker's pid as start.sh recorded it. */
  pid(): string | undefined {
    try {
      return readFileSync(path.join(this.home, 'run', 'kafka.pid'), 'utf8').trim();
    } catch {
      return undefined;
    }
  }

  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.home, { recursive: true, force: true });
  }

  // Asynchronous, so clients in the same process keep going while the script runs.
  private async script(name: 'start.sh' | 'stop.sh'): Promise<void> {
    await exec('bash', [path.join(localDir, 'kafka', name)], { env: this.env, timeout: 120_000 });
  }
}

/**
 * kafkajs 2.2.4 can leave a socket open after a consumer crashed on a lost broker (its broker pool
 * forgets the broker without closing its connection), which keeps the test process alive after every
 * client disconnected. Clients given `socketFactory` are tracked; `destroyLeftovers` closes what remains.
 */
export function socketTracker() {
  const sockets = new Set<Socket>();
  return {
    socketFactory: ({ host, port, onConnect }: { host: string; port: number; onConnect: () => void }) => {
      const socket = connect({ host, port }, onConnect);
      socket.setKeepAlive(true, 60_000);
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      return socket;
    },
    destroyLeftovers(): number {
      const left = sockets.size;
      for (const socket of sockets) socket.destroy();
      return left;
    },
  };
}

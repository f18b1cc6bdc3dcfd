import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { BROTLI_STATIC_MODULE, writeNginxConfig } from './nginx.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningServer {
  baseUrl: string;
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntilServing(child: ChildProcess, baseUrl: string, errorLog: string): Promise<void> {
  const stopped = exited(child).then(() => 'exited' as const);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answered = await Promise.race([
      fetch(baseUrl, { method: 'HEAD' }).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      stopped,
    ]);
    if (answered === 'up') return;
    if (answered === 'exited') {
      const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '';
      throw new Error(`nginx stopped before serving (exit ${child.exitCode}):\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer on ${baseUrl}`);
}

/**
 * Serves a built folder with the system's nginx and the shipped site config on a free loopback port.
 * The master runs in the foreground as our child, so stopping it (or this process exiting) stops the server.
 */
export async function serveWithNginx(root: string, workDir: string): Promise<RunningServer> {
  if (!fs.existsSync(NGINX_PATH)) throw new Error(`nginx is not at ${NGINX_PATH}: install Debian's nginx package or set NGINX_PATH`);
  if (!fs.existsSync(BROTLI_STATIC_MODULE)) {
    throw new Error(
      `nginx's brotli_static module is not at ${BROTLI_STATIC_MODULE}: install Debian's libnginx-mod-http-brotli-static or set NGINX_BROTLI_STATIC_MODULE`,
    );
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  let lastError: unknown;
  // Another program may take the probed port before nginx binds it; a fresh port fixes that.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const conf = writeNginxConfig(workDir, { listen: `127.0.0.1:${port}`, root: path.resolve(root) });
    const errorLog = path.join(workDir, 'error.log');
    const child = spawn(NGINX_PATH, ['-p', workDir, '-e', errorLog, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
    const stopOnExit = () => child.kill('SIGKILL');
    process.once('exit', stopOnExit);
    try {
      await waitUntilServing(child, baseUrl, errorLog);
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      await exited(child);
      process.off('exit', stopOnExit);
      continue;
    }
    return {
      baseUrl,
      close: async () => {
        process.off('exit', stopOnExit);
        // SIGTERM is nginx's fast shutdown: the master stops its workers, then exits.
        child.kill('SIGTERM');
        await exited(child);
      },
    };
  }
  throw lastError;
}

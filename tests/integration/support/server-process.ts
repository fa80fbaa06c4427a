import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { serverLogSink, serverName } from './run-record.ts';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
}

/**
 * `plan-annotator serve` in a child process, as an operator runs it: `command` is the executable and
 * its first arguments (the clone's bin through node, or an installed package's bin). What it writes also
 * goes to the integration run's log (run-record.ts), which is scanned for secrets at the end.
 */
export async function startServeProcess(
  command: readonly string[],
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ServerProcess> {
  const [file, ...first] = command;
  if (!file) throw new Error('no command');
  const child = spawn(file, [...first, 'serve', ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const name = serverName('serve');
  const [out, err] = [serverLogSink(name), serverLogSink(name)];
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    out.write(chunk.toString());
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    err.write(chunk.toString());
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      out.flush();
      err.flush();
      resolve(code);
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const listening = /Sync server listening on (http:\/\/[^\s"]+)/.exec(output);
      if (listening) resolve((listening[1] as string).replace('localhost', '127.0.0.1'));
    };
    child.stdout?.on('data', look);
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}

// Starts the real `mor-survey-server` (server/dist/cli.js) as a child process on a free port,
// with only the environment given (nothing inherited from the developer's shell).
import { spawn } from 'node:child_process';

// MOR_TEST_CLI runs the tests that start the command against another build (to see a test fail
// without its feature); those that call createReceiver in-process use this build's dist/.
const CLI = process.env.MOR_TEST_CLI || new URL('../../dist/cli.js', import.meta.url).pathname;
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/**
 * The receiver's own lines of `output`: without what Node itself prints, such as Node 22's
 * "ExperimentalWarning: SQLite is an experimental feature" (README, Node versions).
 */
export const ownLines = (output) =>
  output
    .split('\n')
    .filter((line) => line.trim() && !/^\(node:\d+\) \w*Warning: |^\(Use `node --trace-warnings/.test(line));

/**
 * `{ url, child, output(), stop(), kill() }` once the server prints its address. `cli`: another
 * build's command to start instead (the benches compare builds in one run).
 */
export async function startServer(env = {}, { cwd, cli = CLI } = {}) {
  const child = spawn(process.execPath, [cli], {
    cwd,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', MOR_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const look = () => {
      const match = /receiving at (http:\/\/\S+)\/api\/responses/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', look);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it started:\n${output}`));
    });
  });
  const end = async (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { url, child, output: () => output, exited, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** Runs `mor-survey-server <args>` to its end with only `env`: `{ code, stdout, stderr, output }` (output: both, as they came). */
export function runCommand(args, env = {}, { cwd } = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const seen = { stdout: '', stderr: '', output: '' };
  for (const stream of ['stdout', 'stderr']) {
    child[stream].on('data', (chunk) => {
      seen[stream] += chunk;
      seen.output += chunk;
    });
  }
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ...seen })));
}

/** Runs the receiver to its end (for start-up failures): `{ code, output }`. */
export const runToExit = (env = {}, { cwd } = {}) => runCommand([], { HOST: '127.0.0.1', PORT: '0', ...env }, { cwd });

// A test-runner plugin: real receivers (the mor-survey-server package, as its command runs it) on another
// origin than the test page, for the cross-origin tests. Commands:
//   cross-origin-receiver { allow: [origins] } → { url }   a new receiver allowing those origins
//   cross-origin-received { url, survey }      → [responses] what it stored (read as its admin)
import { serve } from '@hono/node-server';
import { createReceiver } from 'mor-survey-server';

const TOKEN = 'cross-origin-admin-token-0123456789';

export function crossOriginReceiver() {
  const running = new Map();
  return {
    name: 'cross-origin-receiver',
    async executeCommand({ command, payload }) {
      if (command === 'cross-origin-receiver') {
        const receiver = createReceiver({ databaseUrl: 'sqlite::memory:', adminToken: TOKEN, allowedOrigins: payload.allow, log: () => {} });
        await receiver.ready;
        const server = await new Promise((resolve) => {
          const started = serve({ fetch: receiver.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
        });
        const url = `http://127.0.0.1:${server.address().port}`;
        running.set(url, { server, receiver });
        return { url };
      }
      if (command === 'cross-origin-received') {
        const answer = await fetch(`${payload.url}/api/responses?survey=${payload.survey}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
        return answer.json();
      }
      return undefined;
    },
    async serverStop() {
      for (const { server, receiver } of running.values()) {
        server.close();
        await receiver.close();
      }
    },
  };
}

/**
 * Reads a request body as text, refusing more than `limit` bytes without reading them all.
 * A body that stops arriving (the client went away, or took longer than MOR_BODY_TIMEOUT) is
 * an `IncompleteBody`: `app.ts` answers it 400 and logs nothing (SPEC §16), as nothing went
 * wrong in the receiver.
 */
export class IncompleteBody extends Error {
  constructor() {
    super('the request body did not arrive whole');
    this.name = 'IncompleteBody';
  }
}

export async function readText(request: Request, limit: number): Promise<string | undefined> {
  try {
    return await read(request, limit);
  } catch {
    throw new IncompleteBody();
  }
}

async function read(request: Request, limit: number): Promise<string | undefined> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared)) {
    if (Number(declared) > limit) return undefined;
    // HTTP framing delivers exactly the declared length; text() is also the fast path of
    // @hono/node-server (no web stream is built).
    return request.text();
  }
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

import type { NodeRequest } from './node-http.js';

/**
 * Reads a request's body as bytes, keeping at most `limitBytes + 1` of
 * them: enough for the caller to see the body is too large, without
 * holding it. The rest is read and dropped, so the client still gets the
 * answer. When a host's body parser has read the stream already, its
 * `req.body` is used instead (re-encoded when it was parsed as JSON).
 */
export async function readBody(req: NodeRequest, limitBytes: number): Promise<Buffer> {
  if (req.readableEnded) {
    return fromParsedBody(req.body);
  }

  const chunks: Buffer[] = [];
  let kept = 0;

  for await (const chunk of req) {
    const bytes = Buffer.from(chunk as Uint8Array);

    if (kept <= limitBytes) {
      chunks.push(bytes.subarray(0, limitBytes + 1 - kept));
      kept += Math.min(bytes.length, limitBytes + 1 - kept);
    }
  }

  return Buffer.concat(chunks);
}

function fromParsedBody(body: unknown): Buffer {
  if (body === undefined || body === null) {
    return Buffer.alloc(0);
  }

  if (typeof body === 'string' || body instanceof Uint8Array) {
    return Buffer.from(body);
  }

  return Buffer.from(JSON.stringify(body), 'utf8');
}

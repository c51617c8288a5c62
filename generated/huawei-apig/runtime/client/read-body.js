// Copied by opforge from src/runtime/client/read-body.ts. DO NOT EDIT.
/** Response bodies, read within a byte limit so that a misbehaving server cannot exhaust memory. */
/** The body as UTF-8 text. Throws RangeError past `limit` bytes (declared or streamed). */
export async function readText(response, limit) {
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit)
    throw new RangeError(`response body of ${declared} bytes exceeds maxResponseBytes (${limit})`);
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`response body exceeds maxResponseBytes (${limit})`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
/** Response headers as a plain record (names in lower case); names are untrusted, so defined, never assigned. */
export function headerRecord(headers) {
  const out = {};
  headers.forEach((value, key) => {
    Object.defineProperty(out, key.toLowerCase(), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return out;
}

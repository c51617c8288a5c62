import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, backoffMs, isRetryableStatus, retryAfterMs } from "../../../src/runtime/client/retry.js";

describe("retry policy", () => {
  it("retries throttling and server errors only", () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 501].some(isRetryableStatus)).toBe(false);
  });

  it("grows the backoff ceiling exponentially, capped, with full jitter", () => {
    const top = () => 0.999999;
    expect(backoffMs(1, DEFAULT_RETRY, top)).toBe(99);
    expect(backoffMs(3, DEFAULT_RETRY, top)).toBe(399);
    expect(backoffMs(30, DEFAULT_RETRY, top)).toBe(19_999);
    expect(backoffMs(3, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("0.5")).toBe(500);
    const now = Date.parse("2024-01-01T00:00:00Z");
    expect(retryAfterMs("Mon, 01 Jan 2024 00:00:03 GMT", now)).toBe(3000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

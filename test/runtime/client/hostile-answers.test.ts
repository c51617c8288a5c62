/**
 * Answers the client must not trust: redirects (never followed, so
 * credentials and bodies never travel to another origin), answers that
 * never come (a default deadline), and success statuses whose body is not
 * the JSON the protocol declares.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_TIMEOUT_MS, deadlineMs } from "../../../src/runtime/client/deadline.js";
import { RedirectError, ResponseFormatError, TimeoutError } from "../../../src/runtime/client/errors.js";
import type { FetchLike } from "../../../src/runtime/client/options.js";
import { startCaptureServer, type CaptureServer } from "../helpers/capture-server.js";
import { apiGateway, putMethod, sink } from "../helpers/clients.js";

let origin: CaptureServer;
let elsewhere: CaptureServer;
beforeAll(async () => {
  origin = await startCaptureServer();
  elsewhere = await startCaptureServer(() => ({ status: 201, body: '{"httpMethod":"GET"}' }));
});
afterAll(async () => {
  await origin.close();
  await elsewhere.close();
});

describe("redirects", () => {
  it.each([301, 302, 303, 307, 308])("a cross-origin %i is never followed: no request, no credentials, no body elsewhere", async (status) => {
    const location = `${elsewhere.url}/restapis/api1/resources/res1/methods/GET`;
    origin.replies.push({ status, headers: { location }, body: "" });
    const [before, beforeElsewhere] = [origin.requests.length, elsewhere.requests.length];
    const err = await apiGateway({ endpoint: origin.url }).call("PutMethod", putMethod).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedirectError);
    expect(err).toMatchObject({ status, location, operation: "PutMethod" });
    expect((err as RedirectError).headers["location"]).toBe(location);
    expect(origin.requests.length - before).toBe(1); // not retried
    expect(elsewhere.requests.length).toBe(beforeElsewhere);
  });

  it("a same-origin redirect is not followed either: the caller decides", async () => {
    origin.replies.push({ status: 307, headers: { location: "/other" }, body: "" });
    const err = await apiGateway({ endpoint: origin.url }).call("PutMethod", putMethod).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "RedirectError", status: 307, location: "/other" });
    expect((err as Error).message).toBe("PutMethod: the service answered HTTP 307 redirecting to /other; redirects are not followed");
  });
});

describe("the default deadline", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A fetch that never answers, and gives up when its signal aborts. */
  const hanging: FetchLike = (_url, init) =>
    new Promise((_resolve, reject) => init.signal.addEventListener("abort", () => reject(init.signal.reason)));

  it("bounds every call: 60 s unless told otherwise", async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const pending = apiGateway({ endpoint: origin.url, fetch: hanging }).call("PutMethod", putMethod).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(59_999);
    await vi.advanceTimersByTimeAsync(1);
    const err = await pending;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ timeoutMs: 60_000, message: "PutMethod: no answer within 60000 ms" });
  });

  it("timeoutMs: 0 or Infinity disables it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    for (const timeoutMs of [0, Infinity]) {
      let answer!: (r: Response) => void;
      const fetch: FetchLike = () => new Promise((resolve) => (answer = resolve));
      let settled = false;
      const pending = apiGateway({ endpoint: origin.url, fetch, timeoutMs }).call("PutMethod", putMethod).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(24 * 3600 * 1000);
      expect(settled).toBe(false);
      answer(new Response('{"httpMethod":"GET"}', { status: 201, headers: { "content-type": "application/json" } }));
      await expect(pending).resolves.toEqual({ httpMethod: "GET" });
    }
  });

  it("refuses a negative or NaN timeout", () => {
    expect(() => deadlineMs(-1)).toThrow(RangeError);
    expect(() => apiGateway({ endpoint: origin.url, timeoutMs: NaN })).toThrow(/timeoutMs must be a non-negative number/);
    expect(deadlineMs(undefined)).toBe(60_000);
    expect(deadlineMs(5)).toBe(5);
  });
});

describe("success answers that are not JSON", () => {
  it("an HTML page with a 200 is a ResponseFormatError, not retried", async () => {
    origin.replies.push({ status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: "<html>captive portal</html>" });
    const before = origin.requests.length;
    const err = await apiGateway({ endpoint: origin.url }).call("PutMethod", putMethod).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseFormatError);
    expect(err).toMatchObject({ status: 200, contentType: "text/html; charset=utf-8", body: "<html>captive portal</html>", operation: "PutMethod" });
    expect((err as Error).message).toBe("PutMethod: HTTP 200 answer is not JSON: content type is text/html; charset=utf-8");
    expect(origin.requests.length - before).toBe(1);
  });

  it("a JSON content type over text that does not parse is one too", async () => {
    origin.replies.push({ status: 201, body: "{truncated" });
    await expect(apiGateway({ endpoint: origin.url }).call("PutMethod", putMethod)).rejects.toThrow(/body does not parse/);
    origin.replies.push({ status: 201, body: "[".repeat(100) + "]".repeat(100) });
    await expect(apiGateway({ endpoint: origin.url }).call("PutMethod", putMethod)).rejects.toThrow(/nesting deeper than 64/);
  });

  it("an operation without output accepts an empty body of any type, not a body of another type", async () => {
    origin.replies.push({ status: 204, headers: { "content-type": "text/html" } });
    await expect(sink({ endpoint: origin.url }).call("DeleteThing", { ThingId: "t" })).resolves.toBeUndefined();
    origin.replies.push({ status: 200, headers: { "content-type": "text/html" }, body: "<p>deleted</p>" });
    await expect(sink({ endpoint: origin.url }).call("DeleteThing", { ThingId: "t" })).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("JSON without a content type, and an empty body with one, are accepted", async () => {
    // A byte body: a string body would get `text/plain` from the Response constructor.
    const fetch: FetchLike = async () => new Response(new TextEncoder().encode('{"httpMethod":"PUT"}'), { status: 201 });
    const noType = await apiGateway({ endpoint: origin.url, fetch }).call("PutMethod", putMethod);
    expect(noType).toEqual({ httpMethod: "PUT" });
    origin.replies.push({ status: 201, body: "" });
    await expect(apiGateway({ endpoint: origin.url }).call("PutMethod", putMethod)).resolves.toEqual({});
  });
});

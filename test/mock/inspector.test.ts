/**
 * The inspector page in a real browser: Debian's /usr/bin/chromium driven
 * by playwright-core. The page is self-contained (no request leaves the
 * mock), shows the journal live (newest first, each exchange expandable),
 * the state and the fault rules; its buttons reset and add a fault; and
 * hostile journal bodies (`</script>`, markup) show as text. A screenshot
 * is kept under test-results/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, call, startTestMock } from "../support/mock-http.js";
import { operationCases, services, validInput, wireRequest } from "../support/mock-services.js";

const RESULTS = path.resolve(import.meta.dirname, "../../test-results");
const HOSTILE = `</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold</b>`;
const cases = await operationCases(services());
/** An operation whose answer echoes a body string: the hostile text travels in request and answer. */
const echoing = cases.find((c) => c.op.http.method !== "GET" && c.op.http.method !== "DELETE")!;
const echoBody = JSON.parse((await wireRequest(echoing, validInput(echoing))).body ?? "{}") as Record<string, unknown>;
/** A string member of its body, which gets the hostile text (an unknown member would do too: the journal keeps refused requests). */
const stringMember = Object.keys(echoBody).find((k) => typeof echoBody[k] === "string") ?? "hostile";

let mock: StartedMock;
let browser: BrowserContext;
let page: Page;
let profile: string;
const outside: string[] = [];

beforeAll(async () => {
  mock = await startTestMock();
  profile = mkdtempSync(path.join(tmpdir(), "opforge-chromium-"));
  // A new, empty profile: playwright passes it to Chromium as --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  page.on("request", (r) => {
    if (!r.url().startsWith(mock.url)) outside.push(r.url());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function sendValid(c = echoing, patchBody?: (body: Record<string, unknown>) => Record<string, unknown>) {
  const wire = await wireRequest(c, validInput(c));
  const body = wire.body !== undefined && patchBody ? JSON.stringify(patchBody(JSON.parse(wire.body) as Record<string, unknown>)) : wire.body;
  return call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service) }, body);
}

describe("inspector page in Chromium", () => {
  it("shows the journal newest first, live, each exchange expandable; hostile bodies show as text; reset and add fault work", async () => {
    await sendValid(cases[0]);
    const response = await page.goto(`${mock.url}/__opforge/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    await page.locator("#journal li").first().waitFor();

    // Live: a request made now appears on top without reloading.
    await sendValid(echoing, (b) => ({ ...b, [stringMember]: HOSTILE }));
    await page.waitForFunction(() => document.querySelectorAll("#journal li").length >= 2);
    const top = page.locator("#journal li").first();
    await expect(top.locator(".operation").textContent()).resolves.toBe(echoing.op.name);
    await top.locator("summary").click();
    const bodies = (await top.locator("pre.body").allTextContents()).join("\n");
    expect(bodies).toContain(HOSTILE.replace(/"/g, '\\"'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#journal img, #journal script, #journal b").count()).toBe(0);

    // The state panel shows what was stored.
    await page.waitForFunction(() => (document.getElementById("state")?.textContent ?? "").length > 2);

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, "mock-inspector.png"), fullPage: true });

    // Reset: journal and state empty.
    await page.locator("#reset").click();
    await page.waitForFunction(() => document.querySelectorAll("#journal li").length === 0);
    expect(await page.locator("#journal-empty").isVisible()).toBe(true);
    const state = (await (await fetch(`${mock.url}/__opforge/state`)).json()) as { instances: number };
    expect(state.instances).toBe(0);

    // Add a fault through the form: the rule is listed, and the next call gets it.
    const target = cases[0]!;
    const error = target.op.errors[0]!;
    await page.locator("#fault-operation").selectOption(`${target.service.id}/${target.op.name}`);
    await page.locator("#fault-error").selectOption(error.name);
    await page.locator("#fault-times").fill("1");
    await page.locator("#add-fault").click();
    await page.waitForFunction(() => document.querySelectorAll("#faults li").length === 1);
    expect(await page.locator("#fault-message").textContent()).toMatch(/^Added fault rule #\d+$/);
    expect(await page.locator("#faults li").first().textContent()).toContain(`${target.op.name}: ${error.name}`);
    expect((await sendValid(target)).status).toBe(error.status);
    await page.waitForFunction(() => document.querySelectorAll("#faults li").length === 0);
    await page.waitForFunction(() => document.querySelector("#journal li .fault") !== null);
    expect(await page.locator("#journal li .status").first().textContent()).toBe(String(error.status));
    await page.screenshot({ path: path.join(RESULTS, "mock-inspector-fault.png"), fullPage: true });

    expect(outside).toEqual([]);
  });
});

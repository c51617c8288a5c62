/** Writing answers: an answer Node refuses to write must not take the server down. */
import { afterEach, describe, expect, it } from "vitest";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { RunningMock } from "../../../src/runtime/mock/types.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { definition } from "../helpers/tables.js";

const table: ServiceTable = {
  id: "echo",
  name: "Echo",
  title: "Echo",
  protocol: "huawei-rest-json",
  auth: { scheme: "x-auth-token", header: "X-Auth-Token" },
  rejectUnknownInput: true,
  shapes: { In: [["token", "string"]], Out: [["token", "string", "X-Token", "header"]] },
  errors: {},
  operations: { Echo: { method: "POST", path: "/echo", status: 200, input: "In", output: "Out", errors: [] } },
};

let mock: RunningMock | undefined;
afterEach(async () => {
  await mock?.close();
});

describe("send", () => {
  it("an output header Node cannot write becomes a 500 in the vendor's format, and the server carries on", async () => {
    const lines: string[] = [];
    mock = await startMock([definition(table)], { log: (l) => lines.push(l) });
    const post = (token: string) => fetch(mock!.url + "/echo", { method: "POST", headers: { "x-auth-token": "t", "content-type": "application/json" }, body: JSON.stringify({ token }) });
    const bad = await post("a\nb");
    expect(bad.status).toBe(500);
    expect(await bad.json()).toMatchObject({ error_code: "APIG.9999" });
    const good = await post("ok");
    expect(good.headers.get("x-token")).toBe("ok");
    expect(lines.map((l) => l.split(" ")[3])).toEqual(["500", "200"]);
  });

  it("a throwing log sink does not take the server down", async () => {
    mock = await startMock([definition(table)], { log: () => { throw new Error("disk full"); } });
    const r = await fetch(mock.url + "/echo", { method: "POST", headers: { "x-auth-token": "t", "content-type": "application/json" }, body: "{}" });
    expect(r.status).toBe(200);
    expect((await fetch(mock.url + "/echo", { method: "POST", headers: { "x-auth-token": "t" } })).status).toBe(200);
  });
});

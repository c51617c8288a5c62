/** Snapshots of the JSON Schema emitter (schema/*.json) on every fixture service. */
import { describe, test } from "vitest";
import { jsonSchemaEmitter } from "../../src/emit/json-schema/emit-json-schema.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("json-schema emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    await expectFilesToMatchSnapshots(await renderFixture(id, [jsonSchemaEmitter]), snapshotDir(jsonSchemaEmitter.name, id));
  });
});

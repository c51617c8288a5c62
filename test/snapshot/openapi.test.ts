/** Snapshots of the OpenAPI emitter (openapi.yaml) on every fixture service. */
import { describe, test } from "vitest";
import { openapiEmitter } from "../../src/emit/openapi/emit-openapi.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("openapi emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    await expectFilesToMatchSnapshots(await renderFixture(id, [openapiEmitter]), snapshotDir(openapiEmitter.name, id));
  });
});

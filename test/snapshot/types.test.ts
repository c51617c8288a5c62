/** Snapshots of the types emitter (src/types.ts) on every fixture service. */
import { describe, test } from "vitest";
import { typesEmitter } from "../../src/emit/types/emit-types.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("types emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    await expectFilesToMatchSnapshots(await renderFixture(id, [typesEmitter]), snapshotDir(typesEmitter.name, id));
  });
});

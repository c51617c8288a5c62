/** Snapshots of the mock emitter (src/mock.ts) on every fixture service; the copied runtime has its own tests under test/runtime/mock/. */
import { describe, test } from "vitest";
import { mockEmitter } from "../../src/emit/mock/emit-mock.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("mock emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    const files = await renderFixture(id, [mockEmitter], (p) => !p.startsWith("src/runtime/"));
    await expectFilesToMatchSnapshots(files, snapshotDir(mockEmitter.name, id));
  });
});

import { describe, test } from "vitest";
import { clientEmitter } from "../../src/emit/client/emit-client.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("client emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    // The runtime is copied verbatim from src/runtime/client/ and unit-tested under test/runtime/client/.
    const files = await renderFixture(id, [clientEmitter], (p) => !p.startsWith("src/runtime/"));
    await expectFilesToMatchSnapshots(files, snapshotDir(clientEmitter.name, id));
  });
});

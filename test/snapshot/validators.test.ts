/** Snapshots of the validators emitter (src/validators.ts) on every fixture service; the runtime it copies has its own tests. */
import { describe, test } from "vitest";
import { validatorsEmitter } from "../../src/emit/validators/emit-validators.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("validators emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    const files = await renderFixture(id, [validatorsEmitter], (p) => !p.startsWith("src/runtime/"));
    await expectFilesToMatchSnapshots(files, snapshotDir(validatorsEmitter.name, id));
  });
});

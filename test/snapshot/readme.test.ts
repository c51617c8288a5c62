/** Snapshots of the README emitter (README.md) on every fixture service. */
import { describe, test } from "vitest";
import { readmeEmitter } from "../../src/emit/readme/emit-readme.js";
import { expectFilesToMatchSnapshots, FIXTURE_SERVICES, renderFixture, snapshotDir } from "./harness.js";

describe("readme emitter snapshots", () => {
  test.each(FIXTURE_SERVICES)("%s", async (id) => {
    await expectFilesToMatchSnapshots(await renderFixture(id, [readmeEmitter]), snapshotDir(readmeEmitter.name, id));
  });
});

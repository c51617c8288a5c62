/**
 * Every registered emitter's output, and the package files, on every fixture
 * service, compared with the committed snapshots under
 * __snapshots__/<emitter>/<service>/ (a new emitter in src/emit/registry.ts
 * is covered without a new test).
 */
import { describe, expect, test } from "vitest";
import { EMITTERS } from "../../src/emit/registry.js";
import { expectFilesToMatchSnapshots, fixtureServiceIds, listFiles, renderFixture, renderPackageFiles, SNAPSHOTS, snapshotDir } from "./harness.js";

const services = fixtureServiceIds();

describe.each(EMITTERS.map((e) => [e.name, e] as const))("%s emitter", (name, emitter) => {
  test.each(services)("%s", async (id) => {
    await expectFilesToMatchSnapshots(await renderFixture(id, [emitter]), snapshotDir(name, id));
  });
});

describe("package files (entry point, package.json)", () => {
  test.each(services)("%s", async (id) => {
    await expectFilesToMatchSnapshots(await renderPackageFiles(id, EMITTERS), snapshotDir("package", id));
  });
});

test("no snapshot folder belongs to an emitter or a fixture service that is gone", () => {
  const folders = new Set(listFiles(SNAPSHOTS).map((p) => p.split("/").slice(0, 2).join("/")));
  const expected = new Set([...EMITTERS.map((e) => e.name), "package"].flatMap((n) => services.map((s) => `${n}/${s}`)));
  expect([...folders].filter((f) => !expected.has(f))).toEqual([]);
});

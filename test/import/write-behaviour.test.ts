/**
 * Existing files are the reviewer's: a re-import leaves them alone, prints
 * what it would change as a unified diff, and overwrites only with --force;
 * --check writes nothing and fails on any difference. An existing
 * service.yaml only gains entries, its text kept as written.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_MODELS_DIR } from "../../src/verify/service-model.js";
import { runImport, tempDir } from "./helpers.js";

const HAS_MODELS = existsSync(path.join(DEFAULT_MODELS_DIR, "apigateway"));

describe.skipIf(!HAS_MODELS)("import: existing files", () => {
  let tmp: ReturnType<typeof tempDir>;
  const args = () => [
    "aws",
    "apigateway",
    "--operations",
    "GetModel,DeleteModel",
    "--out",
    tmp.dir,
  ];
  const file = (name: string) => path.join(tmp.dir, "apigateway", name);
  beforeEach(async () => {
    tmp = tempDir();
    expect((await runImport(args())).code).toBe(0);
  });
  afterEach(() => tmp.done());

  it("a second import changes nothing", async () => {
    const before = readFileSync(file("GetModel.yaml"), "utf8");
    const run = await runImport(args());
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/unchanged\s+\S+GetModel\.yaml/);
    expect(run.out).not.toMatch(/^(created|overwritten)/m);
    expect(readFileSync(file("GetModel.yaml"), "utf8")).toBe(before);
    expect((await runImport([...args(), "--check"])).code).toBe(0);
  });

  it("an edited file is kept and the difference printed as a unified diff; exit 0", async () => {
    const edited = readFileSync(file("GetModel.yaml"), "utf8").replace(
      "title: GetModel",
      "title: Get a model",
    );
    writeFileSync(file("GetModel.yaml"), edited);
    const run = await runImport(args());
    expect(run.code).toBe(0);
    expect(readFileSync(file("GetModel.yaml"), "utf8")).toBe(edited);
    expect(run.out).toContain(`--- ${file("GetModel.yaml")} (existing)`);
    expect(run.out).toContain(`+++ ${file("GetModel.yaml")} (import)`);
    expect(run.out).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(run.out).toMatch(/^-title: Get a model$/m);
    expect(run.out).toMatch(/^\+title: GetModel$/m);
    expect(run.out).toMatch(/differs\s+\S+GetModel\.yaml/);
  });

  it("--check writes nothing and exits 1 on a difference or a missing file", async () => {
    writeFileSync(file("GetModel.yaml"), "operation: GetModel\n");
    const run = await runImport([...args(), "--check"]);
    expect(run.code).toBe(1);
    expect(readFileSync(file("GetModel.yaml"), "utf8")).toBe("operation: GetModel\n");
    const more = await runImport([
      "aws",
      "apigateway",
      "--operations",
      "GetModel,DeleteModel,GetModels",
      "--out",
      tmp.dir,
      "--check",
    ]);
    expect(more.code).toBe(1);
    expect(more.out).toMatch(/would-create\s+\S+GetModels\.yaml/);
    expect(existsSync(file("GetModels.yaml"))).toBe(false);
  });

  it("--force overwrites", async () => {
    writeFileSync(file("GetModel.yaml"), "operation: GetModel\n");
    const run = await runImport([...args(), "--force"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/overwritten\s+\S+GetModel\.yaml/);
    expect(readFileSync(file("GetModel.yaml"), "utf8")).toContain("title: GetModel");
  });

  it("importing more operations adds to service.yaml without rewriting what is there", async () => {
    const service = readFileSync(file("service.yaml"), "utf8").replace(
      "title: Amazon API Gateway",
      "title: Amazon API Gateway  # kept",
    );
    writeFileSync(file("service.yaml"), service);
    // Without --force the additions are shown, not written...
    const shown = await runImport([
      "aws",
      "apigateway",
      "--operations",
      "PutMethod",
      "--out",
      tmp.dir,
    ]);
    expect(shown.out).toMatch(/^\+  LimitExceededException:$/m);
    expect(shown.out).toMatch(/^\+  Method:$/m);
    expect(readFileSync(file("service.yaml"), "utf8")).toBe(service);
    // ...and with it, appended: the existing text stays byte for byte.
    const run = await runImport([
      "aws",
      "apigateway",
      "--operations",
      "PutMethod",
      "--out",
      tmp.dir,
      "--force",
    ]);
    expect(run.code).toBe(0);
    const after = readFileSync(file("service.yaml"), "utf8");
    expect(after).toContain("title: Amazon API Gateway  # kept");
    expect(after).toMatch(/\n  Method:\n/);
    expect(run.out).toContain("compiles: 3 operation(s)");
  });

  it("usage errors exit 2 with the help", async () => {
    for (const argv of [
      [],
      ["gcp", "x"],
      ["aws"],
      ["aws", "nosuchservice", "--out", tmp.dir],
      ["aws", "apigateway", "--operations", "PutMethd"],
      ["aws", "apigateway", "--bogus"],
      ["huawei", "page.txt", "--operations", "X"],
    ]) {
      const run = await runImport(argv);
      expect(run.code, argv.join(" ")).toBe(2);
      expect(run.err).toContain("Usage: opforge import");
    }
    expect(
      (await runImport(["aws", "apigateway", "--operations", "PutMethd", "--out", tmp.dir])).err,
    ).toContain("did you mean 'PutMethod'?");
    const help = await runImport(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("opforge import huawei <page>");
  });
});

/** Which file-system events under specs/ concern which service folder. */
import { describe, expect, it } from "vitest";
import { serviceFolderOf } from "../../src/watch/changed-folders.js";

describe("serviceFolderOf", () => {
  it("maps a service's YAML files to the service folder", () => {
    expect(serviceFolderOf("apigateway/PutMethod.yaml")).toBe("apigateway");
    expect(serviceFolderOf("huawei-apig/service.yml")).toBe("huawei-apig");
    expect(serviceFolderOf("apigateway\\UpdateAccount.yaml")).toBe("apigateway");
  });

  it("treats a bare folder name as a service folder that appeared or went", () => {
    expect(serviceFolderOf("newsvc")).toBe("newsvc");
  });

  it("ignores what the loader does not read", () => {
    expect(serviceFolderOf("apigateway/.PutMethod.yaml.swp")).toBeUndefined();
    expect(serviceFolderOf("apigateway/PutMethod.yaml~")).toBeUndefined();
    expect(serviceFolderOf("apigateway/notes.md")).toBeUndefined();
    expect(serviceFolderOf("apigateway/nested/PutMethod.yaml")).toBeUndefined();
    expect(serviceFolderOf("README.yaml")).toBeUndefined();
    expect(serviceFolderOf(".git")).toBeUndefined();
    expect(serviceFolderOf("../etc/passwd.yaml")).toBeUndefined();
    expect(serviceFolderOf("")).toBeUndefined();
  });
});

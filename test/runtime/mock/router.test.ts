import { describe, expect, it } from "vitest";
import { Router } from "../../../src/runtime/mock/router.js";
import { parsePathTemplate } from "../../../src/runtime/table/path-template.js";

/** A router taking template strings, as the tests write them. */
class TestRouter<T> extends Router<T> {
  addPath(method: string, template: string, target: T): readonly T[] {
    return this.add(method, parsePathTemplate(template), target);
  }
}

describe("Router", () => {
  it("static segments beat labels whatever the declaration order", () => {
    for (const order of [0, 1]) {
      const r = new TestRouter<string>();
      const routes: Array<[string, string]> = [
        ["/pets/{id}", "byId"],
        ["/pets/mine", "mine"],
      ];
      if (order) routes.reverse();
      for (const [p, t] of routes) r.addPath("GET", p, t);
      expect(r.match("GET", "/pets/mine")).toEqual({ kind: "match", match: { targets: ["mine"], values: [] } });
      expect(r.match("GET", "/pets/42")).toEqual({ kind: "match", match: { targets: ["byId"], values: ["42"] } });
    }
  });

  it("backtracks from a static branch that dead-ends to a label", () => {
    const r = new TestRouter<string>();
    r.addPath("GET", "/a/static/x", "static");
    r.addPath("GET", "/a/{v}/y", "label");
    expect(r.match("GET", "/a/static/y")).toEqual({ kind: "match", match: { targets: ["label"], values: ["static"] } });
  });

  it("percent-decodes labels (an encoded slash stays inside its segment) and static segments", () => {
    const r = new TestRouter<string>();
    r.addPath("PUT", "/restapis/{restapi_id}/resources", "t");
    expect(r.match("PUT", "/restapis/a%2Fb%20%C3%A9/resources")).toEqual({ kind: "match", match: { targets: ["t"], values: ["a/b é"] } });
    expect(r.match("PUT", "/%72estapis/x/resources").kind).toBe("match");
    expect(r.match("PUT", "/restapis/%E0%A4%A/resources")).toEqual({ kind: "bad-path", segment: "%E0%A4%A" });
  });

  it("tells 405 (path known, method not) from 404, listing the allowed methods", () => {
    const r = new TestRouter<string>();
    r.addPath("PATCH", "/account", "a");
    r.addPath("GET", "/account", "b");
    expect(r.match("DELETE", "/account")).toEqual({ kind: "method-not-allowed", allowed: ["GET", "PATCH"] });
    expect(r.match("GET", "/accounts")).toEqual({ kind: "not-found" });
    expect(r.match("GET", "/account/")).toMatchObject({ kind: "match" });
  });

  it("labels never match empty segments; greedy labels take the rest", () => {
    const r = new TestRouter<string>();
    r.addPath("GET", "/items/{id}", "one");
    r.addPath("GET", "/files/{key+}", "greedy");
    expect(r.match("GET", "/items//").kind).toBe("not-found");
    expect(r.match("GET", "/files/a/b/c")).toEqual({ kind: "match", match: { targets: ["greedy"], values: ["a/b/c"] } });
  });

  it("keeps every claimant of one route (the caller tells them apart) even with different label names", () => {
    const r = new TestRouter<string>();
    r.addPath("PUT", "/x/{a}", "first");
    expect(r.addPath("PUT", "/x/{b}", "second")).toEqual(["first", "second"]);
  });
});

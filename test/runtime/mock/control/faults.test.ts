/** Fault rules: checked against the served operations when added, matched by operation, used up after `times`. */
import { describe, expect, it } from "vitest";
import { compileDefinitions } from "../../../../src/runtime/mock/compile.js";
import { FaultRules, MAX_FAULT_DELAY_MS } from "../../../../src/runtime/mock/control/faults.js";
import { petStoreDefinition } from "../../helpers/pet-store.js";

const { services } = compileDefinitions([petStoreDefinition]);
const op = (name: string) => [...services[0]!.model.operations.values()].find((o) => o.name === name)!;
const compiled = (name: string) => ({ service: services[0]!, model: op(name) }) as never;

describe("FaultRules", () => {
  it("adds a rule naming a documented error, lists it, and uses it up after `times` calls of that operation only", () => {
    const rules = new FaultRules();
    const rule = rules.add({ operation: "CreatePet", error: "ConflictException", times: 2, delayMs: 5 }, services);
    expect(rule).toEqual({ id: 1, service: "petstore", operation: "CreatePet", error: "ConflictException", status: 409, delayMs: 5, times: 2 });
    expect(rules.take(compiled("GetPet"))).toBeUndefined();
    expect(rules.take(compiled("CreatePet"))).toMatchObject({ rule: { id: 1, times: 1 }, error: { error: { name: "ConflictException" } } });
    expect(rules.list()).toEqual([{ ...(rule as object), times: 1 }]);
    expect(rules.take(compiled("CreatePet"))).toMatchObject({ rule: { times: 0 } });
    expect(rules.take(compiled("CreatePet"))).toBeUndefined();
    expect(rules.list()).toEqual([]);
  });

  it("takes a status: the documented error of that status, or a 500 the operation does not document", () => {
    const rules = new FaultRules();
    expect(rules.add({ operation: "GetPet", status: 404 }, services)).toMatchObject({ error: "NotFoundException", status: 404 });
    expect(rules.add({ operation: "GetPet", status: 500 }, services)).toEqual({ id: 2, service: "petstore", operation: "GetPet", status: 500, times: 1 });
    expect(rules.take(compiled("GetPet"))?.error?.error.name).toBe("NotFoundException");
    expect(rules.take(compiled("GetPet"))?.error).toBeUndefined();
  });

  it("matches rules in the order they were added; clear forgets them all", () => {
    const rules = new FaultRules();
    rules.add({ operation: "GetPet", error: "NotFoundException" }, services);
    rules.add({ operation: "GetPet", delayMs: 10 }, services);
    expect(rules.take(compiled("GetPet"))?.rule.error).toBe("NotFoundException");
    expect(rules.take(compiled("GetPet"))?.rule.delayMs).toBe(10);
    rules.add({ operation: "GetPet", delayMs: 1, times: 5 }, services);
    rules.clear();
    expect(rules.take(compiled("GetPet"))).toBeUndefined();
  });

  it.each([
    [null, /JSON object/],
    [{ operation: "Nope", status: 500 }, /no served operation Nope/],
    [{ operation: "GetPet", service: "other", status: 500 }, /no served operation GetPet in other/],
    [{ operation: "GetPet", error: "ConflictExceptio" }, /documents no error "ConflictExceptio"; known: /],
    [{ operation: "GetPet", error: "NotFoundException", status: 400 }, /is a 404, not 400/],
    [{ operation: "GetPet", status: 418 }, /documents no 418/],
    [{ operation: "GetPet", status: 200 }, /error status/],
    [{ operation: "GetPet" }, /needs an error, a status or a delayMs/],
    [{ operation: "GetPet", delayMs: MAX_FAULT_DELAY_MS + 1 }, /delayMs must be/],
    [{ operation: "GetPet", status: 500, times: 1.5 }, /times must be/],
    [{ operation: "GetPet", status: 500, when: "now" }, /unknown member when/],
  ])("refuses %j", (spec, why) => {
    const rule = new FaultRules().add(spec, services);
    expect(typeof rule).toBe("string");
    expect(rule).toMatch(why);
  });
});

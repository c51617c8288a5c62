/**
 * Strict where the service is: the mock refuses exactly what the generated
 * validators refuse, and its 400 names the member in the vendor's words
 * (AWS: `Value ... at '<member>' failed to satisfy constraint: ...`;
 * Huawei: `Invalid parameter value,parameterName:<member>`). Cases come
 * from the validators themselves: for every top-level body member of every
 * operation, each made-up bad value the validator refuses (wrong type,
 * unknown enum value, bound crossed, bad map key, ...) is sent, so rules
 * added to the specs (PutMethod's authorizationType, requestParameters
 * keys) are covered without editing this file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IrMember, IrType } from "../../src/ir/types.js";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { authHeaders, call, startTestMock } from "../support/mock-http.js";
import { operationCases, services, shapeOf, structureOf, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const cases = await operationCases(services());

/** Made-up bad values for a member of `type`: the validator decides which really are bad. */
function badValues(c: OperationCase, type: IrType): unknown[] {
  const base: unknown[] = [null, true, 12345, "", "\u0000", "NOT_A_KNOWN_VALUE", "a".repeat(5000), {}, ["x"], "x"];
  if (type.kind === "integer" || type.kind === "long" || type.kind === "float" || type.kind === "double")
    base.push(-1e12, 1e12, 1.5, ...(type.minimum !== undefined ? [type.minimum - 1] : []), ...(type.maximum !== undefined ? [type.maximum + 1] : []), ...(type.excluded ?? []));
  if (type.kind === "map") base.push({ "": true }, { "bad key with spaces!": true }, { k: 12345 }, { k: "x" });
  if (type.kind === "list") base.push([12345], ["x", "x"], []);
  if (type.kind === "ref" && shapeOf(c.service, type.name).kind === "structure") base.push({ unknownMember: 1 });
  return base;
}

interface StrictCase {
  c: OperationCase;
  member: IrMember;
  value: unknown;
  rule: string;
}

/**
 * Per operation and member, one refused value per rule the validator
 * reports, among values the wire can carry (the encoder drops members the
 * model does not know, as the SDKs do).
 */
async function strictCases(): Promise<StrictCase[]> {
  const out: StrictCase[] = [];
  for (const c of cases) {
    const valid = validInput(c);
    const validBody = (await wireRequest(c, valid)).body;
    for (const member of structureOf(c.service, c.op.input).members.filter((m) => m.location === "body")) {
      const rules = new Set<string>();
      for (const value of badValues(c, member.type)) {
        const result = c.validateInput({ ...valid, [member.name]: value });
        const own = result.problems.filter((p) => p.path === `/${member.name}` || p.path.startsWith(`/${member.name}/`));
        if (result.valid || own.length !== result.problems.length || value === null) continue;
        const wire = await wireRequest(c, { ...valid, [member.name]: value }).catch(() => undefined);
        if (!wire || wire.body === validBody) continue;
        const rule = own[0]!.rule;
        if (rules.has(rule)) continue;
        rules.add(rule);
        out.push({ c, member, value, rule });
      }
    }
  }
  return out;
}

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ stateless: true });
});
afterAll(async () => {
  await mock?.close();
});

const all = await strictCases();

describe.each(all.map((s) => [`${s.c.service.id} ${s.c.op.name} ${s.member.wireName}`, s.rule, JSON.stringify(s.value).slice(0, 40), s] as const))("%s (%s: %s)", (_, __, ___, s) => {
  it("is refused with the operation's 400 naming the member in the vendor's words", async () => {
    const wire = await wireRequest(s.c, { ...validInput(s.c), [s.member.name]: s.value });
    const r = await call(mock.url, wire.method, wire.path, { ...wire.headers, ...authHeaders(s.c.service) }, wire.body);
    expect(r.status).toBe(400);
    if (s.c.service.protocol === "aws-rest-json") {
      expect(r.headers.get("x-amzn-errortype")).toBe("BadRequestException");
      expect(r.json!["message"]).toMatch(new RegExp(`^\\d+ validation errors? detected: Value .* at '${s.member.wireName}[.'\\[]`, "s"));
    } else {
      const code = s.c.op.errors.find((e) => e.status === 400)!.code;
      expect(r.json).toMatchObject({ error_code: code });
      expect(r.json!["error_msg"]).toMatch(new RegExp(`^Invalid parameter value,parameterName:${s.member.wireName}[.\\[]?.*\\. Please refer to the support documentation$`));
    }
  });
});

describe("the strict cases", () => {
  it("cover every service, and more than wrong types", () => {
    for (const svc of services()) expect(all.some((s) => s.c.service === svc), svc.id).toBe(true);
    expect(new Set(all.map((s) => s.rule)).size).toBeGreaterThan(1);
  });
});

/**
 * `npm run bench -- validators`: generated validators vs ajv's compiled
 * validators for the emitted JSON Schema, in one process, on a fixed mix of
 * valid and invalid payloads per set. Reports validations per second (median
 * of several rounds after warm-up) and the ratio ours/ajv, for
 * - the full validator (`validate<Name>`, every problem) vs ajv `allErrors: true`;
 * - the pass/fail entry (`check<Name>`) vs ajv's default first-error mode.
 * Rates are per CPU second of this process. Options: --rounds N (default 9),
 * --ms N (CPU time per measurement, default 250).
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { emitServices, type EmittedService } from "../test/validators/generated-package.js";

interface PayloadSet {
  title: string;
  service: string;
  operation: string;
  shape: string;
  payloads: unknown[];
}

const PUT_METHOD_VALID = {
  restApiId: "a1b2c3d4e5",
  resourceId: "abc123",
  httpMethod: "GET",
  authorizationType: "COGNITO_USER_POOLS",
  authorizerId: "auth42",
  apiKeyRequired: true,
  operationName: "ListPets",
  requestParameters: { "method.request.querystring.page": false, "method.request.header.x-trace": true },
  requestModels: { "application/json": "PetModel" },
  requestValidatorId: "val1",
  authorizationScopes: ["pets/read", "pets/write"],
};

const GATEWAY_RESPONSE_VALID = {
  project_id: "05041fffa40025702fb8c001a2f2d1b8",
  instance_id: "eddc4d25480b4cd6b512f270a1b8b341",
  group_id: "c77f5e81d9cb4424bf704ef2b0ac7600",
  response_id: "e839b367e10f4ab19d1c5008e476b83a",
  name: "default-response",
  responses: {
    AUTH_FAILURE: { status: 401, body: '{"error_code":"$context.error.code"}' },
    THROTTLED: { status: 429, body: '{"error_msg":"$context.error.message"}' },
    DEFAULT_4XX: { status: 400 },
    DEFAULT_5XX: { status: 502, body: "{}" },
  },
};

const AMPLIFY_VALID = {
  AppId: "d1x2y3z4",
  BackendEnvironmentName: "staging",
  ResourceName: "myapi",
  ResourceConfig: {
    ApiName: "myapi",
    Service: "AppSync",
    TransformSchema: "type Todo @model { id: ID! name: String }",
    ConflictResolution: { ResolutionStrategy: "AUTOMERGE" },
    DefaultAuthType: { Mode: "API_KEY", Settings: { Description: "default key", ExpirationTime: 7 } },
    AdditionalAuthTypes: [
      { Mode: "AMAZON_COGNITO_USER_POOLS", Settings: { CognitoUserPoolId: "us-east-1_abc" } },
      { Mode: "OPENID_CONNECT", Settings: { OpenIDProviderName: "idp", OpenIDIssueURL: "https://idp.example", OpenIDClientId: "cid" } },
    ],
  },
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** `base` edited, then re-parsed: payloads have the object layout JSON.parse gives (no objects left in dictionary mode by `delete`). */
function variant<T extends object>(base: T, edit: (v: any) => void): T {
  const v = clone(base);
  edit(v);
  return clone(v);
}

/** Per set: 5 valid payloads and 3 invalid ones (a fixed mix, the same for both validators); exported for ad-hoc profiling. */
export const PAYLOAD_SETS: PayloadSet[] = [
  {
    title: "PutMethod input",
    service: "apigateway",
    operation: "PutMethod",
    shape: "PutMethodRequest",
    payloads: [
      PUT_METHOD_VALID,
      { restApiId: "r", resourceId: "s", httpMethod: "POST", authorizationType: "NONE" },
      variant(PUT_METHOD_VALID, (v) => (v.authorizationScopes = [])),
      variant(PUT_METHOD_VALID, (v) => delete v.requestModels),
      variant(PUT_METHOD_VALID, (v) => (v.authorizationType = "AWS_IAM")),
      variant(PUT_METHOD_VALID, (v) => delete v.httpMethod),
      variant(PUT_METHOD_VALID, (v) => (v.requestParameters["method.request.path.id"] = "yes")),
      variant(PUT_METHOD_VALID, (v) => (v.unexpected = 1)),
    ],
  },
  {
    title: "Huawei gateway-response body",
    service: "huawei-apig",
    operation: "UpdateGatewayResponse",
    shape: "UpdateGatewayResponseRequest",
    payloads: [
      GATEWAY_RESPONSE_VALID,
      variant(GATEWAY_RESPONSE_VALID, (v) => delete v.responses),
      variant(GATEWAY_RESPONSE_VALID, (v) => (v.responses = { NOT_FOUND: { status: 404 } })),
      variant(GATEWAY_RESPONSE_VALID, (v) => (v.name = "gw_resp-2")),
      variant(GATEWAY_RESPONSE_VALID, (v) => (v.responses.ACCESS_DENIED = { status: 403, body: "denied" })),
      variant(GATEWAY_RESPONSE_VALID, (v) => (v.responses.THROTTLED.status = 444)),
      variant(GATEWAY_RESPONSE_VALID, (v) => (v.responses.NOT_A_TYPE = { status: 400 })),
      variant(GATEWAY_RESPONSE_VALID, (v) => (v.name = "bad name!")),
    ],
  },
  {
    title: "AmplifyBackend input",
    service: "amplifybackend",
    operation: "UpdateBackendAPI",
    shape: "UpdateBackendAPIRequest",
    payloads: [
      AMPLIFY_VALID,
      { AppId: "a", BackendEnvironmentName: "dev", ResourceName: "r" },
      variant(AMPLIFY_VALID, (v) => delete v.ResourceConfig.AdditionalAuthTypes),
      variant(AMPLIFY_VALID, (v) => (v.ResourceConfig.ConflictResolution.ResolutionStrategy = "LAMBDA")),
      variant(AMPLIFY_VALID, (v) => (v.ResourceConfig.DefaultAuthType = { Mode: "AWS_IAM" })),
      variant(AMPLIFY_VALID, (v) => (v.ResourceConfig.DefaultAuthType.Mode = "PASSWORD")),
      variant(AMPLIFY_VALID, (v) => (v.ResourceConfig.AdditionalAuthTypes[1].Settings.ExpirationTime = "soon")),
      variant(AMPLIFY_VALID, (v) => delete v.ResourceName),
    ],
  },
];

type Fn = (value: unknown) => unknown;

/**
 * Time is this process's CPU time (\`process.cpuUsage\`), not wall time: on a
 * shared 2-core machine, other processes then disturb the figures far less.
 * A fresh measuring loop per candidate: each gets its own compiled code and
 * type feedback, so one candidate's call site never turns megamorphic
 * because of another's (as benchmark.js does it).
 */
function makeMeasure(): (fn: Fn, payloads: readonly unknown[], ms: number) => number {
  return new Function(
    "fn",
    "payloads",
    "ms",
    `let sink = 0;
    let calls = 0;
    const start = process.cpuUsage();
    const budget = ms * 1000;
    let elapsed = 0;
    // Bounded: stops on time, checked after every batch of calls.
    while (elapsed < budget) {
      for (let b = 0; b < 200; b++) for (let i = 0; i < payloads.length; i++) if (fn(payloads[i])) sink++;
      calls += 200 * payloads.length;
      const used = process.cpuUsage(start);
      elapsed = used.user + used.system;
    }
    if (sink === -1) console.log(sink);
    return (calls / elapsed) * 1e6;`,
  ) as (fn: Fn, payloads: readonly unknown[], ms: number) => number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
  return v;
}

export async function run(args: string[]): Promise<void> {
  if (args.includes("--help")) {
    console.log("Usage: npm run bench -- validators [--rounds N] [--ms N]");
    return;
  }
  const rounds = option(args, "--rounds", 9);
  const ms = option(args, "--ms", 250);
  const { services } = await emitServices("specs");
  const byId = new Map<string, EmittedService>(services.map((s) => [s.service.id, s]));
  const rows: string[][] = [];
  for (const set of PAYLOAD_SETS) {
    const svc = byId.get(set.service);
    if (!svc) throw new Error(`service ${set.service} not found in specs/`);
    const schema = svc.schemas.get(`schema/${set.operation}.input.schema.json`)!;
    const ajvAll = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const ajvFirst = new Ajv2020({ strict: true }).compile(schema);
    const validate = svc.validators[`validate${set.shape}`]!;
    const check = svc.validators[`check${set.shape}`]!;
    // Same verdicts first: a benchmark of disagreeing validators would mean nothing.
    for (const p of set.payloads) {
      const ours = (validate(p) as { valid: boolean }).valid;
      if (ours !== ajvAll(p) || ours !== check(p) || ours !== ajvFirst(p)) throw new Error(`${set.title}: validators disagree on ${JSON.stringify(p)}`);
    }
    const valid = set.payloads.filter((p) => ajvAll(p)).length;
    const candidates: Array<[string, Fn]> = [
      ["ours full", (v) => (validate(v) as { valid: boolean }).valid],
      ["ajv allErrors", ajvAll],
      ["ours pass/fail", check],
      ["ajv first-error", ajvFirst],
    ];
    const samples = new Map<string, number[]>(candidates.map(([n]) => [n, []]));
    const loops = new Map(candidates.map(([n]) => [n, makeMeasure()]));
    for (let r = 0; r < rounds + 2; r++) {
      for (const [name, fn] of candidates) {
        const rate = loops.get(name)!(fn, set.payloads, ms);
        if (r >= 2) samples.get(name)!.push(rate); // the first two rounds warm up
      }
    }
    const m = (n: string) => median(samples.get(n)!);
    const mops = (x: number) => (x / 1e6).toFixed(2);
    rows.push([
      `${set.title} (${valid} valid / ${set.payloads.length - valid} invalid)`,
      mops(m("ours full")),
      mops(m("ajv allErrors")),
      (m("ours full") / m("ajv allErrors")).toFixed(2) + "x",
      mops(m("ours pass/fail")),
      mops(m("ajv first-error")),
      (m("ours pass/fail") / m("ajv first-error")).toFixed(2) + "x",
    ]);
  }
  const header = ["payload set", "ours full M/s", "ajv allErrors M/s", "ratio", "ours pass/fail M/s", "ajv first-error M/s", "ratio"];
  printTable([header, ...rows]);
  console.log(`\nmedian of ${rounds} rounds of ~${ms} ms each, after 2 warm-up rounds; M/s = million validations per CPU second. Goal: full >= 1.5x, pass/fail >= 1.0x.`);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => "| " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  console.log(line(rows[0]!));
  console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 1) + "|" : "-".repeat(w + 1) + ":|")).join(""));
  for (const r of rows.slice(1)) console.log(line(r));
}

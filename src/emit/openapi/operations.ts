/**
 * One IR operation -> one OpenAPI operation: parameters (wire names), the
 * JSON request body, the success response, and one response per error status
 * with the vendor's error body, headers and the docs' examples.
 */
import type { OpenAPIV3_1 } from "openapi-types";
import type { IrError, IrExample, IrMember, IrOperation, IrService, IrStructureShape, IrType, JsonValue } from "../../ir/types.js";
import { compareStrings } from "../../util/sort.js";
import { keyed, type Keyed } from "./records.js";
import { memberSchema, schemaRef, type SchemaOrRef } from "./schemas.js";

const JSON_MEDIA = "application/json";

/** The header AWS REST-JSON services name the error type in. */
export const AWS_ERROR_TYPE_HEADER = "X-Amzn-ErrorType";

export function structureOf(service: IrService, name: string | undefined): IrStructureShape | undefined {
  if (name === undefined) return undefined;
  const s = service.shapes.find((x) => x.name === name);
  return s?.kind === "structure" ? s : undefined;
}

/**
 * Whether the success answer has a body: an output, and neither HEAD (whose
 * answers never carry one) nor 204 (No Content). Output header members are
 * response headers either way.
 */
export function answersWithBody(op: IrOperation): boolean {
  return op.output !== undefined && op.http.method !== "HEAD" && op.http.successStatus !== 204;
}

/** Path template as OpenAPI wants it: greedy labels `{key+}` become `{key}`. */
export function openApiPath(op: IrOperation): string {
  return op.http.segments.map((s) => ("literal" in s ? s.literal : `{${s.label}}`)).join("");
}

/**
 * Error responses said once: the first operation's response for a set of
 * errors becomes `components.responses.<names>`, and every operation whose
 * response for those errors is the same refers to it. One that differs (its
 * own examples) keeps its own inline.
 */
export class SharedResponses {
  private readonly byName = new Map<string, { json: string; response: OpenAPIV3_1.ResponseObject }>();

  /** `response`, or a reference to the equal one shared under `name`. */
  refer(name: string, response: OpenAPIV3_1.ResponseObject): OpenAPIV3_1.ResponseObject | OpenAPIV3_1.ReferenceObject {
    const json = JSON.stringify(response);
    const found = this.byName.get(name);
    if (found === undefined) this.byName.set(name, { json, response });
    else if (found.json !== json) return response;
    return { $ref: `#/components/responses/${name}` };
  }

  /** The shared responses, by name. */
  components(): Record<string, OpenAPIV3_1.ResponseObject> {
    const names = [...this.byName.keys()].sort(compareStrings);
    return keyed(names.map((n) => [n, this.byName.get(n)!.response] as const));
  }
}

export function buildOperation(service: IrService, op: IrOperation, tag: string, shared: SharedResponses): OpenAPIV3_1.OperationObject {
  const input = structureOf(service, op.input);
  const output = structureOf(service, op.output);
  const o: OpenAPIV3_1.OperationObject = {
    operationId: op.name,
    summary: op.title ?? op.name,
  };
  if (op.documentation) o.description = op.documentation;
  o.tags = [tag];
  const doc = op.sources.find((s) => s.url);
  if (doc?.url) o.externalDocs = { url: doc.url, description: doc.title };
  const parameters = (input?.members ?? []).filter((m) => m.location !== "body").map((m) => parameter(m, op.examples));
  if (parameters.length) o.parameters = parameters;
  if (input && input.members.some((m) => m.location === "body")) {
    const media: OpenAPIV3_1.MediaTypeObject = { schema: schemaRef(input.name) };
    const examples = bodyExamples(op.examples.filter((e) => e.request?.body !== undefined).map((e) => [e, e.request!.body!] as const));
    if (examples) media.examples = examples;
    o.requestBody = { required: input.members.some((m) => m.location === "body" && m.required), content: keyed([[JSON_MEDIA, media]]) };
  }
  o.responses = responses(service, op, output, shared);
  return o;
}

function parameter(m: IrMember, examples: readonly IrExample[]): OpenAPIV3_1.ParameterObject {
  const p: OpenAPIV3_1.ParameterObject = { name: m.wireName, in: m.location === "query" ? "query" : m.location === "path" ? "path" : "header" };
  if (m.documentation) p.description = m.documentation;
  p.required = m.location === "path" ? true : m.required;
  if (m.deprecated) p.deprecated = true;
  const schema = memberSchema({ ...m, documentation: undefined }) as unknown;
  p.schema = schema as OpenAPIV3_1.ParameterObject["schema"];
  const found: Array<[string, OpenAPIV3_1.ExampleObject]> = [];
  for (const [key, e] of exampleKeys(examples)) {
    const values = m.location === "path" ? e.request?.path : m.location === "query" ? e.request?.query : e.request?.headers;
    const value = values && Object.hasOwn(values, m.wireName) ? values[m.wireName] : undefined;
    if (value !== undefined) found.push([key, { summary: e.title, value: typedValue(value, m.type) }]);
  }
  if (found.length) p.examples = keyed(found);
  return p;
}

/** A path/query/header value from the docs (always text on the wire) as the parameter schema's type. */
function typedValue(text: string, t: IrType): JsonValue {
  switch (t.kind) {
    case "integer":
    case "long":
    case "float":
    case "double":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "list":
      return text.split(",").map((item) => typedValue(item, t.items));
    default:
      return text;
  }
}

function responses(service: IrService, op: IrOperation, output: IrStructureShape | undefined, shared: SharedResponses): OpenAPIV3_1.ResponsesObject {
  const out = keyed<OpenAPIV3_1.ResponseObject | OpenAPIV3_1.ReferenceObject>();
  const success: OpenAPIV3_1.ResponseObject = { description: output?.documentation ?? `${op.name} succeeded.` };
  const headers = headerObjects(output?.members ?? []);
  if (headers) success.headers = headers;
  if (output && answersWithBody(op)) {
    const media: OpenAPIV3_1.MediaTypeObject = { schema: schemaRef(output.name) };
    const ok = op.examples.filter((e) => e.response?.body !== undefined && (e.response.status ?? op.http.successStatus) === op.http.successStatus);
    const examples = bodyExamples(ok.map((e) => [e, e.response!.body!] as const));
    if (examples) media.examples = examples;
    success.content = keyed([[JSON_MEDIA, media]]);
  }
  out[String(op.http.successStatus)] = success;
  const byStatus = new Map<number, IrError[]>();
  for (const e of op.errors) byStatus.set(e.status, [...(byStatus.get(e.status) ?? []), e]);
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const errors = byStatus.get(status)!;
    out[String(status)] = shared.refer(errors.map((e) => e.name).join("Or"), errorResponse(service, op, errors, status));
  }
  return out;
}

/**
 * Errors sharing a status (API Gateway's LimitExceededException and
 * TooManyRequestsException, both 429) share one response: the description
 * lists each, and the body is `anyOf` their data (`oneOf` would reject a body
 * that fits both, and theirs are alike).
 */
function errorResponse(service: IrService, op: IrOperation, errors: IrError[], status: number): OpenAPIV3_1.ResponseObject {
  const line = (e: IrError) =>
    `\`${e.name}\`${e.code && e.code !== e.name ? ` (code \`${e.code}\`)` : ""}${e.retryable ? ", retryable" : ""}${e.documentation ? `: ${e.documentation}` : ""}`;
  const description = errors.length === 1 ? line(errors[0]!) : `One of:\n\n${errors.map((e) => `- ${line(e)}`).join("\n")}`;
  const r: OpenAPIV3_1.ResponseObject = { description };
  const headerMembers: IrMember[] = [];
  for (const e of errors) for (const m of e.members) if (m.location === "header" && !headerMembers.some((h) => h.wireName.toLowerCase() === m.wireName.toLowerCase())) headerMembers.push(m);
  const headers = headerObjects(headerMembers) ?? keyed<OpenAPIV3_1.HeaderObject>();
  if (service.protocol === "aws-rest-json") {
    // AWS may follow the code with `:` and a namespace URI, so a pattern, not an enum.
    const codes = errors.map((e) => (e.code ?? e.name).replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
    headers[AWS_ERROR_TYPE_HEADER] = {
      description: "The error type (the error's code), as AWS REST-JSON services send it; it may be followed by `:` and a namespace.",
      schema: { type: "string", pattern: `^(?:${codes.join("|")})(?::.*)?$` },
    } as OpenAPIV3_1.HeaderObject;
  }
  if (Object.keys(headers).length) r.headers = headers;
  const schemas: SchemaOrRef[] = errors.map((e) => schemaRef(e.typeName));
  const media: OpenAPIV3_1.MediaTypeObject = { schema: schemas.length === 1 ? schemas[0]! : { anyOf: schemas } };
  const examples: Array<[string, OpenAPIV3_1.ExampleObject]> = [];
  for (const e of errors) {
    if (e.example?.body !== undefined) examples.push([e.name, { summary: `${e.name}${e.code ? ` (${e.code})` : ""}`, value: e.example.body }]);
  }
  for (const [key, e] of exampleKeys(op.examples)) {
    if (e.response?.status === status && e.response.body !== undefined) examples.push([key, exampleObject(e, e.response.body)]);
  }
  if (examples.length) media.examples = keyed(examples);
  r.content = keyed([[JSON_MEDIA, media]]);
  return r;
}

function headerObjects(members: readonly IrMember[]): Keyed<OpenAPIV3_1.HeaderObject> | undefined {
  const headers = members.filter((m) => m.location === "header");
  if (!headers.length) return undefined;
  return keyed(
    headers.map((m) => {
      const h: Record<string, unknown> = {};
      if (m.documentation) h.description = m.documentation;
      if (m.required) h.required = true;
      h.schema = memberSchema({ ...m, documentation: undefined });
      return [m.wireName, h as OpenAPIV3_1.HeaderObject] as const;
    }),
  );
}

/** Example keys from titles, unique within the operation. */
function exampleKeys(examples: readonly IrExample[]): Array<[string, IrExample]> {
  const used = new Set<string>();
  return examples.map((e) => {
    const base = e.title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "example";
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
    used.add(key);
    return [key, e];
  });
}

function bodyExamples(pairs: ReadonlyArray<readonly [IrExample, JsonValue]>): Keyed<OpenAPIV3_1.ExampleObject> | undefined {
  if (!pairs.length) return undefined;
  const keys = new Map(exampleKeys(pairs.map(([e]) => e)).map(([k, e]) => [e, k]));
  return keyed(pairs.map(([e, body]) => [keys.get(e)!, exampleObject(e, body)] as const));
}

function exampleObject(e: IrExample, value: JsonValue): OpenAPIV3_1.ExampleObject {
  const x: OpenAPIV3_1.ExampleObject = { summary: e.title };
  if (e.documentation) x.description = e.documentation;
  x.value = value;
  return x;
}

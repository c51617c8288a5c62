/**
 * Resolves format-checked spec files into the IR: names every shape,
 * resolves references and errors, and reports what cannot be resolved.
 * Each type's own constraints and each default are checked here, where the
 * spec field they come from is known, so that problems point at that field
 * (`check/check-type.ts`, `check/value-problem.ts`); checks that need the
 * whole model live in `check/check-model.ts`.
 */
import type { Diagnostic } from "../diagnostics.js";
import { typeProblems } from "../check/check-type.js";
import { describeValueProblem } from "../check/value-problem.js";
import type { PathSegment, YamlFile } from "../load/read-yaml.js";
import type { RawService } from "../load/load-specs.js";
import { compareStrings, sortBy, sortedEntries } from "../util/sort.js";
import { lowerFirst, pascalCase, RESERVED_MEMBER_NAMES, validationNames } from "../util/names.js";
import type {
  IrEnumShape,
  IrEnumValue,
  IrError,
  IrExample,
  IrHttp,
  IrMember,
  IrMock,
  IrModel,
  IrOperation,
  IrService,
  IrShape,
  IrSource,
  IrStructureShape,
  IrTimestampType,
  IrType,
  IrWirePayload,
  JsonValue,
  MemberLocation,
  SourceLocation,
} from "./types.js";

// The raw YAML, already checked against the spec-format schema.
type Raw = Record<string, any>;

/** Fields each `type:` accepts besides the common ones (see the spec-format schema). */
const TYPE_FIELDS: Record<string, readonly string[]> = {
  string: ["minLength", "maxLength", "pattern", "knownValues"],
  integer: ["minimum", "maximum", "excluded"],
  long: ["minimum", "maximum", "excluded"],
  float: ["minimum", "maximum", "excluded"],
  double: ["minimum", "maximum", "excluded"],
  boolean: [],
  timestamp: ["format"],
  list: ["items", "minItems", "maxItems"],
  map: ["keys", "values", "minEntries", "maxEntries"],
  structure: ["members", "name"],
  enum: ["values", "name"],
};
const CONSTRAINT_FIELDS = [...new Set(Object.values(TYPE_FIELDS).flat())];

interface Where {
  file: YamlFile;
  path: PathSegment[];
}

interface PendingShape {
  shape: IrShape;
  where: Where;
}

export interface BuildResult {
  model: IrModel;
  diagnostics: Diagnostic[];
}

export function buildModel(services: readonly RawService[]): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const built: IrService[] = [];
  for (const raw of services) {
    if (!raw.serviceFile || raw.serviceFile.data === undefined) continue;
    const svc = new ServiceBuilder(raw, diagnostics).build();
    if (svc) built.push(svc);
  }
  const ids = new Map<string, IrService>();
  for (const svc of built) {
    const prev = ids.get(svc.id);
    if (prev) {
      diagnostics.push(err(svc.loc, "duplicate-service", `service id '${svc.id}' is already used by ${prev.loc.file}`, "service ids must be unique"));
    } else ids.set(svc.id, svc);
  }
  return { model: { services: sortBy(built, (s) => s.id) }, diagnostics };
}

function err(loc: SourceLocation, code: string, message: string, hint?: string): Diagnostic {
  return { loc, severity: "error", code, message, hint };
}

class ServiceBuilder {
  private readonly shapes = new Map<string, PendingShape>();
  private readonly refs: Array<{ name: string; where: Where; expect?: "structure" | "enum" | "map-key" }> = [];
  /** Members with a default, checked once every shape is known. */
  private readonly defaults: Array<{ member: IrMember; where: Where }> = [];
  private readonly locOf = (w: Where, key = false) => w.file.locate(w.path, { key });

  constructor(
    private readonly raw: RawService,
    private readonly diagnostics: Diagnostic[],
  ) {}

  private report(w: Where, code: string, message: string, hint?: string, key = false) {
    this.diagnostics.push(err(this.locOf(w, key), code, message, hint));
  }

  build(): IrService | undefined {
    const file = this.raw.serviceFile!;
    const s = file.data as Raw;
    const at = (...path: PathSegment[]): Where => ({ file, path });

    if (s.service !== this.raw.folder) {
      this.report(at("service"), "service-folder", `service id '${s.service}' does not match its folder '${this.raw.folder}'`, `rename the folder or set service: ${this.raw.folder}`);
    }
    this.declareShapes(file, s.shapes, ["shapes"]);
    for (const opFile of this.raw.operationFiles) {
      if (opFile.data !== undefined) this.declareShapes(opFile, (opFile.data as Raw).shapes, ["shapes"]);
    }

    const serviceErrors = new Map<string, IrError>();
    for (const [name, def] of sortedEntries<Raw>(s.errors)) {
      const e = this.buildError(name, def, at("errors", name), undefined);
      if (e) serviceErrors.set(name, e);
    }

    const operations: IrOperation[] = [];
    const opNames = new Map<string, Where>();
    const routes = new Map<string, Where>();
    const opOnlyErrors = new Map<string, { error: IrError; where: Where }>();
    for (const opFile of this.raw.operationFiles) {
      if (opFile.data === undefined) continue;
      const op = this.buildOperation(opFile, serviceErrors, opOnlyErrors);
      if (!op) continue;
      const w: Where = { file: opFile, path: ["operation"] };
      const prev = opNames.get(op.name);
      if (prev) this.report(w, "duplicate-operation", `operation '${op.name}' is already defined in ${prev.file.file}`, "operation names must be unique in a service");
      else opNames.set(op.name, w);
      const route = `${op.http.method} ${op.http.path.replace(/\{[^}]+\}/g, "{}")}`;
      const prevRoute = routes.get(route);
      if (prevRoute) this.report({ file: opFile, path: ["http", "path"] }, "duplicate-route", `route ${op.http.method} ${op.http.path} is already used by ${prevRoute.file.file}`, "two operations cannot share a method and path");
      else routes.set(route, { file: opFile, path: ["http", "path"] });
      operations.push(op);
    }

    this.resolveRefs();
    this.checkDefaults();
    this.applyRoots();
    const shapes = this.finishShapes(operations, serviceErrors, opOnlyErrors);
    const allErrors = new Map<string, IrError>(serviceErrors);
    for (const [name, { error }] of opOnlyErrors) allErrors.set(name, error);

    return {
      id: s.service,
      name: s.name,
      title: s.title,
      documentation: s.documentation,
      vendor: s.vendor,
      protocol: s.protocol,
      apiVersion: s.apiVersion,
      endpointPrefix: s.endpointPrefix,
      auth: {
        scheme: s.auth.scheme,
        signingName: s.auth.signingName ?? (s.auth.scheme === "sigv4" ? (s.endpointPrefix ?? s.service) : undefined),
        header: s.auth.header ?? (s.auth.scheme === "x-auth-token" ? "X-Auth-Token" : undefined),
        documentation: s.auth.documentation,
      },
      unknownMembers: {
        input: s.unknownMembers?.input ?? "reject",
        output: s.unknownMembers?.output ?? "allow",
      },
      sources: buildSources(s.sources),
      packageName: `@opforge/${s.service}`,
      clientName: `${s.name}Client`,
      shapes,
      operations: sortBy(operations, (o) => o.name),
      errors: sortBy(allErrors.values(), (e) => e.name),
      files: [file.specPath, ...this.raw.operationFiles.map((f) => f.specPath)].sort(compareStrings),
      loc: file.locate([]),
    };
  }

  // ---- shapes ---------------------------------------------------------------

  private declareShapes(file: YamlFile, shapes: Raw | undefined, path: PathSegment[]) {
    for (const [name, def] of sortedEntries<Raw>(shapes)) {
      const w: Where = { file, path: [...path, name] };
      if (def.ref !== undefined) {
        this.report(w, "shape-alias", `shape '${name}' is a bare ref`, "a named shape must be a structure or an enum", true);
        continue;
      }
      if (def.type !== "structure" && def.type !== "enum") {
        this.report(w, "shape-kind", `shape '${name}' has type '${def.type ?? "(none)"}'`, "named shapes are structures or enums; use the type inline on the member", true);
        continue;
      }
      if (def.name !== undefined && def.name !== name) {
        this.report({ file, path: [...w.path, "name"] }, "shape-name", `shape '${name}' sets a different name '${def.name}'`, "drop `name:`, the key is the name");
      }
      this.namedType({ ...def, name }, w, name, true);
    }
  }

  private registerShape(shape: IrShape, where: Where): boolean {
    const prev = this.shapes.get(shape.name);
    if (prev) {
      const p = prev.where.file.locate(prev.where.path, { key: true });
      this.report(where, "duplicate-shape", `shape name '${shape.name}' is already used at ${p.file}:${p.line}:${p.col}`, "give one of them a different `name:`", true);
      return false;
    }
    this.shapes.set(shape.name, { shape, where });
    return true;
  }

  /** Builds a structure or enum declared inline or under `shapes:` and returns a ref to it. */
  /**
   * `declared`: the shape is under `shapes:`, so an operation may use it as
   * its input or output by `ref:`; its members' locations are checked once
   * roots are known (`checkDeclaredLocations`).
   */
  private namedType(def: Raw, where: Where, name: string, declared = false): IrType {
    const loc = this.locOf(where, true);
    if (def.type === "enum") {
      const values = Array.isArray(def.values) ? def.values.map(enumValue) : [];
      if (!Array.isArray(def.values)) this.report(where, "enum-values", `enum '${name}' needs \`values:\` as a list`, "values: [A, B]", true);
      values.forEach((v, i) => {
        if (values.findIndex((x) => x.value === v.value) !== i) {
          this.report({ file: where.file, path: [...where.path, "values", i] }, "duplicate-enum-value", `enum '${name}' lists '${v.value}' twice`, "enum values must be unique");
        }
      });
      const shape: IrEnumShape = {
        kind: "enum",
        name,
        documentation: def.documentation,
        values,
        valuesConstName: `${name}Values`,
        ...validationNames(name),
        verify: def.verify,
        loc,
      };
      this.registerShape(shape, where);
      return { kind: "ref", name };
    }
    const membersWhere: Where = { file: where.file, path: [...where.path, "members"] };
    const members = this.buildMembers(def.members, membersWhere, name, declared, declared ? ["path", "query", "header", "body"] : undefined);
    const shape = structureShape(name, def, members, null, loc);
    if (this.registerShape(shape, where) && declared) this.declaredStructures.push({ shape, where: membersWhere });
    return { kind: "ref", name };
  }

  private buildMembers(members: Raw | undefined, where: Where, parent: string, topLevel: boolean, allowed?: readonly MemberLocation[]): IrMember[] {
    const out: IrMember[] = [];
    const wire = new Map<string, string>();
    for (const [name, def] of sortedEntries<Raw>(members)) {
      const w: Where = { file: where.file, path: [...where.path, name] };
      if (RESERVED_MEMBER_NAMES.has(name)) {
        this.report(w, "reserved-name", `member name '${name}' is reserved`, "it would change an object's prototype in generated code", true);
        continue;
      }
      const location: MemberLocation = def.location ?? "body";
      const permitted = allowed ?? (topLevel ? ["path", "query", "header", "body"] : ["body"]);
      if (!permitted.includes(location)) {
        this.report({ file: w.file, path: [...w.path, "location"] }, "bad-location", `member '${name}' cannot be in the ${location}`, topLevel ? `allowed here: ${permitted.join(", ")}` : "only top-level input and error members travel outside the body");
      }
      const wireName: string = def.wireName ?? name;
      const wireKey = `${location}:${location === "header" ? wireName.toLowerCase() : wireName}`;
      const prev = wire.get(wireKey);
      if (prev) {
        this.report({ file: w.file, path: [...w.path, def.wireName !== undefined ? "wireName" : ""] }, "duplicate-wire-name", `wire name '${wireName}' (${location}) of '${name}' is already used by '${prev}'`, "wire names must be unique per location");
      } else wire.set(wireKey, name);
      const type = this.buildType(def, w, parent + pascalCase(name), this.timestampDefault(location));
      const member: IrMember = {
        name,
        wireName,
        location,
        type,
        required: def.required === true,
        default: def.default as JsonValue | undefined,
        documentation: def.documentation,
        deprecated: def.deprecated === true ? true : undefined,
        source: def.source,
        verify: def.verify,
        loc: this.locOf(w, true),
      };
      if (member.default !== undefined) this.defaults.push({ member, where: { file: w.file, path: [...w.path, "default"] } });
      out.push(member);
    }
    return out;
  }

  private checkDefaults() {
    const shapes = new Map([...this.shapes].map(([name, p]) => [name, p.shape] as const));
    for (const { member, where } of this.defaults) {
      const problem = describeValueProblem(member.type, member.default, shapes);
      if (problem) this.report(where, "bad-default", `default of '${member.name}' ${problem}`, "a default must satisfy the member's own type and constraints");
    }
  }

  /** Reports contradicting constraints of one type level at the field that states them. */
  private checkConstraints(type: IrType, where: Where): IrType {
    for (const p of typeProblems(type)) {
      this.report({ file: where.file, path: [...where.path, p.field] }, p.code, `${describeWhere(where)}: ${p.message}`, p.hint);
    }
    return type;
  }

  /** Converts a type definition (member or nested) into an IrType. */
  /**
   * The wire format of a timestamp without `format:`, as the protocol defines
   * it: AWS REST-JSON sends epoch seconds in bodies, HTTP dates in headers and
   * ISO 8601 in paths and query strings; Huawei sends ISO 8601 everywhere.
   */
  private timestampDefault(location: MemberLocation): IrTimestampType["format"] {
    if ((this.raw.serviceFile?.data as Raw | undefined)?.protocol !== "aws-rest-json") return "date-time";
    return location === "body" ? "epoch-seconds" : location === "header" ? "http-date" : "date-time";
  }

  private buildType(def: Raw, where: Where, inlineName: string, timestampFormat: IrTimestampType["format"]): IrType {
    const fieldWhere = (f: string): Where => ({ file: where.file, path: [...where.path, f] });
    if (def.ref !== undefined) {
      if (def.type !== undefined) this.report(fieldWhere("type"), "ref-and-type", "a member has both `ref` and `type`", "use one of them");
      for (const f of CONSTRAINT_FIELDS) {
        if (def[f] !== undefined) this.report(fieldWhere(f), "field-not-applicable", `field '${f}' does not apply to a ref`, `put constraints on the shape '${def.ref}' instead`, true);
      }
      this.refs.push({ name: def.ref, where: fieldWhere("ref") });
      return { kind: "ref", name: def.ref };
    }
    const kind: string | undefined = def.type;
    if (kind === undefined) {
      this.report(where, "missing-type", "missing `type` or `ref`", "e.g. type: string, or ref: ShapeName", true);
      return { kind: "string" };
    }
    const allowed = new Set(TYPE_FIELDS[kind] ?? []);
    for (const f of CONSTRAINT_FIELDS) {
      if (def[f] !== undefined && !allowed.has(f)) {
        this.report(fieldWhere(f), "field-not-applicable", `field '${f}' does not apply to type ${kind}`, `allowed for ${kind}: ${[...allowed].join(", ") || "no constraints"}`, true);
      }
    }
    switch (kind) {
      case "string":
        return this.checkConstraints({
          kind: "string",
          minLength: def.minLength,
          maxLength: def.maxLength,
          pattern: def.pattern,
          knownValues: def.knownValues ? def.knownValues.map(enumValue) : undefined,
        }, where);
      case "integer":
      case "long":
      case "float":
      case "double":
        return this.checkConstraints({
          kind,
          minimum: def.minimum,
          maximum: def.maximum,
          excluded: def.excluded ? [...def.excluded].sort((a: number, b: number) => a - b) : undefined,
        }, where);
      case "boolean":
        return { kind: "boolean" };
      case "timestamp":
        return { kind: "timestamp", format: def.format ?? timestampFormat };
      case "list":
        if (def.items === undefined) {
          this.report(where, "missing-items", "list needs `items:`", "items: { type: string }", true);
          return { kind: "list", items: { kind: "string" } };
        }
        return this.checkConstraints({
          kind: "list",
          items: this.buildType(def.items, fieldWhere("items"), `${inlineName}Item`, timestampFormat),
          minItems: def.minItems,
          maxItems: def.maxItems,
        }, where);
      case "map": {
        if (def.values === undefined || Array.isArray(def.values)) {
          this.report(def.values === undefined ? where : fieldWhere("values"), "missing-values", "map needs `values:` with the value type", "values: { type: string }", def.values === undefined);
          return { kind: "map", key: { kind: "string" }, value: { kind: "string" } };
        }
        const key = def.keys === undefined ? ({ kind: "string" } as const) : this.buildType(def.keys, fieldWhere("keys"), `${inlineName}Key`, timestampFormat);
        if (key.kind === "ref") this.refs.push({ name: key.name, where: fieldWhere("keys"), expect: "map-key" });
        else if (key.kind !== "string") this.report(fieldWhere("keys"), "bad-map-key", `map keys must be strings or an enum, not ${key.kind}`, "keys: { type: string } or keys: { ref: SomeEnum }");
        return this.checkConstraints({
          kind: "map",
          key: key.kind === "string" || key.kind === "ref" ? key : { kind: "string" },
          value: this.buildType(def.values, fieldWhere("values"), `${inlineName}Value`, timestampFormat),
          minEntries: def.minEntries,
          maxEntries: def.maxEntries,
        }, where);
      }
      case "structure":
      case "enum":
        return this.namedType(def, where, def.name ?? inlineName);
      default:
        return { kind: "string" };
    }
  }

  private resolveRefs() {
    for (const r of this.refs) {
      const target = this.shapes.get(r.name);
      if (!target) {
        const names = [...this.shapes.keys()].sort(compareStrings);
        this.report(r.where, "unresolved-ref", `unresolved shape reference '${r.name}'`, names.length ? `declared shapes: ${names.join(", ")}` : "declare it under `shapes:`");
      } else if (r.expect === "map-key" && target.shape.kind !== "enum") {
        this.report(r.where, "bad-map-key", `map key '${r.name}' is a structure`, "map keys must be strings or an enum");
      } else if (r.expect === "structure" && target.shape.kind !== "structure") {
        this.report(r.where, "not-a-structure", `'${r.name}' is an enum, not a structure`, "operation input and output must be structures");
      }
    }
  }

  /** Marks where each structure is used, and returns all shapes sorted. */
  private finishShapes(operations: IrOperation[], serviceErrors: Map<string, IrError>, opOnly: Map<string, { error: IrError }>): IrShape[] {
    const mark = (type: IrType, usage: "input" | "output" | "error", seen: Set<string>) => {
      if (type.kind === "list") mark(type.items, usage, seen);
      else if (type.kind === "map") {
        mark(type.key, usage, seen);
        mark(type.value, usage, seen);
      } else if (type.kind === "ref" && !seen.has(type.name)) {
        seen.add(type.name);
        const s = this.shapes.get(type.name)?.shape;
        if (s?.kind === "structure") {
          s.usage[usage] = true;
          for (const m of s.members) mark(m.type, usage, seen);
        }
      }
    };
    for (const op of operations) {
      mark({ kind: "ref", name: op.input }, "input", new Set());
      mark({ kind: "ref", name: op.output }, "output", new Set());
    }
    const errors = [...serviceErrors.values(), ...[...opOnly.values()].map((e) => e.error)];
    for (const e of errors) for (const m of e.members) mark(m.type, "error", new Set());
    return sortBy(
      [...this.shapes.values()].map((p) => p.shape),
      (s) => s.name,
    );
  }

  // ---- operations -----------------------------------------------------------

  private buildOperation(file: YamlFile, serviceErrors: Map<string, IrError>, opOnly: Map<string, { error: IrError; where: Where }>): IrOperation | undefined {
    const o = file.data as Raw;
    const at = (...path: PathSegment[]): Where => ({ file, path });
    const name: string = o.operation;

    const input = this.operationShape(o.input, at("input"), `${name}Request`, "input");
    const output = this.operationShape(o.output, at("output"), `${name}Response`, "output");
    const http = this.buildHttp(o.http, at("http"), input);

    const errors = new Map<string, IrError>();
    for (const [errName, def] of sortedEntries<Raw | null>(o.errors)) {
      const w = at("errors", errName);
      const base = serviceErrors.get(errName);
      const e = this.buildError(errName, def ?? {}, w, base);
      if (!e) continue;
      errors.set(errName, e);
      if (!base) {
        const prev = opOnly.get(errName);
        if (prev && JSON.stringify({ ...prev.error, loc: 0 }) !== JSON.stringify({ ...e, loc: 0 })) {
          this.report(w, "conflicting-error", `error '${errName}' is defined differently in ${prev.where.file.file}`, "declare it once in service.yaml and override per operation", true);
        } else if (!prev) opOnly.set(errName, { error: e, where: w });
      }
    }
    for (const e of serviceErrors.values()) if (e.appliesToAll && !errors.has(e.name)) errors.set(e.name, e);

    const op: IrOperation = {
      name,
      methodName: lowerFirst(name),
      title: o.title,
      documentation: o.documentation,
      sources: buildSources(o.sources),
      http,
      input,
      output,
      errors: sortBy(errors.values(), (e) => e.name),
      examples: (o.examples ?? []).map(buildExample),
      mock: o.mock ? this.buildMock(o.mock, at("mock"), input, output, errors) : undefined,
      verify: o.verify,
      loc: file.locate(["operation"]),
    };
    return op;
  }

  /** The input/output structure: a ref to a structure, or an inline one named by default. */
  private operationShape(def: Raw, where: Where, defaultName: string, root: "input" | "output"): string {
    if (def.ref !== undefined) {
      this.refs.push({ name: def.ref, where: { file: where.file, path: [...where.path, "ref"] }, expect: "structure" });
      this.pendingRoots.push({ name: def.ref, root });
      return def.ref;
    }
    if (def.type !== "structure") {
      this.report(where, "not-a-structure", `${root} must be a structure or a ref to one`, "type: structure with members:, or ref: ShapeName", true);
    }
    const name: string = def.name ?? defaultName;
    const members = this.buildMembers(def.members, { file: where.file, path: [...where.path, "members"] }, name, root === "input", root === "input" ? undefined : ["body", "header"]);
    this.registerShape(structureShape(name, def, members, root, this.locOf(where, true)), where);
    return name;
  }

  private readonly pendingRoots: Array<{ name: string; root: "input" | "output" }> = [];

  private buildHttp(h: Raw, where: Where, inputName: string): IrHttp {
    const path: string = h.path;
    const segments: IrHttp["segments"] = [];
    const labels: string[] = [];
    /** Each placeholder as written (`{key+}`), to point at it in the template. */
    const written: string[] = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(path); m; m = re.exec(path)) {
      if (m.index > last) segments.push({ literal: path.slice(last, m.index) });
      const greedy = m[1]!.endsWith("+");
      const label = greedy ? m[1]!.slice(0, -1) : m[1]!;
      segments.push({ label, greedy });
      labels.push(label);
      written.push(m[0]);
      last = m.index + m[0].length;
    }
    if (last < path.length) segments.push({ literal: path.slice(last) });
    const pathWhere: Where = { file: where.file, path: [...where.path, "path"] };
    if (/[{}]/.test(segments.filter((s) => "literal" in s).map((s) => (s as { literal: string }).literal).join(""))) {
      this.report(pathWhere, "bad-path", `path template '${path}' has an unbalanced brace`, "placeholders look like {name}");
    }
    // Placeholders and path members must match both ways.
    const input = this.shapes.get(inputName)?.shape;
    if (input?.kind === "structure") {
      const pathMembers = input.members.filter((m) => m.location === "path");
      labels.forEach((label, i) => {
        const at = where.file.locateText(pathWhere.path, written[i]!);
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(label)) {
          this.diagnostics.push(err(at, "bad-path", `path placeholder '{${label}}' is not a valid name`, "use letters, digits and _"));
        } else if (!pathMembers.some((m) => m.wireName === label)) {
          this.diagnostics.push(err(at, "path-placeholder", `path placeholder '{${label}}' has no input member with location: path and wireName '${label}'`, `add a path member, e.g. ${label}: { type: string, location: path, required: true }`));
        }
      });
      const dup = labels.find((l, i) => labels.indexOf(l) !== i);
      if (dup) this.report(pathWhere, "path-placeholder", `path placeholder '{${dup}}' appears twice`, "each path member fills one placeholder");
      for (const m of pathMembers) {
        if (!labels.includes(m.wireName)) {
          this.diagnostics.push(err(m.loc, "path-member", `path member '${m.name}' (wire name '${m.wireName}') has no placeholder in '${path}'`, `add {${m.wireName}} to http.path or change its location`));
        } else if (!m.required) {
          this.diagnostics.push(err(m.loc, "path-member", `path member '${m.name}' must be required`, "add required: true"));
        }
      }
    }
    return { method: h.method, path, segments, successStatus: h.successStatus ?? 200 };
  }

  private buildError(name: string, def: Raw, where: Where, base: IrError | undefined): IrError | undefined {
    const status: number | undefined = def.status ?? base?.status;
    const code: string | undefined = def.code ?? base?.code;
    const inServiceFile = where.file === this.raw.serviceFile;
    // service.yaml may leave `code` to each operation; an operation's error needs both.
    const missing = [status === undefined ? "status" : "", code === undefined && (!inServiceFile || def.appliesToAll) ? "code" : ""].filter(Boolean).join(" and ");
    if (missing) {
      const undeclared = base === undefined && !inServiceFile;
      this.report(where, undeclared ? "unknown-error" : "incomplete-error",
        undeclared ? `error '${name}' is not declared in service.yaml and has no ${missing}` : `error '${name}' has no ${missing}`,
        undeclared ? "declare it under `errors:` in service.yaml, or give status and code here" : `add ${missing}`, true);
      return undefined;
    }
    if (def.appliesToAll !== undefined && where.file !== this.raw.serviceFile) {
      this.report({ file: where.file, path: [...where.path, "appliesToAll"] }, "field-not-applicable", "appliesToAll belongs in service.yaml", "move the error to service.yaml", true);
    }
    const members = def.members !== undefined
      ? this.buildMembers(def.members, { file: where.file, path: [...where.path, "members"] }, `${name}Data`, true, ["body", "header"])
      : (base?.members ?? []);
    return {
      name,
      typeName: `${name}Data`,
      status: status!,
      code,
      documentation: def.documentation ?? base?.documentation,
      retryable: def.retryable ?? base?.retryable ?? false,
      appliesToAll: def.appliesToAll ?? base?.appliesToAll ?? false,
      members,
      example: (def.example as IrWirePayload | undefined) ?? base?.example,
      source: def.source ?? base?.source,
      verify: def.verify ?? base?.verify,
      loc: base && def.status === undefined && def.code === undefined && def.members === undefined ? base.loc : this.locOf(where, true),
    };
  }

  private buildMock(m: Raw, where: Where, input: string, output: string, errors: Map<string, IrError>): IrMock {
    const inShape = this.shapes.get(input)?.shape;
    const outShape = this.shapes.get(output)?.shape;
    const inNames = inShape?.kind === "structure" ? inShape.members.map((x) => x.name) : [];
    const outNames = outShape?.kind === "structure" ? outShape.members.map((x) => x.name) : [];
    const f = (...p: PathSegment[]): Where => ({ file: where.file, path: [...where.path, ...p] });
    (m.key ?? []).forEach((k: string, i: number) => {
      if (inShape && !inNames.includes(k)) this.report(f("key", i), "mock-ref", `mock key '${k}' is not an input member`, `input members: ${inNames.join(", ")}`);
    });
    for (const field of ["conflictError", "invalidPatchError"] as const) {
      if (m[field] !== undefined && !errors.has(m[field])) {
        this.report(f(field), "mock-ref", `mock ${field} '${m[field]}' is not in this operation's errors`, `errors: ${[...errors.keys()].join(", ")}`);
      }
    }
    if (m.action === "create" && m.conflictError === undefined) {
      this.report(f("action"), "mock-ref", "mock action 'create' needs `conflictError`", "name the error sent when the item exists");
    }
    if (m.action === "patch" && !(inShape?.kind === "structure" && inNames.includes("patchOperations"))) {
      this.report(f("action"), "mock-ref", "mock action 'patch' needs an input member 'patchOperations'", "use upsert for plain updates");
    }
    const echo = sortedEntries<string>(m.echo).map(([out, inp]) => {
      if (outShape && !outNames.includes(out)) this.report(f("echo", out), "mock-ref", `mock echo output member '${out}' does not exist`, `output members: ${outNames.join(", ")}`, true);
      if (inShape && !inNames.includes(inp)) this.report(f("echo", out), "mock-ref", `mock echo input member '${inp}' does not exist`, `input members: ${inNames.join(", ")}`);
      return { output: out, input: inp };
    });
    return {
      resource: m.resource,
      key: m.key ?? [],
      action: m.action,
      conflictError: m.conflictError,
      readOnlyPaths: m.readOnlyPaths ?? [],
      invalidPatchError: m.invalidPatchError,
      initial: m.initial,
      echo,
    };
  }

  /** Applied after refs resolve: an operation whose input/output is a ref marks that shape as its root. */
  applyRoots() {
    for (const { name, root } of this.pendingRoots) {
      const s = this.shapes.get(name)?.shape;
      if (s?.kind === "structure" && s.root === null) s.root = root;
    }
    this.checkDeclaredLocations();
  }

  private readonly declaredStructures: Array<{ shape: IrStructureShape; where: Where }> = [];

  /** A shape under `shapes:` may use path/query/header members only as an operation's input (header also as output). */
  private checkDeclaredLocations() {
    for (const { shape: s, where } of this.declaredStructures) {
      const permitted: readonly MemberLocation[] = s.root === "input" ? ["path", "query", "header", "body"] : s.root === "output" ? ["body", "header"] : ["body"];
      for (const m of s.members) {
        if (permitted.includes(m.location)) continue;
        const hint = s.root ? `allowed in an operation's ${s.root}: ${permitted.join(", ")}` : "only top-level input and error members travel outside the body";
        this.report({ file: where.file, path: [...where.path, m.name, "location"] }, "bad-location", `member '${m.name}' cannot be in the ${m.location}`, hint);
      }
    }
  }
}

/** `'a'`, `'a' items`, `'a' values`: the member (or shape) a type belongs to, for messages. */
function describeWhere(where: Where): string {
  const path = where.path.map(String);
  const i = path.lastIndexOf("members");
  const owner = i >= 0 && i + 1 < path.length ? path[i + 1]! : (path[path.length - 1] ?? "");
  const nested = i >= 0 ? path.slice(i + 2).join(" ") : "";
  return `'${owner}'${nested ? ` ${nested}` : ""}`;
}

/** A structure shape as first built; `usage` is filled in once every operation is known. */
function structureShape(name: string, def: Raw, members: IrMember[], root: IrStructureShape["root"], loc: SourceLocation): IrStructureShape {
  return {
    kind: "structure",
    name,
    documentation: def.documentation,
    members,
    ...validationNames(name),
    usage: { input: false, output: false, error: false },
    root,
    verify: def.verify,
    loc,
  };
}

function enumValue(v: string | { value: string; documentation?: string }): IrEnumValue {
  return typeof v === "string" ? { value: v } : { value: v.value, documentation: v.documentation };
}

function buildSources(raw: Raw[] | undefined): IrSource[] {
  return (raw ?? []).map((s) => ({ title: s.title, file: s.file, url: s.url, covers: s.covers }));
}

function buildExample(e: Raw): IrExample {
  return { title: e.title, documentation: e.documentation, request: e.request, response: e.response };
}

/**
 * The mock's hot path keeps a parsed request body as the input when it
 * decodes to itself, and projects stateless answers without building the
 * record in between. Both shortcuts must answer exactly what the long way
 * answers: checked on random wire bodies (nulls, unknown and hostile keys,
 * wrong types) for every operation of the real specs, of the kitchen sink
 * (renames, every type) and of the kitchen sink with its renames taken out.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { project, projectOverlay } from "../../../src/runtime/mock/state/project.js";
import { overlay } from "../../../src/runtime/mock/state/record.js";
import { decodeRequest } from "../../../src/runtime/protocol/rest-json.js";
import { structureDecodesToItself } from "../../../src/runtime/protocol/rename.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import type { OperationModel, StructureModel, TypeModel } from "../../../src/runtime/table/model.js";
import type { ServiceTable, TableMember } from "../../../src/runtime/table/types.js";
import { kitchenSink } from "../helpers/kitchen-sink.js";
import { realDefinitions } from "../helpers/real-specs.js";

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "a.b", ""];

/** The kitchen sink with every member named on the wire as documented. */
function withoutRenames(table: ServiceTable): ServiceTable {
  const same = (m: TableMember): TableMember => (m.length === 4 ? [m[0], m[1], m[0], m[3]] : [m[0], m[1]]);
  const shapes = Object.fromEntries(Object.entries(table.shapes).map(([name, members]) => [name, members.map(same)]));
  // Path labels are named by their wire names in the template.
  const operations = Object.fromEntries(
    Object.entries(table.operations).map(([name, op]) => {
      let path = op.path;
      for (const m of table.shapes[op.input] ?? []) if (m[3] === "path") path = path.replace(`{${m[2]}`, `{${m[0]}`);
      return [name, { ...op, path }];
    }),
  );
  return { ...table, id: `${table.id}-same`, shapes, operations };
}

/** An object with exactly these own entries, `__proto__` as a plain key (as JSON.parse makes it). */
function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/**
 * A value spelled out as nested arrays: own keys (sorted), prototypes and
 * array-ness. `toStrictEqual` cannot compare objects with an own
 * `constructor` key (it compares `.constructor`).
 */
function spelled(v: unknown): unknown {
  if (Array.isArray(v)) return ["array", ...v.map(spelled)];
  if (typeof v === "object" && v !== null)
    return ["object", Object.getPrototypeOf(v) === Object.prototype, ...Object.keys(v).sort().map((k) => [k, spelled((v as Record<string, unknown>)[k])])];
  return [typeof v, v];
}

const junk = fc.constantFrom<unknown>(null, 0, "x", true, [], {}, [null], { a: null });

/** How structure members are keyed: by wire name (a request body) or documented name (a record). */
type KeyOf = (m: StructureModel["body"][number]) => string;
const byWire: KeyOf = (m) => m.wire;
const byName: KeyOf = (m) => m.name;

/** Values of `type`: mostly well formed, sometimes null, a wrong type, unknown or hostile keys. */
function wireValue(type: TypeModel, depth: number, key: KeyOf = byWire): fc.Arbitrary<unknown> {
  const odd = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: junk });
  switch (type.kind) {
    case "structure":
      return depth > 3 ? fc.constant({}) : odd(wireStructure(type.shape, depth + 1, key));
    case "list":
      return odd(fc.array(wireValue(type.items, depth + 1, key), { maxLength: 3 }));
    case "map":
      return odd(fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...HOSTILE)), wireValue(type.values, depth + 1, key)), { maxLength: 3 }).map(objectOf));
    case "boolean":
      return odd(fc.boolean());
    case "string":
      return odd(fc.string({ maxLength: 6 }));
    default:
      return odd(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })));
  }
}

function wireStructure(shape: StructureModel, depth: number, key: KeyOf = byWire): fc.Arbitrary<Record<string, unknown>> {
  const members = (key === byWire ? shape.body : shape.members).map((m) => fc.option(fc.tuple(fc.constant(key(m)), wireValue(m.type, depth, key)), { nil: undefined, freq: 2 }));
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), junk), { maxLength: 1 });
  return fc.tuple(fc.tuple(...members), fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extra })).map(([ms, ex]) =>
    objectOf([...ms.filter((x): x is [string, unknown] => x !== undefined), ...ex]),
  );
}

const tables: ServiceTable[] = [...realDefinitions().map((d) => d.service), kitchenSink, withoutRenames(kitchenSink)];
const operations: Array<[string, OperationModel]> = tables.flatMap((t) => [...decodeServiceTable(t).operations.values()].map((op) => [`${t.id} ${op.name}`, op] as [string, OperationModel]));
const NO_HEADERS = { get: () => null };

describe("a body that decodes to itself is the input", () => {
  it("some operations take the shortcut for plain bodies", () => {
    const plain = operations.filter(([, op]) => op.input.body.length > 0 && structureDecodesToItself({}, op.input));
    expect(plain.length).toBeGreaterThan(0);
    const [, op] = plain[0]!;
    const body = {};
    expect(decodeRequest(op, { labels: op.labels.map(() => "l"), query: "", headers: NO_HEADERS, body }, true).input).toBe(body);
  });

  it("never for a renamed member, a null or an unknown key", () => {
    const renamed = operations.find(([, op]) => op.input.body.some((m) => m.wire !== m.name))![1];
    const m = renamed.input.body.find((x) => x.wire !== x.name)!;
    expect(structureDecodesToItself({ [m.wire]: "x" }, renamed.input)).toBe(false);
    const plain = operations.find(([, op]) => op.input.body.length > 0 && op.input.body.every((x) => x.wire === x.name))![1];
    expect(structureDecodesToItself({ [plain.input.body[0]!.wire]: null }, plain.input)).toBe(false);
    expect(structureDecodesToItself(objectOf([["__proto__", 1]]), plain.input)).toBe(false);
  });

  for (const [name, op] of operations) {
    it(`${name}: the same input and problems as the copying decoder`, () => {
      fc.assert(
        fc.property(wireStructure(op.input, 0), fc.boolean(), (body, rejectUnknown) => {
          const request = (b: unknown) => ({ labels: op.labels.map((_, i) => `label ${i}`), query: "", headers: NO_HEADERS, body: b });
          // A frozen body is never kept: it takes the copying path.
          const copied = decodeRequest(op, request(Object.freeze(structuredClone(body))), rejectUnknown);
          const kept = decodeRequest(op, request(structuredClone(body)), rejectUnknown);
          expect(kept.problems).toEqual(copied.problems);
          expect(spelled(kept.input)).toEqual(spelled(copied.input));
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("a stateless answer projects the layered sample and input", () => {
  for (const [name, op] of operations) {
    const output = op.output;
    if (!output) continue;
    it(`${name}: the same answer as projecting the overlaid record`, () => {
      const names = output.members.map((m) => m.name);
      const echo = names.length > 1 ? { [names[0]!]: names[1]! } : undefined;
      fc.assert(
        fc.property(wireStructure(output, 0, byName), wireStructure(output, 0, byName), fc.boolean(), fc.boolean(), (base, input, withEcho, withId) => {
          const e = withEcho ? echo : undefined;
          const generated = withId && names.length > 0 ? { members: [names[0]!], value: "id-1" } : undefined;
          const record = overlay(base, input, e);
          if (generated) for (const n of generated.members) record[n] = generated.value;
          expect(spelled(projectOverlay(base, input, e, generated, output))).toEqual(spelled(project(record, output)));
        }),
        { numRuns: 100 },
      );
    });
  }
});

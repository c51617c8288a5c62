/**
 * IR -> the mock table (`runtime/table/mock-types.ts`) a generated
 * `mock.js` hands to the mock runtime beside the service table. Validators
 * are named here and printed as identifiers. Pure data; no text.
 */
import type { IrOperation, IrService } from "../../ir/types.js";
import { sampleOutput } from "./sample.js";

import { Identifier, type Data } from "../shared/data-expr.js";

export type MockData = Data;

/** Drops `undefined` properties, so that printed tables carry only what is set. */
function compact(o: Record<string, MockData | undefined>): { [key: string]: MockData } {
  const out: { [key: string]: MockData } = Object.create(null) as { [key: string]: MockData };
  for (const k of Object.keys(o)) if (o[k] !== undefined) out[k] = o[k]!;
  return out;
}

function validatorOf(service: IrService, shapeName: string): Identifier {
  const shape = service.shapes.find((s) => s.name === shapeName);
  if (!shape) throw new Error(`mock emitter: shape ${shapeName} of ${service.id} is missing from the model`);
  return new Identifier(shape.validatorName);
}

function mockOperation(service: IrService, op: IrOperation): MockData {
  const r = op.resource;
  const examples = op.examples
    .filter((x) => x.request !== undefined || x.response !== undefined)
    .map((x) => compact({ title: x.title, request: x.request as MockData | undefined, response: x.response as MockData | undefined }));
  // An operation's own example of an error, where it differs from the service-wide one.
  const ownExamples: Record<string, MockData> = {};
  for (const e of op.errors) {
    const declared = service.errors.find((d) => d.name === e.name);
    if (e.example !== undefined && JSON.stringify(e.example) !== JSON.stringify(declared?.example)) ownExamples[e.name] = e.example as MockData;
  }
  return compact({
    validateInput: validatorOf(service, op.input),
    validateOutput: op.output === undefined ? undefined : validatorOf(service, op.output),
    sample: sampleOutput(service, op) as MockData | undefined,
    examples: examples.length ? examples : undefined,
    errorExamples: Object.keys(ownExamples).length ? ownExamples : undefined,
    resource: r
      ? compact({
          resource: r.resource,
          action: r.action,
          notFoundError: r.notFoundError,
          conflictError: r.conflictError,
          invalidPatchError: r.invalidPatchError,
          readOnlyPaths: r.readOnlyPaths.length ? r.readOnlyPaths : undefined,
          echo: r.echo.length ? Object.fromEntries(r.echo.map((e) => [e.output, e.input])) : undefined,
          items: r.items,
        })
      : undefined,
  });
}

/** The service's mock table, keyed in the IR's (sorted) order. */
export function mockTable(service: IrService): MockData {
  const operations: Record<string, MockData> = {};
  for (const op of service.operations) operations[op.name] = mockOperation(service, op);
  const resources: Record<string, MockData> = {};
  for (const r of service.resources) {
    resources[r.name] = compact({
      key: r.key,
      parent: r.parent,
      // Rebuilt field by field: the IR keeps the spec's key order here, which is not meaning.
      id: r.id && { member: r.id.member, output: r.id.output },
      initial: r.initial.length ? r.initial.map((i) => compact({ key: Object.keys(i.key).length ? i.key : undefined, value: i.value as MockData })) : undefined,
    });
  }
  const errorMessages: Record<string, MockData> = {};
  const errorExamples: Record<string, MockData> = {};
  for (const e of service.errors) {
    if (e.documentation !== undefined) errorMessages[e.name] = e.documentation;
    if (e.example !== undefined) errorExamples[e.name] = e.example as MockData;
  }
  return compact({ operations, resources, errorMessages, errorExamples });
}

/** Every validator the table names, sorted and unique. */
export function validatorNames(service: IrService): string[] {
  const names = new Set<string>();
  for (const op of service.operations) {
    names.add(validatorOf(service, op.input).name);
    if (op.output !== undefined) names.add(validatorOf(service, op.output).name);
  }
  return [...names].sort();
}


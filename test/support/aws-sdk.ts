/**
 * The official AWS SDK for JavaScript v3 for a service of the IR: the
 * package is `@aws-sdk/client-<sdkId>`, from the serviceId of the botocore
 * model `opforge verify` compares with ("API Gateway" -> client-api-gateway),
 * the command is `<Operation>Command`. Nothing here names a service.
 */
import type { IrService, IrShape, IrType } from "../../src/ir/types.js";
import { DEFAULT_MODELS_DIR, locateModel } from "../../src/verify/service-model.js";

export interface SdkClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
}

export interface Sdk {
  packageName: string;
  Client: new (config: Record<string, unknown>) => SdkClient;
  /** The command class of an operation, or undefined when the SDK has none. */
  command(operation: string): (new (input: unknown) => unknown) | undefined;
}

/** `@aws-sdk/client-…` for an AWS service of the IR. */
export function sdkPackageName(service: IrService): string {
  const located = locateModel(DEFAULT_MODELS_DIR, service);
  if ("missing" in located) throw new Error(`${service.id}: ${located.missing}`);
  const sdkId = located.model.metadata.serviceId;
  if (!sdkId) throw new Error(`${service.id}: ${located.file} has no metadata.serviceId`);
  return `@aws-sdk/client-${sdkId.toLowerCase().replace(/\s+/g, "-")}`;
}

export async function loadSdk(service: IrService): Promise<Sdk> {
  const packageName = sdkPackageName(service);
  const mod = (await import(packageName)) as Record<string, unknown>;
  const clients = Object.keys(mod).filter((k) => /^[A-Za-z]+Client$/.test(k) && k !== "__Client");
  if (clients.length !== 1) throw new Error(`${packageName}: expected one client class, found ${clients.join(", ") || "none"}`);
  return {
    packageName,
    Client: mod[clients[0]!] as Sdk["Client"],
    command: (operation) => mod[`${operation}Command`] as (new (input: unknown) => unknown) | undefined,
  };
}

/**
 * An input in the JSON form our clients take -> the SDK's form: the same
 * member names, timestamps as `Date` (the SDK serializes each in the
 * member's wire format itself).
 */
export function toSdkInput(service: IrService, shapeName: string, value: Record<string, unknown>): Record<string, unknown> {
  return mapTimestamps(service, shapeName, value, (_format, v) => (typeof v === "number" ? new Date(v * 1000) : new Date(String(v))));
}

/**
 * An SDK output -> the JSON form our validators check: timestamps (the SDK
 * gives `Date`s, boto3 epoch seconds) back in their member's format, the
 * SDK's `$metadata` left out.
 */
export function fromSdkOutput(service: IrService, shapeName: string, value: Record<string, unknown>): Record<string, unknown> {
  const { $metadata: _, ...rest } = value;
  return mapTimestamps(service, shapeName, rest, (format, v) => {
    // boto3's answers arrive as epoch seconds whatever the member's format.
    const d = typeof v === "number" && format !== "epoch-seconds" ? new Date(v * 1000) : v;
    if (!(d instanceof Date)) return d;
    return format === "epoch-seconds" ? d.getTime() / 1000 : format === "http-date" ? d.toUTCString() : d.toISOString().replace(".000Z", "Z");
  });
}

type TimestampFormat = Extract<IrType, { kind: "timestamp" }>["format"];

/** `value` of structure `shapeName` with every timestamp replaced by `change(format, timestamp)`. */
function mapTimestamps(service: IrService, shapeName: string, value: Record<string, unknown>, change: (format: TimestampFormat, v: unknown) => unknown): Record<string, unknown> {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const walk = (type: IrType, v: unknown): unknown => {
    if (v === null || v === undefined) return v;
    switch (type.kind) {
      case "timestamp":
        return change(type.format, v);
      case "list":
        return (v as unknown[]).map((x) => walk(type.items, x));
      case "map":
        return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, walk(type.value, x)]));
      case "ref": {
        const shape = shapes.get(type.name);
        if (shape?.kind !== "structure") return v;
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          const m = shape.members.find((y) => y.name === k);
          out[k] = m ? walk(m.type, x) : x;
        }
        return out;
      }
      default:
        return v;
    }
  };
  return walk({ kind: "ref", name: shapeName } as IrType, value) as Record<string, unknown>;
}

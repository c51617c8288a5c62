/**
 * One botocore operation -> the parts of its spec file: HTTP binding, input
 * members with their locations, the output (inline when the model's output
 * shape is the operation's own, a `ref:` to a declared shape when it is a
 * resource type such as `Method` that several operations answer), and errors.
 */
import type { RawHttp, RawMember, RawTypeDef } from "../../spec/raw.js";
import type { DraftComment } from "../common/draft-file.js";
import { htmlToText } from "../common/html-text.js";
import { shapeOf, type BotoModel, type BotoOperation } from "./botocore-model.js";
import { leftOutComment, type ShapeTypes } from "./shape-types.js";

/** The parts of an operation file drafted from one botocore operation. */
export interface OperationDraft {
  name: string;
  documentation?: string;
  http: RawHttp;
  /** The model's requestUri, query part included (a fixed query such as `?mode=import`). */
  requestUri: string;
  input: RawTypeDef;
  /** Undefined when the model has no output: the success answer has no body. */
  output?: RawTypeDef;
  errors: string[];
  comments: DraftComment[];
}

const METHODS = new Set(["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD"]);

/** Thrown for an operation the spec format cannot hold at all (an HTTP method it lacks). */
export class UnsupportedOperation extends Error {}

/** Drafts `op`; its named shapes are registered in `types`. Throws `UnsupportedOperation` for a method the format lacks. */
export function draftOperation(
  model: BotoModel,
  types: ShapeTypes,
  op: BotoOperation,
): OperationDraft {
  const method = op.http.method.toUpperCase();
  if (!METHODS.has(method))
    throw new UnsupportedOperation(
      `${op.name}: HTTP method ${op.http.method} is not one the spec format supports`,
    );
  const [path, query] = op.http.requestUri.split("?") as [string, string | undefined];
  const comments: DraftComment[] = [];
  const http: RawHttp = {
    method: method as RawHttp["method"],
    path,
    successStatus: op.http.responseCode ?? 200,
  };
  if (query)
    comments.push({
      at: ["http", "path"],
      text: `The model's requestUri adds a fixed query '?${query}'; the spec format has no constant query parameters, so callers send it themselves.`,
    });
  if (op.endpoint?.hostPrefix)
    comments.push({
      at: ["http"],
      text: `The AWS SDKs prefix the endpoint host with '${op.endpoint.hostPrefix}'; the spec format has no host prefixes.`,
    });

  const input = structureRoot(
    model,
    types,
    op.input?.shape,
    `${op.name}Request`,
    "input",
    comments,
  );
  const output = op.output
    ? outputRoot(model, types, op.name, op.output.shape, comments)
    : undefined;
  const text = op.documentation ? htmlToText(op.documentation) : "";
  return {
    name: op.name,
    ...(text ? { documentation: text } : {}),
    http,
    requestUri: op.http.requestUri,
    input,
    ...(output ? { output } : {}),
    errors: (op.errors ?? []).map((e) => e.shape),
    comments,
  };
}

/**
 * An inline input or output structure named after the model's shape, with
 * top-level locations. An operation without input still has one (the format
 * requires it), empty.
 */
function structureRoot(
  model: BotoModel,
  types: ShapeTypes,
  shapeName: string | undefined,
  fallback: string,
  role: "input" | "output",
  comments: DraftComment[],
): RawTypeDef {
  if (!shapeName) return { type: "structure", name: types.specName(fallback), members: {} };
  const s = shapeOf(model, shapeName);
  const built = types.members(s, role);
  const def: RawTypeDef = { type: "structure", name: types.specName(shapeName) };
  const text = s.documentation ? htmlToText(s.documentation) : "";
  if (text) def.documentation = text;
  def.members = built.members as Record<string, RawMember>;
  if (built.leftOut.length) {
    def.verify = {
      ignore: ["extra"],
      reason: built.leftOut.map((l) => `${l.name}: ${l.reason}`).join("; "),
    };
    comments.push({ at: [role, "members"], text: leftOutComment(built.leftOut) });
  }
  return def;
}

/**
 * The output: inline when the model's shape is this operation's own
 * (`<Op>Response`, `<Op>Output`, `<Op>Result`), else a ref to the declared
 * shape, so that every operation answering a `Method` shares one type and a
 * later import of another such operation finds it declared.
 */
function outputRoot(
  model: BotoModel,
  types: ShapeTypes,
  op: string,
  shapeName: string,
  comments: DraftComment[],
): RawTypeDef {
  const own = [`${op}Response`, `${op}Output`, `${op}Result`].includes(shapeName);
  const s = shapeOf(model, shapeName);
  const hasLocations =
    Object.values(s.members ?? {}).some((m) => m.location !== undefined) || s.payload !== undefined;
  // A shared shape with header members or a payload must still be read as an
  // output (locations apply only at the top), so it is written inline.
  if (own || hasLocations)
    return structureRoot(model, types, shapeName, `${op}Response`, "output", comments);
  return { ref: types.type(shapeName).def.ref! };
}

// Copied by opforge from src/runtime/mock/compiled.ts. DO NOT EDIT.
/**
 * Services and operations as the mock serves them: the decoded model, the
 * mock table's data, and what can be decided before the first request (the
 * errors used for bad input and missing credentials, the resource an
 * operation acts on, the base answer).
 */
import type { Protocol } from "../protocol/types.js";
import type { OperationErrorModel, OperationModel, ServiceModel } from "../table/model.js";
import type {
  MockOperationData,
  MockResource,
  MockResourceAction,
  MockTable,
} from "../table/mock-types.js";
/** A served service: its decoded model, its mock table and its protocol module. */
export interface CompiledService {
  readonly model: ServiceModel;
  readonly mock: MockTable;
  readonly protocol: Protocol;
}
/** A resource kind of one service. */
export interface BoundResource {
  readonly name: string;
  /** Store key of the kind: service id and resource name. */
  readonly kind: string;
  readonly def: MockResource;
}
/** An operation's action on a resource, with its parent when the parent must exist. */
export interface ResourceBinding {
  readonly resource: BoundResource;
  readonly action: MockResourceAction;
  /** The parent, when some operation of the service creates it (so it must exist). */
  readonly parent: BoundResource | undefined;
}
/** A served operation, with everything decided before the first request. */
export interface CompiledOperation {
  readonly service: CompiledService;
  readonly model: OperationModel;
  readonly data: MockOperationData;
  /** The base of every answer (documented names): the sample, else the docs' example, else `{}`. */
  readonly sample: Readonly<Record<string, unknown>>;
  readonly binding: ResourceBinding | undefined;
  /** The operation's 400: the answer to input it cannot accept. */
  readonly badRequest: OperationErrorModel | undefined;
  /** The operation's 401: the answer to missing credentials. */
  readonly unauthorized: OperationErrorModel | undefined;
  /** The answer to a missing instance: the action's `notFoundError`, else the operation's 404. */
  readonly notFound: OperationErrorModel | undefined;
  /** The answer to an existing instance on create: `conflictError`, else the operation's 409. */
  readonly conflict: OperationErrorModel | undefined;
  /** The answer to a patch that cannot apply: `invalidPatchError`, else the operation's 400. */
  readonly invalidPatch: OperationErrorModel | undefined;
  /** Documented errors a client retries (a 429 or a 5xx, or marked retryable): what `--error-rate` answers. */
  readonly retryable: readonly OperationErrorModel[];
}

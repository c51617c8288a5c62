/**
 * Clients wired exactly as a generated `client.js` wires them: one error
 * class per documented error under the service's generic class, the
 * scheme's `authenticate`, and the validator names.
 */
import { sigv4Auth } from "../../../src/runtime/client/auth-sigv4.js";
import { tokenAuth } from "../../../src/runtime/client/auth-token.js";
import { ClientCore } from "../../../src/runtime/client/core.js";
import { ServiceError } from "../../../src/runtime/client/errors.js";
import type { BaseClientOptions, CallOptions } from "../../../src/runtime/client/options.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { kitchenSink } from "./kitchen-sink.js";
import { realTable } from "./real-specs.js";
import { protocolFor } from "../../support/protocols.js";

export class ApiGatewayServiceError extends ServiceError {}
export class BadRequestException extends ApiGatewayServiceError {}
export class ConflictException extends ApiGatewayServiceError {}
export class LimitExceededException extends ApiGatewayServiceError {}
export class NotFoundException extends ApiGatewayServiceError {}
export class TooManyRequestsException extends ApiGatewayServiceError {}
export class UnauthorizedException extends ApiGatewayServiceError {}

export const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

/** A client's operations, called by name. */
export interface TestClient {
  call(operation: string, input?: unknown, options?: CallOptions): Promise<unknown>;
}

function client(core: ClientCore): TestClient {
  return { call: (operation, input, options) => core.send(operation, input, options) };
}

export function apiGateway(options: BaseClientOptions & { credentials?: typeof credentials } = {}): TestClient {
  const service = realTable("apigateway");
  const opts = { region: "us-east-1", credentials, ...options };
  return client(
    new ClientCore(service, opts, { protocol: protocolFor(service.protocol),
      errors: { BadRequestException, ConflictException, LimitExceededException, NotFoundException, TooManyRequestsException, UnauthorizedException },
      serviceError: ApiGatewayServiceError,
      authenticate: sigv4Auth(service, opts),
      inputValidators: { PutMethod: "validatePutMethodRequest", UpdateAccount: "validateUpdateAccountRequest" },
    }),
  );
}

export class HuaweiApigServiceError extends ServiceError {}
export class NotFoundError extends HuaweiApigServiceError {}
export class BadRequestError extends HuaweiApigServiceError {}

export function huawei(options: BaseClientOptions & { token?: string | (() => Promise<string>) } = {}): TestClient {
  const service = realTable("huawei-apig");
  return client(
    new ClientCore(service, options, { protocol: protocolFor(service.protocol),
      errors: { NotFoundError, BadRequestError },
      serviceError: HuaweiApigServiceError,
      authenticate: tokenAuth(service, { token: options.token ?? "token" }),
    }),
  );
}

export class SinkServiceError extends ServiceError {}
export class ThrottledException extends SinkServiceError {}

export function sink(options: BaseClientOptions = {}, table: ServiceTable = kitchenSink): TestClient {
  const opts = { region: "us-east-1", credentials, ...options };
  return client(
    new ClientCore(table, opts, { protocol: protocolFor(table.protocol),
      errors: { ThrottledException },
      serviceError: SinkServiceError,
      authenticate: sigv4Auth(table, opts),
    }),
  );
}

/** A valid PutMethod input. */
export const putMethod = { restApiId: "api1", resourceId: "res1", httpMethod: "GET", authorizationType: "NONE" };

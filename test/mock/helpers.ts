/** Shared setup for the mock conformance tests: the model, test credentials, SDK inputs. */
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import type { IrModel, IrService } from "../../src/ir/types.js";
import { DEFAULT_TEST_CREDENTIALS } from "../../src/mock/credentials.js";

let model: IrModel | undefined;
export function specModel(): IrModel {
  return (model ??= compileSpecs("specs").model);
}

export function service(id: string): IrService {
  const s = specModel().services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id} in specs/`);
  return s;
}

export const CREDENTIALS = DEFAULT_TEST_CREDENTIALS;

export function sdkConfig(endpoint: string) {
  return { endpoint, region: "us-east-1", credentials: CREDENTIALS, maxAttempts: 1 };
}

/** A valid input per AWS operation, in documented (SDK) names. Keyed by `<service>/<operation>`; a test fails when an operation has none. */
export const AWS_INPUTS: Record<string, Record<string, unknown>> = {
  "apigateway/PutMethod": {
    restApiId: "api 1/é",
    resourceId: "res1",
    httpMethod: "GET",
    authorizationType: "NONE",
    apiKeyRequired: true,
    operationName: "ListPets",
    requestParameters: { "method.request.querystring.page": false },
    requestModels: { "application/json": "Empty" },
    authorizationScopes: ["read"],
  },
  "apigateway/UpdateAccount": {
    patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/apigAwsProxyRole" }],
  },
  "amplifybackend/UpdateBackendAPI": {
    AppId: "app1",
    BackendEnvironmentName: "dev",
    ResourceName: "api1",
    ResourceConfig: {
      ApiName: "api1",
      DefaultAuthType: { Mode: "API_KEY", Settings: { Description: "key", ExpirationTime: 7 } },
      AdditionalAuthTypes: [{ Mode: "AWS_IAM" }],
      ConflictResolution: { ResolutionStrategy: "AUTOMERGE" },
      Service: "AppSync",
      TransformSchema: "type Todo @model { id: ID! }",
    },
  },
};

/** The same inputs for boto3 (botocore member names are the documented ones). */
export function awsInput(serviceId: string, op: string): Record<string, unknown> {
  const input = AWS_INPUTS[`${serviceId}/${op}`];
  if (!input) throw new Error(`no test input for ${serviceId}/${op}: add one to AWS_INPUTS in test/mock/helpers.ts`);
  return input;
}

/** `PutMethod` -> `put_method` (boto3's method naming). */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** Drops the SDK's `$metadata` so an output can be validated as the documented shape. */
export function withoutMetadata<T extends object>(output: T): Record<string, unknown> {
  const { $metadata: _, ...rest } = output as T & { $metadata?: unknown };
  return rest;
}

/**
 * Conformance with the AWS SDK for JavaScript v3: every operation of the AWS
 * specs, called through the official clients against the mock, parses into
 * the documented output, and every error of every table arrives as the
 * SDK's typed error with the right name and status.
 */
import * as apigatewaySdk from "@aws-sdk/client-api-gateway";
import * as amplifySdk from "@aws-sdk/client-amplifybackend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as apigatewayValidators from "../../generated/apigateway/src/validators.js";
import * as amplifyValidators from "../../generated/amplifybackend/src/validators.js";
import { startMock, type StartedMock } from "../../src/mock/start-mock.js";
import { awsInput, sdkConfig, service, withoutMetadata } from "./helpers.js";

type Sdk = Record<string, unknown>;
type AnyClient = { send(command: unknown): Promise<Record<string, unknown>>; middlewareStack: { add(mw: unknown, opts: unknown): void }; destroy(): void };

const SERVICES: Array<{ id: string; sdk: Sdk; client: string; validators: Record<string, unknown> }> = [
  { id: "apigateway", sdk: apigatewaySdk as Sdk, client: "APIGatewayClient", validators: apigatewayValidators },
  { id: "amplifybackend", sdk: amplifySdk as Sdk, client: "AmplifyBackendClient", validators: amplifyValidators },
];

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock({ services: SERVICES.map((s) => s.id) });
});
afterAll(async () => {
  await mock?.close();
});

function client(s: (typeof SERVICES)[number], prefer?: string): AnyClient {
  const Ctor = s.sdk[s.client] as new (config: unknown) => AnyClient;
  const c = new Ctor(sdkConfig(mock.url));
  if (prefer) {
    c.middlewareStack.add(
      (next: (args: { request: { headers: Record<string, string> } }) => unknown) => (args: { request: { headers: Record<string, string> } }) => {
        args.request.headers["prefer"] = prefer;
        return next(args);
      },
      { step: "build", name: "preferHeader" },
    );
  }
  return c;
}

function command(s: (typeof SERVICES)[number], op: string, input: unknown): unknown {
  const Cmd = s.sdk[`${op}Command`] as new (input: unknown) => unknown;
  expect(Cmd, `${op}Command is exported by the SDK`).toBeTypeOf("function");
  return new Cmd(input);
}

for (const s of SERVICES) {
  const ir = service(s.id);
  describe(`${s.id} via AWS SDK v3`, () => {
    for (const op of ir.operations) {
      it(`${op.name}: a valid call parses into the documented ${op.output}`, async () => {
        mock.reset();
        const c = client(s);
        const out = await c.send(command(s, op.name, awsInput(s.id, op.name)));
        c.destroy();
        expect((out.$metadata as { httpStatusCode: number }).httpStatusCode).toBe(op.http.successStatus);
        const shape = ir.shapes.find((x) => x.name === op.output)!;
        const validate = s.validators[shape.validatorName] as (v: unknown) => { valid: boolean; problems: unknown[] };
        const result = validate(withoutMetadata(out));
        expect(result.problems).toEqual([]);
        // Members that mirror the request echo it.
        const input = awsInput(s.id, op.name);
        const outputShape = shape.kind === "structure" ? shape : undefined;
        for (const m of outputShape?.members ?? []) {
          if (Object.hasOwn(input, m.name) && typeof input[m.name] !== "object") expect(out[m.name], m.name).toEqual(input[m.name]);
        }
      });

      for (const error of op.errors) {
        it(`${op.name}: Prefer error=${error.name} arrives as the typed ${error.name} (HTTP ${error.status})`, async () => {
          const c = client(s, `error=${error.name}`);
          const ErrorClass = s.sdk[error.name] as new (...args: never[]) => Error;
          expect(ErrorClass, `${error.name} is exported by the SDK`).toBeTypeOf("function");
          const caught = await c.send(command(s, op.name, awsInput(s.id, op.name))).then(
            () => undefined,
            (e: unknown) => e as Error & { $metadata: { httpStatusCode: number }; $fault: string },
          );
          c.destroy();
          expect(caught, "the call fails").toBeDefined();
          expect(caught).toBeInstanceOf(ErrorClass);
          expect(caught!.name).toBe(error.name);
          expect(caught!.$metadata.httpStatusCode).toBe(error.status);
          expect(caught!.message).not.toBe("UnknownError");
        });
      }

      it(`${op.name}: Prefer code=<status> answers the documented response of that status`, async () => {
        const error = op.errors.find((e) => e.status !== 400) ?? op.errors[0]!;
        const c = client(s, `code=${error.status}`);
        const caught = await c.send(command(s, op.name, awsInput(s.id, op.name))).then(
          () => undefined,
          (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } },
        );
        c.destroy();
        expect(caught?.$metadata.httpStatusCode).toBe(error.status);
      });
    }
  });
}

describe("apigateway state, through the SDK", () => {
  const s = SERVICES[0]!;

  it("a second identical PutMethod gets 409 ConflictException", async () => {
    mock.reset();
    const c = client(s);
    const input = awsInput("apigateway", "PutMethod");
    await c.send(command(s, "PutMethod", input));
    const caught = await c.send(command(s, "PutMethod", input)).then(
      () => undefined,
      (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } },
    );
    c.destroy();
    expect(caught).toBeInstanceOf(apigatewaySdk.ConflictException);
    expect(caught!.$metadata.httpStatusCode).toBe(409);
  });

  it("UpdateAccount applies replace /cloudwatchRoleArn to the stored account and keeps it", async () => {
    mock.reset();
    const c = client(s);
    const first = await c.send(new apigatewaySdk.UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::1:role/a" }] }));
    expect(first.cloudwatchRoleArn).toBe("arn:aws:iam::1:role/a");
    const second = await c.send(new apigatewaySdk.UpdateAccountCommand({ patchOperations: [{ op: "add", path: "/features/-", value: "UsagePlans" }] }));
    c.destroy();
    expect(second.cloudwatchRoleArn).toBe("arn:aws:iam::1:role/a");
    expect(second.features).toEqual(["UsagePlans"]);
    expect(second.throttleSettings).toEqual({ burstLimit: 5000, rateLimit: 10000 });
  });

  for (const path of ["/throttleSettings", "/throttleSettings/burstLimit"]) {
    it(`UpdateAccount replace ${path} gets 400 saying /throttleSettings cannot be changed this way`, async () => {
      const c = client(s);
      const caught = await c
        .send(new apigatewaySdk.UpdateAccountCommand({ patchOperations: [{ op: "replace", path, value: "1" }] }))
        .then(() => undefined, (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } });
      c.destroy();
      expect(caught).toBeInstanceOf(apigatewaySdk.BadRequestException);
      expect(caught!.$metadata.httpStatusCode).toBe(400);
      expect(caught!.message).toContain("/throttleSettings cannot be changed this way");
    });
  }

  it("an invalid PutMethod gets BadRequestException naming the violation", async () => {
    const c = client(s);
    const caught = await c
      .send(new apigatewaySdk.PutMethodCommand({ restApiId: "a", resourceId: "b", httpMethod: "GET", authorizationType: 7 as unknown as string }))
      .then(() => undefined, (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } });
    c.destroy();
    expect(caught).toBeInstanceOf(apigatewaySdk.BadRequestException);
    expect(caught!.message).toBe("1 validation error detected: Value 7 at 'authorizationType' failed to satisfy constraint: must be a string");
  });

  it("the LimitExceededException carries Retry-After as the SDK's retryAfterSeconds", async () => {
    const c = client(s, "error=LimitExceededException");
    const caught = (await c.send(command(s, "PutMethod", awsInput("apigateway", "PutMethod"))).catch((e: unknown) => e)) as apigatewaySdk.LimitExceededException;
    c.destroy();
    expect(caught.retryAfterSeconds).toBe("1");
  });
});

describe("amplifybackend wire names, through the SDK", () => {
  it("UpdateBackendAPI echoes the path members under their documented names", async () => {
    const c = client(SERVICES[1]!);
    const out = await c.send(command(SERVICES[1]!, "UpdateBackendAPI", awsInput("amplifybackend", "UpdateBackendAPI")));
    c.destroy();
    expect(out.AppId).toBe("app1");
    expect(out.BackendEnvironmentName).toBe("dev");
  });

  it("an invalid nested member is named by its wire path", async () => {
    const c = client(SERVICES[1]!);
    const input = { ...awsInput("amplifybackend", "UpdateBackendAPI"), ResourceConfig: { DefaultAuthType: { Mode: "NOPE" } } };
    const caught = (await c.send(command(SERVICES[1]!, "UpdateBackendAPI", input)).catch((e: unknown) => e)) as Error;
    c.destroy();
    expect(caught).toBeInstanceOf(amplifySdk.BadRequestException);
    expect(caught.message).toContain("at 'resourceConfig.defaultAuthType.mode'");
  });
});

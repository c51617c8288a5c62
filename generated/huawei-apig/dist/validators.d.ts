/**
 * Validators for Huawei Cloud API Gateway (APIG): `validate<Name>` returns every problem, `check<Name>` only pass/fail (faster), `is<Name>` is the type guard.
 *
 * Values are checked in their TypeScript shape (documented member names), not in their wire form.
 *
 * Unknown members: inputs reject them, outputs allow them.
 */
import type { AuthorizerType, CustomAuthorizerType, GatewayResponseType, Identity, IdentityLocation, NetworkType, ResponseInfo, ResponseInfoResp, UpdateCustomAuthorizerRequest, UpdateCustomAuthorizerResponse, UpdateGatewayResponseRequest, UpdateGatewayResponseResponse } from "./types.js";
import { type ValidationResult } from "./runtime/validation/validation.js";
export type { ValidationProblem, ValidationResult } from "./runtime/validation/validation.js";
/**
 * Validates a value as {@link AuthorizerType}: one of its documented values.
 */
export declare function validateAuthorizerType(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link AuthorizerType}.
 */
export declare function checkAuthorizerType(value: unknown): boolean;
/**
 * Type guard for {@link AuthorizerType}.
 */
export declare function isAuthorizerType(value: unknown): value is AuthorizerType;
/**
 * Validates a value as {@link CustomAuthorizerType}: one of its documented values.
 */
export declare function validateCustomAuthorizerType(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link CustomAuthorizerType}.
 */
export declare function checkCustomAuthorizerType(value: unknown): boolean;
/**
 * Type guard for {@link CustomAuthorizerType}.
 */
export declare function isCustomAuthorizerType(value: unknown): value is CustomAuthorizerType;
/**
 * Validates a value as {@link GatewayResponseType}: one of its documented values.
 *
 * The error type; the key of the responses map of a group response.
 */
export declare function validateGatewayResponseType(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link GatewayResponseType}.
 */
export declare function checkGatewayResponseType(value: unknown): boolean;
/**
 * Type guard for {@link GatewayResponseType}.
 */
export declare function isGatewayResponseType(value: unknown): value is GatewayResponseType;
/**
 * Validates a value as {@link Identity}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateIdentity(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link Identity}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkIdentity(value: unknown): boolean;
/**
 * Type guard for {@link Identity}: the same test as {@link checkIdentity}.
 */
export declare function isIdentity(value: unknown): value is Identity;
/**
 * Validates a value as {@link IdentityLocation}: one of its documented values.
 */
export declare function validateIdentityLocation(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link IdentityLocation}.
 */
export declare function checkIdentityLocation(value: unknown): boolean;
/**
 * Type guard for {@link IdentityLocation}.
 */
export declare function isIdentityLocation(value: unknown): value is IdentityLocation;
/**
 * Validates a value as {@link NetworkType}: one of its documented values.
 */
export declare function validateNetworkType(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link NetworkType}.
 */
export declare function checkNetworkType(value: unknown): boolean;
/**
 * Type guard for {@link NetworkType}.
 */
export declare function isNetworkType(value: unknown): value is NetworkType;
/**
 * Validates a value as {@link ResponseInfo}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateResponseInfo(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link ResponseInfo}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkResponseInfo(value: unknown): boolean;
/**
 * Type guard for {@link ResponseInfo}: the same test as {@link checkResponseInfo}.
 */
export declare function isResponseInfo(value: unknown): value is ResponseInfo;
/**
 * Validates a value as {@link ResponseInfoResp}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateResponseInfoResp(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link ResponseInfoResp}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 */
export declare function checkResponseInfoResp(value: unknown): boolean;
/**
 * Type guard for {@link ResponseInfoResp}: the same test as {@link checkResponseInfoResp}.
 */
export declare function isResponseInfoResp(value: unknown): value is ResponseInfoResp;
/**
 * Validates a value as {@link UpdateCustomAuthorizerRequest}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateCustomAuthorizerRequest(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateCustomAuthorizerRequest}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateCustomAuthorizerRequest(value: unknown): boolean;
/**
 * Type guard for {@link UpdateCustomAuthorizerRequest}: the same test as {@link checkUpdateCustomAuthorizerRequest}.
 */
export declare function isUpdateCustomAuthorizerRequest(value: unknown): value is UpdateCustomAuthorizerRequest;
/**
 * Validates a value as {@link UpdateCustomAuthorizerResponse}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateCustomAuthorizerResponse(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateCustomAuthorizerResponse}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateCustomAuthorizerResponse(value: unknown): boolean;
/**
 * Type guard for {@link UpdateCustomAuthorizerResponse}: the same test as {@link checkUpdateCustomAuthorizerResponse}.
 */
export declare function isUpdateCustomAuthorizerResponse(value: unknown): value is UpdateCustomAuthorizerResponse;
/**
 * Validates a value as {@link UpdateGatewayResponseRequest}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateGatewayResponseRequest(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateGatewayResponseRequest}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateGatewayResponseRequest(value: unknown): boolean;
/**
 * Type guard for {@link UpdateGatewayResponseRequest}: the same test as {@link checkUpdateGatewayResponseRequest}.
 */
export declare function isUpdateGatewayResponseRequest(value: unknown): value is UpdateGatewayResponseRequest;
/**
 * Validates a value as {@link UpdateGatewayResponseResponse}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateGatewayResponseResponse(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateGatewayResponseResponse}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateGatewayResponseResponse(value: unknown): boolean;
/**
 * Type guard for {@link UpdateGatewayResponseResponse}: the same test as {@link checkUpdateGatewayResponseResponse}.
 */
export declare function isUpdateGatewayResponseResponse(value: unknown): value is UpdateGatewayResponseResponse;

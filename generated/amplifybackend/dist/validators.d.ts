/**
 * Validators for AmplifyBackend: `validate<Name>` returns every problem, `check<Name>` only pass/fail (faster), `is<Name>` is the type guard.
 *
 * Values are checked in their TypeScript shape (documented member names), not in their wire form.
 *
 * Unknown members: inputs reject them, outputs allow them.
 */
import type { BackendAPIAppSyncAuthSettings, BackendAPIAuthType, BackendAPIConflictResolution, BackendAPIResourceConfig, Mode, ResolutionStrategy, UpdateBackendAPIRequest, UpdateBackendAPIResponse } from "./types.js";
import { type ValidationResult } from "./runtime/validation/validation.js";
export type { ValidationProblem, ValidationResult } from "./runtime/validation/validation.js";
/**
 * Validates a value as {@link BackendAPIAppSyncAuthSettings}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * The authentication settings for accessing provisioned data models in your Amplify project.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateBackendAPIAppSyncAuthSettings(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link BackendAPIAppSyncAuthSettings}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkBackendAPIAppSyncAuthSettings(value: unknown): boolean;
/**
 * Type guard for {@link BackendAPIAppSyncAuthSettings}: the same test as {@link checkBackendAPIAppSyncAuthSettings}.
 */
export declare function isBackendAPIAppSyncAuthSettings(value: unknown): value is BackendAPIAppSyncAuthSettings;
/**
 * Validates a value as {@link BackendAPIAuthType}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Describes the auth types for your configured data models.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateBackendAPIAuthType(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link BackendAPIAuthType}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkBackendAPIAuthType(value: unknown): boolean;
/**
 * Type guard for {@link BackendAPIAuthType}: the same test as {@link checkBackendAPIAuthType}.
 */
export declare function isBackendAPIAuthType(value: unknown): value is BackendAPIAuthType;
/**
 * Validates a value as {@link BackendAPIConflictResolution}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Describes the conflict resolution configuration for your data model configured in your Amplify project.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateBackendAPIConflictResolution(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link BackendAPIConflictResolution}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkBackendAPIConflictResolution(value: unknown): boolean;
/**
 * Type guard for {@link BackendAPIConflictResolution}: the same test as {@link checkBackendAPIConflictResolution}.
 */
export declare function isBackendAPIConflictResolution(value: unknown): value is BackendAPIConflictResolution;
/**
 * Validates a value as {@link BackendAPIResourceConfig}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * The resource config for the data model, configured as a part of the Amplify project.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateBackendAPIResourceConfig(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link BackendAPIResourceConfig}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkBackendAPIResourceConfig(value: unknown): boolean;
/**
 * Type guard for {@link BackendAPIResourceConfig}: the same test as {@link checkBackendAPIResourceConfig}.
 */
export declare function isBackendAPIResourceConfig(value: unknown): value is BackendAPIResourceConfig;
/**
 * Validates a value as {@link Mode}: one of its documented values.
 */
export declare function validateMode(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link Mode}.
 */
export declare function checkMode(value: unknown): boolean;
/**
 * Type guard for {@link Mode}.
 */
export declare function isMode(value: unknown): value is Mode;
/**
 * Validates a value as {@link ResolutionStrategy}: one of its documented values.
 */
export declare function validateResolutionStrategy(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link ResolutionStrategy}.
 */
export declare function checkResolutionStrategy(value: unknown): boolean;
/**
 * Type guard for {@link ResolutionStrategy}.
 */
export declare function isResolutionStrategy(value: unknown): value is ResolutionStrategy;
/**
 * Validates a value as {@link UpdateBackendAPIRequest}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * The request body for UpdateBackendAPI.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateBackendAPIRequest(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateBackendAPIRequest}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateBackendAPIRequest(value: unknown): boolean;
/**
 * Type guard for {@link UpdateBackendAPIRequest}: the same test as {@link checkUpdateBackendAPIRequest}.
 */
export declare function isUpdateBackendAPIRequest(value: unknown): value is UpdateBackendAPIRequest;
/**
 * Validates a value as {@link UpdateBackendAPIResponse}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * 200 response
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateBackendAPIResponse(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateBackendAPIResponse}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateBackendAPIResponse(value: unknown): boolean;
/**
 * Type guard for {@link UpdateBackendAPIResponse}: the same test as {@link checkUpdateBackendAPIResponse}.
 */
export declare function isUpdateBackendAPIResponse(value: unknown): value is UpdateBackendAPIResponse;

/**
 * Validators for Amazon API Gateway: `validate<Name>` returns every problem, `check<Name>` only pass/fail (faster), `is<Name>` is the type guard.
 *
 * Values are checked in their TypeScript shape (documented member names), not in their wire form.
 *
 * Unknown members: inputs reject them, outputs allow them.
 */
import type { Account, ConnectionType, ContentHandlingStrategy, Integration, IntegrationResponse, IntegrationType, Method, MethodResponse, Op, PatchOperation, PutMethodRequest, ThrottleSettings, TlsConfig, UpdateAccountRequest } from "./types.js";
import { type ValidationResult } from "./runtime/validation/validation.js";
export type { ValidationProblem, ValidationResult } from "./runtime/validation/validation.js";
/**
 * Validates a value as {@link Account}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Represents an AWS account that is associated with API Gateway.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateAccount(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link Account}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 */
export declare function checkAccount(value: unknown): boolean;
/**
 * Type guard for {@link Account}: the same test as {@link checkAccount}.
 */
export declare function isAccount(value: unknown): value is Account;
/**
 * Validates a value as {@link ConnectionType}: one of its documented values.
 */
export declare function validateConnectionType(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link ConnectionType}.
 */
export declare function checkConnectionType(value: unknown): boolean;
/**
 * Type guard for {@link ConnectionType}.
 */
export declare function isConnectionType(value: unknown): value is ConnectionType;
/**
 * Validates a value as {@link ContentHandlingStrategy}: one of its documented values.
 */
export declare function validateContentHandlingStrategy(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link ContentHandlingStrategy}.
 */
export declare function checkContentHandlingStrategy(value: unknown): boolean;
/**
 * Type guard for {@link ContentHandlingStrategy}.
 */
export declare function isContentHandlingStrategy(value: unknown): value is ContentHandlingStrategy;
/**
 * Validates a value as {@link Integration}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Represents an HTTP, HTTP_PROXY, AWS, AWS_PROXY, or Mock integration.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateIntegration(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link Integration}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 */
export declare function checkIntegration(value: unknown): boolean;
/**
 * Type guard for {@link Integration}: the same test as {@link checkIntegration}.
 */
export declare function isIntegration(value: unknown): value is Integration;
/**
 * Validates a value as {@link IntegrationResponse}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Represents an integration response. The status code must map to an existing MethodResponse, and parameters and templates can be used to transform the back-end response.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateIntegrationResponse(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link IntegrationResponse}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 */
export declare function checkIntegrationResponse(value: unknown): boolean;
/**
 * Type guard for {@link IntegrationResponse}: the same test as {@link checkIntegrationResponse}.
 */
export declare function isIntegrationResponse(value: unknown): value is IntegrationResponse;
/**
 * Validates a value as {@link IntegrationType}: one of its documented values.
 */
export declare function validateIntegrationType(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link IntegrationType}.
 */
export declare function checkIntegrationType(value: unknown): boolean;
/**
 * Type guard for {@link IntegrationType}.
 */
export declare function isIntegrationType(value: unknown): value is IntegrationType;
/**
 * Validates a value as {@link Method}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Represents a client-facing interface by which the client calls the API to access back-end resources. A Method resource is integrated with an Integration resource. Both consist of a request and one or more responses. The method request takes the client input that is passed to the back end through the integration request. A method response returns the output from the back end to the client through an integration response. A method request is embodied in a Method resource, whereas an integration request is embodied in an Integration resource. On the other hand, a method response is represented by a MethodResponse resource, whereas an integration response is represented by an IntegrationResponse resource.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateMethod(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link Method}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following the output policy of this service; nested structures follow the same policy.
 */
export declare function checkMethod(value: unknown): boolean;
/**
 * Type guard for {@link Method}: the same test as {@link checkMethod}.
 */
export declare function isMethod(value: unknown): value is Method;
/**
 * Validates a value as {@link MethodResponse}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Represents a method response of a given HTTP status code returned to the client. The method response is passed from the back end through the associated integration response that can be transformed using a mapping template.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateMethodResponse(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link MethodResponse}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 */
export declare function checkMethodResponse(value: unknown): boolean;
/**
 * Type guard for {@link MethodResponse}: the same test as {@link checkMethodResponse}.
 */
export declare function isMethodResponse(value: unknown): value is MethodResponse;
/**
 * Validates a value as {@link Op}: one of its documented values.
 */
export declare function validateOp(value: unknown): ValidationResult;
/**
 * True when a value is one of the values of {@link Op}.
 */
export declare function checkOp(value: unknown): boolean;
/**
 * Type guard for {@link Op}.
 */
export declare function isOp(value: unknown): value is Op;
/**
 * Validates a value as {@link PatchOperation}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * For more information about supported patch operations, see Patch Operations.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validatePatchOperation(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link PatchOperation}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following this service's input policy (the shape is reachable from an operation input); nested structures follow the same policy.
 */
export declare function checkPatchOperation(value: unknown): boolean;
/**
 * Type guard for {@link PatchOperation}: the same test as {@link checkPatchOperation}.
 */
export declare function isPatchOperation(value: unknown): value is PatchOperation;
/**
 * Validates a value as {@link PutMethodRequest}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Request to add a method to an existing Resource resource.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validatePutMethodRequest(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link PutMethodRequest}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 */
export declare function checkPutMethodRequest(value: unknown): boolean;
/**
 * Type guard for {@link PutMethodRequest}: the same test as {@link checkPutMethodRequest}.
 */
export declare function isPutMethodRequest(value: unknown): value is PutMethodRequest;
/**
 * Validates a value as {@link ThrottleSettings}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * The API request rate limits.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateThrottleSettings(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link ThrottleSettings}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 */
export declare function checkThrottleSettings(value: unknown): boolean;
/**
 * Type guard for {@link ThrottleSettings}: the same test as {@link checkThrottleSettings}.
 */
export declare function isThrottleSettings(value: unknown): value is ThrottleSettings;
/**
 * Validates a value as {@link TlsConfig}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Specifies the TLS configuration for an integration.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateTlsConfig(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link TlsConfig}; no details, the fast path.
 *
 * Members not declared on the shape are allowed, following this service's output policy; nested structures follow the same policy.
 */
export declare function checkTlsConfig(value: unknown): boolean;
/**
 * Type guard for {@link TlsConfig}: the same test as {@link checkTlsConfig}.
 */
export declare function isTlsConfig(value: unknown): value is TlsConfig;
/**
 * Validates a value as {@link UpdateAccountRequest}: every problem, each with a JSON pointer `path`, a `rule` and a `message` (`<path>: <expectation>`).
 *
 * Requests API Gateway to change information about the current Account resource.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 *
 * A valid value gets the shared frozen result (`problems` empty); at most 100 problems are reported.
 */
export declare function validateUpdateAccountRequest(value: unknown): ValidationResult;
/**
 * True when a value is a valid {@link UpdateAccountRequest}; no details, the fast path.
 *
 * Members not declared on the shape are rejected (rule `unknownMember`), following the input policy of this service; nested structures follow the same policy.
 */
export declare function checkUpdateAccountRequest(value: unknown): boolean;
/**
 * Type guard for {@link UpdateAccountRequest}: the same test as {@link checkUpdateAccountRequest}.
 */
export declare function isUpdateAccountRequest(value: unknown): value is UpdateAccountRequest;

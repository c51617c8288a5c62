/**
 * The authentication settings for accessing provisioned data models in your Amplify project.
 */
export interface BackendAPIAppSyncAuthSettings {
    /**
     * The Amazon Cognito user pool ID, if Amazon Cognito was used as an authentication setting to access your data models.
     *
     * Wire: body `cognitoUserPoolId`.
     */
    CognitoUserPoolId?: string;
    /**
     * The API key description for API_KEY, if it was used as an authentication mechanism to access your data models.
     *
     * Wire: body `description`.
     */
    Description?: string;
    /**
     * The API key expiration time for API_KEY, if it was used as an authentication mechanism to access your data models.
     *
     * Wire: body `expirationTime`.
     */
    ExpirationTime?: number;
    /**
     * The expiry time for the OpenID authentication mechanism.
     *
     * Wire: body `openIDAuthTTL`.
     */
    OpenIDAuthTTL?: string;
    /**
     * The clientID for openID, if openID was used as an authentication setting to access your data models.
     *
     * Wire: body `openIDClientId`.
     */
    OpenIDClientId?: string;
    /**
     * The expiry time for the OpenID authentication mechanism.
     *
     * Wire: body `openIDIatTTL`.
     */
    OpenIDIatTTL?: string;
    /**
     * The openID issuer URL, if openID was used as an authentication setting to access your data models.
     *
     * Wire: body `openIDIssueURL`.
     */
    OpenIDIssueURL?: string;
    /**
     * The OpenID provider name, if OpenID was used as an authentication mechanism to access your data models.
     *
     * Wire: body `openIDProviderName`.
     */
    OpenIDProviderName?: string;
}
/**
 * Describes the auth types for your configured data models.
 */
export interface BackendAPIAuthType {
    /**
     * Describes the authentication mode.
     *
     * Wire: body `mode`.
     */
    Mode?: Mode;
    /**
     * Describes settings for the authentication mode.
     *
     * Wire: body `settings`.
     */
    Settings?: BackendAPIAppSyncAuthSettings;
}
/**
 * Describes the conflict resolution configuration for your data model configured in your Amplify project.
 */
export interface BackendAPIConflictResolution {
    /**
     * The strategy for conflict resolution.
     *
     * Wire: body `resolutionStrategy`.
     */
    ResolutionStrategy?: ResolutionStrategy;
}
/**
 * The resource config for the data model, configured as a part of the Amplify project.
 */
export interface BackendAPIResourceConfig {
    /**
     * Additional authentication methods used to interact with your data models.
     *
     * Wire: body `additionalAuthTypes`.
     */
    AdditionalAuthTypes?: BackendAPIAuthType[];
    /**
     * The API name used to interact with the data model, configured as a part of your Amplify project.
     *
     * Wire: body `apiName`.
     */
    ApiName?: string;
    /**
     * The conflict resolution strategy for your data stored in the data models.
     *
     * Wire: body `conflictResolution`.
     */
    ConflictResolution?: BackendAPIConflictResolution;
    /**
     * The default authentication type for interacting with the configured data models in your Amplify project.
     *
     * Wire: body `defaultAuthType`.
     */
    DefaultAuthType?: BackendAPIAuthType;
    /**
     * The service used to provision and interact with the data model.
     *
     * Wire: body `service`.
     */
    Service?: string;
    /**
     * The definition of the data model in the annotated transform of the GraphQL schema.
     *
     * Wire: body `transformSchema`.
     */
    TransformSchema?: string;
}
export type Mode = "API_KEY" | "AWS_IAM" | "AMAZON_COGNITO_USER_POOLS" | "OPENID_CONNECT";
/**
 * Every value of {@link Mode}, in documented order.
 */
export declare const ModeValues: readonly [
    "API_KEY",
    "AWS_IAM",
    "AMAZON_COGNITO_USER_POOLS",
    "OPENID_CONNECT"
];
export type ResolutionStrategy = "OPTIMISTIC_CONCURRENCY" | "LAMBDA" | "AUTOMERGE" | "NONE";
/**
 * Every value of {@link ResolutionStrategy}, in documented order.
 */
export declare const ResolutionStrategyValues: readonly [
    "OPTIMISTIC_CONCURRENCY",
    "LAMBDA",
    "AUTOMERGE",
    "NONE"
];
/**
 * The request body for UpdateBackendAPI.
 */
export interface UpdateBackendAPIRequest {
    /**
     * The app ID.
     *
     * Wire: path `appId`.
     */
    AppId: string;
    /**
     * The name of the backend environment.
     *
     * Wire: path `backendEnvironmentName`.
     */
    BackendEnvironmentName: string;
    /**
     * Defines the resource configuration for the data model in your Amplify project.
     *
     * Wire: body `resourceConfig`.
     */
    ResourceConfig?: BackendAPIResourceConfig;
    /**
     * The name of this resource.
     *
     * Wire: body `resourceName`.
     */
    ResourceName: string;
}
/**
 * 200 response
 */
export interface UpdateBackendAPIResponse {
    /**
     * The app ID.
     *
     * Wire: body `appId`.
     */
    AppId?: string;
    /**
     * The name of the backend environment.
     *
     * Wire: body `backendEnvironmentName`.
     */
    BackendEnvironmentName?: string;
    /**
     * If the request fails, this error is returned.
     *
     * Wire: body `error`.
     */
    Error?: string;
    /**
     * The ID for the job.
     *
     * Wire: body `jobId`.
     */
    JobId?: string;
    /**
     * The name of the operation.
     *
     * Wire: body `operation`.
     */
    Operation?: string;
    /**
     * The current status of the request.
     *
     * Wire: body `status`.
     */
    Status?: string;
}
/**
 * Data of the BadRequestException error (HTTP 400, code `BadRequestException`).
 *
 * An error returned if a request is not formed properly.
 */
export interface BadRequestExceptionData {
    /**
     * An error message to inform that the request failed.
     *
     * Wire: body `message`.
     */
    Message?: string;
}
/**
 * Data of the GatewayTimeoutException error (HTTP 504, code `GatewayTimeoutException`).
 *
 * An error returned if there's a temporary issue with the service.
 */
export interface GatewayTimeoutExceptionData {
    /**
     * An error message to inform that the request failed.
     *
     * Wire: body `message`.
     */
    Message?: string;
}
/**
 * Data of the NotFoundException error (HTTP 404, code `NotFoundException`).
 *
 * An error returned when a specific resource type is not found.
 */
export interface NotFoundExceptionData {
    /**
     * An error message to inform that the request has failed.
     *
     * Wire: body `message`.
     */
    Message?: string;
    /**
     * The type of resource that is not found.
     *
     * Wire: body `resourceType`.
     */
    ResourceType?: string;
}
/**
 * Data of the TooManyRequestsException error (HTTP 429, code `TooManyRequestsException`).
 *
 * An error that is returned when a limit of a specific type has been exceeded.
 */
export interface TooManyRequestsExceptionData {
    /**
     * The type of limit that was exceeded.
     *
     * Wire: body `limitType`.
     */
    LimitType?: string;
    /**
     * An error message to inform that the request has failed.
     *
     * Wire: body `message`.
     */
    Message?: string;
}
/**
 * The operations of AmplifyBackend.
 */
export interface AmplifyBackendOperations {
    /**
     * Updates an existing backend API resource.
     *
     * `POST /backend/{appId}/api/{backendEnvironmentName}` → 200
     */
    UpdateBackendAPI: {
        input: UpdateBackendAPIRequest;
        output: UpdateBackendAPIResponse;
        errors: "BadRequestException" | "GatewayTimeoutException" | "NotFoundException" | "TooManyRequestsException";
    };
}

/**
 * Represents an AWS account that is associated with API Gateway.
 */
export interface Account {
    /**
     * The version of the API keys used for the account.
     */
    apiKeyVersion?: string;
    /**
     * The ARN of an Amazon CloudWatch role for the current Account.
     */
    cloudwatchRoleArn?: string;
    /**
     * A list of features supported for the account. When usage plans are enabled, the features list will include an entry of "UsagePlans".
     */
    features?: string[];
    /**
     * Specifies the API request limits configured for the current Account.
     */
    throttleSettings?: ThrottleSettings;
}
/**
 * - `INTERNET`: for connections through the public routable internet
 * - `VPC_LINK`: for private connections between API Gateway and a network load balancer in a VPC
 */
export type ConnectionType = "INTERNET" | "VPC_LINK";
/**
 * Every value of {@link ConnectionType}, in documented order.
 */
export declare const ConnectionTypeValues: readonly ["INTERNET", "VPC_LINK"];
export type ContentHandlingStrategy = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";
/**
 * Every value of {@link ContentHandlingStrategy}, in documented order.
 */
export declare const ContentHandlingStrategyValues: readonly ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"];
/**
 * Represents an HTTP, HTTP_PROXY, AWS, AWS_PROXY, or Mock integration.
 */
export interface Integration {
    /**
     * A list of request parameters whose values API Gateway caches. To be valid values for cacheKeyParameters, these parameters must also be specified for Method requestParameters.
     */
    cacheKeyParameters?: string[];
    /**
     * Specifies a group of related cached parameters. By default, API Gateway uses the resource ID as the cacheNamespace. You can specify the same cacheNamespace across resources to return the same cached data for requests to different resources.
     */
    cacheNamespace?: string;
    /**
     * The ID of the VpcLink used for the integration when connectionType=VPC_LINK and undefined, otherwise.
     */
    connectionId?: string;
    /**
     * The type of the network connection to the integration endpoint. The valid value is INTERNET for connections through the public routable internet or VPC_LINK for private connections between API Gateway and a network load balancer in a VPC. The default value is INTERNET.
     *
     * @defaultValue "INTERNET"
     */
    connectionType?: ConnectionType;
    /**
     * Specifies how to handle request payload content type conversions. Supported values are CONVERT_TO_BINARY and CONVERT_TO_TEXT, with the following behaviors:
     *
     * If this property is not defined, the request payload will be passed through from the method request to integration request without modification, provided that the passthroughBehavior is configured to support payload pass-through.
     */
    contentHandling?: ContentHandlingStrategy;
    /**
     * Specifies the credentials required for the integration, if any. For AWS integrations, three options are available. To specify an IAM Role for API Gateway to assume, use the role’s Amazon Resource Name (ARN). To require that the caller’s identity be passed through from the request, specify the string arn:aws:iam::\*:user/\*. To use resource-based permissions on supported Amazon Web Services services, specify null.
     */
    credentials?: string;
    /**
     * Specifies the integration’s HTTP method type. For the Type property, if you specify MOCK, this property is optional. For Lambda integrations, you must set the integration method to POST. For all other types, you must specify this property.
     */
    httpMethod?: string;
    /**
     * Specifies the integration’s responses.
     */
    integrationResponses?: Record<string, IntegrationResponse>;
    /**
     * Specifies how the method request body of an unmapped content type will be passed through the integration request to the back end without transformation. A content type is unmapped if no mapping template is defined in the integration or the content type does not match any of the mapped content types, as specified in requestTemplates. The valid value is one of the following: WHEN_NO_MATCH: passes the method request body through the integration request to the back end without transformation when the method request content type does not match any content type associated with the mapping templates defined in the integration request. WHEN_NO_TEMPLATES: passes the method request body through the integration request to the back end without transformation when no mapping template is defined in the integration request. If a template is defined when this option is selected, the method request of an unmapped content-type will be rejected with an HTTP 415 Unsupported Media Type response. NEVER: rejects the method request with an HTTP 415 Unsupported Media Type response when either the method request content type does not match any content type associated with the mapping templates defined in the integration request or no mapping template is defined in the integration request.
     *
     * Constraints: documented values: WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER.
     */
    passthroughBehavior?: "WHEN_NO_MATCH" | "WHEN_NO_TEMPLATES" | "NEVER" | (string & {});
    /**
     * A key-value map specifying request parameters that are passed from the method request to the back end. The key is an integration request parameter name and the associated value is a method request parameter value or static value that must be enclosed within single quotes and pre-encoded as required by the back end. The method request parameter value must match the pattern of method.request.{location}.{name}, where location is querystring, path, or header and name must be a valid and unique method request parameter name.
     */
    requestParameters?: Record<string, string>;
    /**
     * Represents a map of Velocity templates that are applied on the request payload based on the value of the Content-Type header sent by the client. The content type value is the key in this map, and the template (as a String) is the value.
     */
    requestTemplates?: Record<string, string>;
    /**
     * Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds or 29 seconds.
     *
     * Constraints: range 50..29000; integer.
     * @defaultValue 29000
     */
    timeoutInMillis?: number;
    /**
     * Specifies the TLS configuration for an integration.
     */
    tlsConfig?: TlsConfig;
    /**
     * Specifies an API method integration type. The valid value is one of the following:
     *
     * For the HTTP and HTTP proxy integrations, each integration can specify a protocol ( http/https), port and path. Standard 80 and 443 ports are supported as well as custom ports above 1024. An HTTP or HTTP proxy integration with a connectionType of VPC_LINK is referred to as a private integration and uses a VpcLink to connect API Gateway to a network load balancer of a VPC.
     */
    type?: IntegrationType;
    /**
     * Specifies Uniform Resource Identifier (URI) of the integration endpoint.
     *
     * For HTTP or HTTP_PROXY integrations, the URI must be a fully formed, encoded HTTP(S) URL according to the RFC-3986 specification for standard integrations. If connectionType is VPC_LINK specify the Network Load Balancer DNS name. For AWS or AWS_PROXY integrations, the URI is of the form arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}. Here, {Region} is the API Gateway region (e.g., us-east-1); {service} is the name of the integrated Amazon Web Services service (e.g., s3); and {subdomain} is a designated subdomain supported by certain Amazon Web Services service for fast host-name lookup. action can be used for an Amazon Web Services service action-based API, using an Action={name}&{p1}={v1}&p2={v2}… query string. The ensuing {service_api} refers to a supported action {name} plus any required input parameters. Alternatively, path can be used for an Amazon Web Services service path-based API. The ensuing service_api refers to the path to an Amazon Web Services service resource, including the region of the integrated Amazon Web Services service, if applicable. For example, for integration with the S3 API of GetObject, the uri can be either arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key} or arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}
     */
    uri?: string;
}
/**
 * Represents an integration response. The status code must map to an existing MethodResponse, and parameters and templates can be used to transform the back-end response.
 */
export interface IntegrationResponse {
    /**
     * Specifies how to handle response payload content type conversions. Supported values are CONVERT_TO_BINARY and CONVERT_TO_TEXT, with the following behaviors:
     *
     * If this property is not defined, the response payload will be passed through from the integration response to the method response without modification.
     */
    contentHandling?: ContentHandlingStrategy;
    /**
     * A key-value map specifying response parameters that are passed to the method response from the back end. The key is a method response header parameter name and the mapped value is an integration response header value, a static value enclosed within a pair of single quotes, or a JSON expression from the integration response body. The mapping key must match the pattern of method.response.header.{name}, where name is a valid and unique header name. The mapped non-static value must match the pattern of integration.response.header.{name} or integration.response.body.{JSON-expression}, where name is a valid and unique response header name and JSON-expression is a valid JSON expression without the $ prefix.
     */
    responseParameters?: Record<string, string>;
    /**
     * Specifies the templates used to transform the integration response body. Response templates are represented as a key/value map, with a content-type as the key and a template as the value.
     */
    responseTemplates?: Record<string, string>;
    /**
     * Specifies the regular expression (regex) pattern used to choose an integration response based on the response from the back end. For example, if the success response returns nothing and the error response returns some string, you could use the .+ regex to match error response. However, make sure that the error response does not contain any newline ( \n) character in such cases. If the back end is an Lambda function, the Lambda function error header is matched. For all other HTTP and Amazon Web Services back ends, the HTTP status code is matched.
     */
    selectionPattern?: string;
    /**
     * Specifies the status code that is used to map the integration response to an existing MethodResponse.
     *
     * Constraints: pattern `[1-5]\d\d`.
     */
    statusCode?: string;
}
export type IntegrationType = "HTTP" | "AWS" | "MOCK" | "HTTP_PROXY" | "AWS_PROXY";
/**
 * Every value of {@link IntegrationType}, in documented order.
 */
export declare const IntegrationTypeValues: readonly ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"];
/**
 * Represents a client-facing interface by which the client calls the API to access back-end resources. A Method resource is integrated with an Integration resource. Both consist of a request and one or more responses. The method request takes the client input that is passed to the back end through the integration request. A method response returns the output from the back end to the client through an integration response. A method request is embodied in a Method resource, whereas an integration request is embodied in an Integration resource. On the other hand, a method response is represented by a MethodResponse resource, whereas an integration response is represented by an IntegrationResponse resource.
 */
export interface Method {
    /**
     * A boolean flag specifying whether a valid ApiKey is required to invoke this method.
     */
    apiKeyRequired?: boolean;
    /**
     * A list of authorization scopes configured on the method. The scopes are used with a COGNITO_USER_POOLS authorizer to authorize the method invocation. The authorization works by matching the method scopes against the scopes parsed from the access token in the incoming request. The method invocation is authorized if any method scopes matches a claimed scope in the access token. Otherwise, the invocation is not authorized. When the method scope is configured, the client must provide an access token instead of an identity token for authorization purposes.
     */
    authorizationScopes?: string[];
    /**
     * The method’s authorization type. Valid values are NONE for open access, AWS_IAM for using AWS IAM permissions, CUSTOM for using a custom authorizer, or COGNITO_USER_POOLS for using a Cognito user pool.
     *
     * Constraints: documented values: NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS.
     */
    authorizationType?: "NONE" | "AWS_IAM" | "CUSTOM" | "COGNITO_USER_POOLS" | (string & {});
    /**
     * The identifier of an Authorizer to use on this method. The authorizationType must be CUSTOM.
     */
    authorizerId?: string;
    /**
     * The method’s HTTP verb.
     */
    httpMethod?: string;
    /**
     * Gets the method’s integration responsible for passing the client-submitted request to the back end and performing necessary transformations to make the request compliant with the back end.
     */
    methodIntegration?: Integration;
    /**
     * Gets a method response associated with a given HTTP status code.
     */
    methodResponses?: Record<string, MethodResponse>;
    /**
     * A human-friendly operation identifier for the method. For example, you can assign the operationName of ListPets for the GET /pets method in the PetStore example.
     */
    operationName?: string;
    /**
     * A key-value map specifying data schemas, represented by Model resources, (as the mapped value) of the request payloads of given content types (as the mapping key).
     */
    requestModels?: Record<string, string>;
    /**
     * A key-value map defining required or optional method request parameters that can be accepted by API Gateway. A key is a method request parameter name matching the pattern of method.request.{location}.{name}, where location is querystring, path, or header and name is a valid and unique parameter name. The value associated with the key is a Boolean flag indicating whether the parameter is required ( true) or optional ( false). The method request parameter names defined here are available in Integration to be mapped to integration request parameters or templates.
     */
    requestParameters?: Record<string, boolean>;
    /**
     * The identifier of a RequestValidator for request validation.
     */
    requestValidatorId?: string;
}
/**
 * Represents a method response of a given HTTP status code returned to the client. The method response is passed from the back end through the associated integration response that can be transformed using a mapping template.
 */
export interface MethodResponse {
    /**
     * Specifies the Model resources used for the response’s content-type. Response models are represented as a key/value map, with a content-type as the key and a Model name as the value.
     */
    responseModels?: Record<string, string>;
    /**
     * A key-value map specifying required or optional response parameters that API Gateway can send back to the caller. A key defines a method response header and the value specifies whether the associated method response header is required or not. The expression of the key must match the pattern method.response.header.{name}, where name is a valid and unique header name. API Gateway passes certain integration response data to the method response headers specified here according to the mapping you prescribe in the API’s IntegrationResponse. The integration response data that can be mapped include an integration response header expressed in integration.response.header.{name}, a static value enclosed within a pair of single quotes (e.g., 'application/json'), or a JSON expression from the back-end response payload in the form of integration.response.body.{JSON-expression}, where JSON-expression is a valid JSON expression without the $ prefix.)
     */
    responseParameters?: Record<string, boolean>;
    /**
     * The method response’s status code.
     *
     * Constraints: pattern `[1-5]\d\d`.
     */
    statusCode?: string;
}
export type Op = "add" | "remove" | "replace" | "move" | "copy" | "test";
/**
 * Every value of {@link Op}, in documented order.
 */
export declare const OpValues: readonly ["add", "remove", "replace", "move", "copy", "test"];
/**
 * For more information about supported patch operations, see Patch Operations.
 */
export interface PatchOperation {
    /**
     * The copy update operation's source as identified by a JSON-Pointer value referencing the location within the targeted resource to copy the value from. For example, to promote a canary deployment, you copy the canary deployment ID to the affiliated deployment ID by calling a PATCH request on a Stage resource with "op":"copy", "from":"/canarySettings/deploymentId" and "path":"/deploymentId".
     */
    from?: string;
    /**
     * An update operation to be performed with this PATCH request. The valid value can be add, remove, replace or copy. Not all valid operations are supported for a given resource. Support of the operations depends on specific operational contexts. Attempts to apply an unsupported operation on a resource will return an error message..
     */
    op?: Op;
    /**
     * The op operation's target, as identified by a JSON Pointer value that references a location within the targeted resource. For example, if the target resource has an updateable property of {"name":"value"}, the path for this property is /name. If the name property value is a JSON object (e.g., {"name": {"child/name": "child-value"}}), the path for the child/name property will be /name/child~1name. Any slash ("/") character appearing in path names must be escaped with "~1", as shown in the example above. Each op operation can have only one path associated with it.
     */
    path?: string;
    /**
     * The new target value of the update operation. It is applicable for the add or replace operation. When using AWS CLI to update a property of a JSON value, enclose the JSON object with a pair of single quotes in a Linux shell, e.g., '{"a": ...}'.
     */
    value?: string;
}
/**
 * Request to add a method to an existing Resource resource.
 */
export interface PutMethodRequest {
    /**
     * Specifies whether the method required a valid ApiKey.
     */
    apiKeyRequired?: boolean;
    /**
     * A list of authorization scopes configured on the method. The scopes are used with a COGNITO_USER_POOLS authorizer to authorize the method invocation. The authorization works by matching the method scopes against the scopes parsed from the access token in the incoming request. The method invocation is authorized if any method scopes matches a claimed scope in the access token. Otherwise, the invocation is not authorized. When the method scope is configured, the client must provide an access token instead of an identity token for authorization purposes.
     */
    authorizationScopes?: string[];
    /**
     * The method’s authorization type. Valid values are NONE for open access, AWS_IAM for using AWS IAM permissions, CUSTOM for using a custom authorizer, or COGNITO_USER_POOLS for using a Cognito user pool.
     *
     * Constraints: documented values: NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS.
     */
    authorizationType: "NONE" | "AWS_IAM" | "CUSTOM" | "COGNITO_USER_POOLS" | (string & {});
    /**
     * Specifies the identifier of an Authorizer to use on this Method, if the type is CUSTOM or COGNITO_USER_POOLS. The authorizer identifier is generated by API Gateway when you created the authorizer.
     */
    authorizerId?: string;
    /**
     * Specifies the method request’s HTTP method type.
     *
     * Wire: path `http_method`.
     */
    httpMethod: string;
    /**
     * A human-friendly operation identifier for the method. For example, you can assign the operationName of ListPets for the GET /pets method in the PetStore example.
     */
    operationName?: string;
    /**
     * Specifies the Model resources used for the request’s content type. Request models are represented as a key/value map, with a content type as the key and a Model name as the value.
     */
    requestModels?: Record<string, string>;
    /**
     * A key-value map defining required or optional method request parameters that can be accepted by API Gateway. A key defines a method request parameter name matching the pattern of method.request.{location}.{name}, where location is querystring, path, or header and name is a valid and unique parameter name. The value associated with the key is a Boolean flag indicating whether the parameter is required ( true) or optional ( false). The method request parameter names defined here are available in Integration to be mapped to integration request parameters or body-mapping templates.
     */
    requestParameters?: Record<string, boolean>;
    /**
     * The identifier of a RequestValidator for validating the method request.
     */
    requestValidatorId?: string;
    /**
     * The Resource identifier for the new Method resource.
     *
     * Wire: path `resource_id`.
     */
    resourceId: string;
    /**
     * The string identifier of the associated RestApi.
     *
     * Wire: path `restapi_id`.
     */
    restApiId: string;
}
/**
 * The API request rate limits.
 */
export interface ThrottleSettings {
    /**
     * The API target request burst rate limit. This allows more requests through for a period of time than the target rate limit.
     *
     * Constraints: integer.
     */
    burstLimit?: number;
    /**
     * The API target request rate limit.
     */
    rateLimit?: number;
}
/**
 * Specifies the TLS configuration for an integration.
 */
export interface TlsConfig {
    /**
     * Specifies whether or not API Gateway skips verification that the certificate for an integration endpoint is issued by a supported certificate authority. This isn’t recommended, but it enables you to use certificates that are signed by private certificate authorities, or certificates that are self-signed. If enabled, API Gateway still performs basic certificate validation, which includes checking the certificate’s expiration date, hostname, and presence of a root certificate authority. Supported only for HTTP and HTTP_PROXY integrations.
     *
     * Warning: Enabling insecureSkipVerification isn’t recommended, especially for integrations with public HTTPS endpoints. If you enable insecureSkipVerification, you increase the risk of man-in-the-middle attacks.
     */
    insecureSkipVerification?: boolean;
}
/**
 * Requests API Gateway to change information about the current Account resource.
 */
export interface UpdateAccountRequest {
    /**
     * For more information about supported patch operations, see Patch Operations.
     */
    patchOperations?: PatchOperation[];
}
/**
 * Data of the BadRequestException error (HTTP 400, code `BadRequestException`).
 *
 * The submitted request is not valid, for example, the input is incomplete or incorrect. See the accompanying error message for details.
 */
export interface BadRequestExceptionData {
    message?: string;
}
/**
 * Data of the ConflictException error (HTTP 409, code `ConflictException`).
 *
 * The request configuration has conflicts. For details, see the accompanying error message.
 */
export interface ConflictExceptionData {
    message?: string;
}
/**
 * Data of the LimitExceededException error (HTTP 429, code `LimitExceededException`).
 *
 * The request exceeded the rate limit. Retry after the specified time period.
 */
export interface LimitExceededExceptionData {
    message?: string;
    /**
     * Wire: header `Retry-After`.
     */
    retryAfterSeconds?: string;
}
/**
 * Data of the NotFoundException error (HTTP 404, code `NotFoundException`).
 *
 * The requested resource is not found. Make sure that the request URI is correct.
 */
export interface NotFoundExceptionData {
    message?: string;
}
/**
 * Data of the TooManyRequestsException error (HTTP 429, code `TooManyRequestsException`).
 *
 * The request has reached its throttling limit. Retry after the specified time period.
 */
export interface TooManyRequestsExceptionData {
    message?: string;
    /**
     * Wire: header `Retry-After`.
     */
    retryAfterSeconds?: string;
}
/**
 * Data of the UnauthorizedException error (HTTP 401, code `UnauthorizedException`).
 *
 * The request is denied because the caller has insufficient permissions.
 */
export interface UnauthorizedExceptionData {
    message?: string;
}
/**
 * The operations of Amazon API Gateway.
 */
export interface ApiGatewayOperations {
    /**
     * Add a method to an existing Resource resource.
     *
     * `PUT /restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}` → 201
     */
    PutMethod: {
        input: PutMethodRequest;
        output: Method;
        errors: "BadRequestException" | "ConflictException" | "LimitExceededException" | "NotFoundException" | "TooManyRequestsException" | "UnauthorizedException";
    };
    /**
     * Changes information about the current Account resource.
     *
     * `PATCH /account` → 200
     */
    UpdateAccount: {
        input: UpdateAccountRequest;
        output: Account;
        errors: "BadRequestException" | "ConflictException" | "LimitExceededException" | "NotFoundException" | "TooManyRequestsException" | "UnauthorizedException";
    };
}

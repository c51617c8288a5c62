const AuthorizerTypeValues = [
  "FUNC"
];
const CustomAuthorizerTypeValues = [
  "FRONTEND",
  "BACKEND"
];
const GatewayResponseTypeValues = [
  "AUTH_FAILURE",
  "AUTH_HEADER_MISSING",
  "AUTHORIZER_FAILURE",
  "AUTHORIZER_CONF_FAILURE",
  "AUTHORIZER_IDENTITIES_FAILURE",
  "BACKEND_UNAVAILABLE",
  "BACKEND_TIMEOUT",
  "THROTTLED",
  "UNAUTHORIZED",
  "ACCESS_DENIED",
  "NOT_FOUND",
  "REQUEST_PARAMETERS_FAILURE",
  "DEFAULT_4XX",
  "DEFAULT_5XX",
  "THIRD_AUTH_FAILURE",
  "THIRD_AUTH_IDENTITIES_FAILURE",
  "THIRD_AUTH_CONF_FAILURE"
];
const IdentityLocationValues = [
  "HEADER",
  "QUERY"
];
const NetworkTypeValues = [
  "V1",
  "V2"
];
export {
  AuthorizerTypeValues,
  CustomAuthorizerTypeValues,
  GatewayResponseTypeValues,
  IdentityLocationValues,
  NetworkTypeValues
};

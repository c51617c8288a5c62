const ConnectionTypeValues = [
  "INTERNET",
  "VPC_LINK"
];
const ContentHandlingStrategyValues = [
  "CONVERT_TO_BINARY",
  "CONVERT_TO_TEXT"
];
const IntegrationTypeValues = [
  "HTTP",
  "AWS",
  "MOCK",
  "HTTP_PROXY",
  "AWS_PROXY"
];
const OpValues = [
  "add",
  "remove",
  "replace",
  "move",
  "copy",
  "test"
];
export {
  ConnectionTypeValues,
  ContentHandlingStrategyValues,
  IntegrationTypeValues,
  OpValues
};

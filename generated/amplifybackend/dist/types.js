const ModeValues = [
  "API_KEY",
  "AWS_IAM",
  "AMAZON_COGNITO_USER_POOLS",
  "OPENID_CONNECT"
];
const ResolutionStrategyValues = [
  "OPTIMISTIC_CONCURRENCY",
  "LAMBDA",
  "AUTOMERGE",
  "NONE"
];
export {
  ModeValues,
  ResolutionStrategyValues
};

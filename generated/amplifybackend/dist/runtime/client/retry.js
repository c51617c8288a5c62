const DEFAULT_RETRY = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 2e4
};
function isRetryableStatus(status) {
  return status === 429 || status >= 500 && status !== 501 && status !== 505;
}
function backoffMs(attempt, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
function retryAfterMs(value, now = Date.now()) {
  if (value === null) return void 0;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
export {
  DEFAULT_RETRY,
  backoffMs,
  isRetryableStatus,
  retryAfterMs
};

export { ServiceError, RequestError, CredentialsError, isRetryableCode, redactSecrets } from "./errors.js";
export { fromEnv, fromValue, credentialChain, defaultCredentials, envNames } from "./credentials.js";
export { DEFAULT_MAX_RETRIES, backoffDelay, sleep } from "./retry.js";
export { flattenParams, percentEncode, toBase64, toHex } from "./encoding.js";
export { redactRequest } from "./redact.js";
export { fetchTransport } from "./transport/fetch.js";
export { webCrypto } from "./crypto/web.js";
export { BaseClient, resolveEndpoint } from "./client.js";
export { utcDate } from "./signers/tc3.js";

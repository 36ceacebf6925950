// docs2sdk-dist:dist/errors.js
var ServiceError = class extends Error {
  name = "ServiceError";
  code;
  action;
  requestId;
  httpStatus;
  retryable;
  constructor(init) {
    super(init.message);
    this.code = init.code;
    this.action = init.action;
    if (init.requestId !== void 0)
      this.requestId = init.requestId;
    if (init.httpStatus !== void 0)
      this.httpStatus = init.httpStatus;
    this.retryable = init.retryable ?? isRetryableCode(init.code, init.httpStatus);
  }
};
var RequestError = class extends Error {
  name = "RequestError";
  code;
  action;
  retryable;
  constructor(code, message, action, options) {
    super(message, options);
    this.code = code;
    this.action = action;
    this.retryable = code === "NetworkError";
  }
};
var CredentialsError = class extends Error {
  name = "CredentialsError";
  code;
  tried;
  constructor(message, tried, code = "CredentialsNotFound") {
    super(message);
    this.code = code;
    this.tried = tried;
  }
};
function isRetryableCode(code, httpStatus) {
  return /^(RequestLimitExceeded|Throttling)(\.|$)/.test(code) || httpStatus !== void 0 && httpStatus >= 500;
}
function redactSecrets(text, secrets) {
  for (const secret of secrets)
    if (secret && secret.length >= 4)
      text = text.split(secret).join("***");
  return text;
}

// docs2sdk-dist:dist/credentials.js
function credentialFamily(protocolOrProvider) {
  return /^ali/.test(protocolOrProvider) ? "alibaba" : "tencent";
}
var TENCENT_ENV = {
  secretId: "TENCENTCLOUD_SECRET_ID",
  secretKey: "TENCENTCLOUD_SECRET_KEY",
  token: "TENCENTCLOUD_SESSION_TOKEN"
};
var ALIBABA_ENV = {
  secretId: "ALIBABA_CLOUD_ACCESS_KEY_ID",
  secretKey: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  token: "ALIBABA_CLOUD_SECURITY_TOKEN"
};
function envNames(protocolOrProvider) {
  return credentialFamily(protocolOrProvider) === "alibaba" ? ALIBABA_ENV : TENCENT_ENV;
}
function processEnv() {
  return globalThis.process?.env;
}
function fromEnv(protocolOrProvider, env = processEnv) {
  const names = envNames(protocolOrProvider);
  return async () => {
    const vars = env();
    const secretId = vars?.[names.secretId];
    const secretKey = vars?.[names.secretKey];
    if (!secretId || !secretKey) {
      const where = vars ? `environment variables ${names.secretId} and ${names.secretKey} (not set)` : "environment variables (no process.env in this runtime)";
      throw new CredentialsError(`No credentials in ${where}`, [where]);
    }
    const token = vars[names.token];
    return token ? { secretId, secretKey, token } : { secretId, secretKey };
  };
}
function fromValue(credentials) {
  return async () => {
    if (!credentials.secretId || !credentials.secretKey) {
      throw new CredentialsError("The credentials option needs both secretId and secretKey", ["the credentials option (secretId or secretKey empty)"]);
    }
    return credentials;
  };
}
function credentialChain(...providers) {
  let found;
  let pending;
  const walk = async () => {
    const tried = [];
    for (const provider of providers) {
      try {
        const credentials = await provider();
        found = provider;
        return credentials;
      } catch (error) {
        if (!(error instanceof CredentialsError) || error.code !== "CredentialsNotFound")
          throw error;
        tried.push(...error.tried);
      }
    }
    throw new CredentialsError(`No credentials found. Looked in, in order: ${tried.map((place, i) => `${i + 1}) ${place}`).join("; ")}`, tried);
  };
  return () => {
    if (found)
      return found();
    return pending ??= walk().finally(() => pending = void 0);
  };
}
function defaultCredentials(protocolOrProvider) {
  return credentialChain(fromEnv(protocolOrProvider));
}

// docs2sdk-dist:dist/credentials/refresh.js
var DEFAULT_REFRESH_BEFORE = 5 * 6e4;
var MIN_REUSE = 1e4;
function refreshingCredentials(fetch, options = {}) {
  const now = options.now ?? Date.now;
  const refreshBefore = options.refreshBefore ?? DEFAULT_REFRESH_BEFORE;
  let cached;
  let expiresAt;
  let refreshAt = 0;
  let pending;
  const refresh = () => pending ??= (async () => {
    try {
      const fetchedAt = now();
      const result = await fetch();
      cached = result.credentials;
      expiresAt = result.expiresAt;
      refreshAt = expiresAt === void 0 ? Infinity : Math.min(expiresAt, Math.max(expiresAt - refreshBefore, fetchedAt + MIN_REUSE));
      return cached;
    } finally {
      pending = void 0;
    }
  })();
  return async () => {
    const t = now();
    if (cached && t < refreshAt)
      return cached;
    try {
      return await refresh();
    } catch (error) {
      if (cached && expiresAt !== void 0 && now() < expiresAt)
        return cached;
      throw error;
    }
  };
}

export {
  ServiceError,
  RequestError,
  CredentialsError,
  isRetryableCode,
  redactSecrets,
  credentialFamily,
  envNames,
  processEnv,
  fromEnv,
  fromValue,
  credentialChain,
  defaultCredentials,
  DEFAULT_REFRESH_BEFORE,
  refreshingCredentials
};

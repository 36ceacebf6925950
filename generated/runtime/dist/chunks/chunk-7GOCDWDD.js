import {
  CredentialsError,
  credentialChain,
  credentialFamily,
  fromEnv,
  processEnv,
  refreshingCredentials
} from "./chunk-EHMTFJRQ.js";
import {
  fetchTransport
} from "./chunk-KJTVQA6B.js";
import {
  defaultNodeTransport
} from "./chunk-EIMCLL2K.js";

// docs2sdk-dist:dist/credentials/node.js
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

// docs2sdk-dist:dist/credentials/ini.js
function parseIni(text) {
  const sections = /* @__PURE__ */ Object.create(null);
  const invalidLines = [];
  let current = "";
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";"))
      continue;
    if (line.startsWith("[")) {
      if (!line.endsWith("]")) {
        invalidLines.push(i + 1);
        continue;
      }
      current = line.slice(1, -1).trim();
      sections[current] ??= /* @__PURE__ */ Object.create(null);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) {
      invalidLines.push(i + 1);
      continue;
    }
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
      value = value.slice(1, -1);
    (sections[current] ??= /* @__PURE__ */ Object.create(null))[key] = value;
  }
  return { sections, invalidLines };
}

// docs2sdk-dist:dist/credentials/files.js
function fileProvider(options, read) {
  let delegate;
  const reloadAfter = options.reloadAfter ?? 5 * 6e4;
  const now = options.now ?? Date.now;
  const cached = refreshingCredentials(async () => {
    const resolved = await read();
    if ("delegate" in resolved) {
      delegate = resolved.delegate;
      return { credentials: await resolved.delegate() };
    }
    return { credentials: resolved, expiresAt: now() + reloadAfter };
  }, { now, refreshBefore: 0 });
  return () => delegate ? delegate() : cached();
}
function resolvePath(files, options, ...rel) {
  if (options.path)
    return options.path;
  const home = options.home ?? files.homeDir();
  return home ? files.join(home, ...rel) : void 0;
}
function notFound(where, reason) {
  return new CredentialsError(`No credentials in ${where}: ${reason}`, [`${where} (${reason})`]);
}
function invalid(where, reason) {
  return new CredentialsError(`Unusable credentials in ${where}: ${reason}`, [`${where} (${reason})`], "CredentialsInvalid");
}
function linesNote(lines) {
  return lines.length ? `; line${lines.length > 1 ? "s" : ""} ${lines.slice(0, 5).join(", ")} not understood` : "";
}
function tencentProfileProvider(files, options = {}) {
  return fileProvider(options, async () => {
    const profile = options.profile ?? ((options.env ?? processEnv)()?.TENCENTCLOUD_PROFILE || "default");
    const path = resolvePath(files, options, ".tencentcloud", "credentials");
    const where = `profile "${profile}" in ${path ?? "~/.tencentcloud/credentials"}`;
    if (!path)
      throw notFound(where, "no home directory");
    const text = await files.readFile(path);
    if (text === void 0)
      throw notFound(where, "file not found");
    const ini = parseIni(text);
    const section = ini.sections[profile];
    if (!section)
      throw notFound(where, "no such profile" + linesNote(ini.invalidLines));
    const secretId = section.secret_id;
    const secretKey = section.secret_key;
    if (!secretId || !secretKey)
      throw invalid(where, "the profile needs both secret_id and secret_key" + linesNote(ini.invalidLines));
    return section.token ? { secretId, secretKey, token: section.token } : { secretId, secretKey };
  });
}
function alibabaProfileProvider(files, options = {}) {
  return fileProvider(options, async () => {
    const env = (options.env ?? processEnv)() ?? {};
    const profile = options.profile ?? (env.ALIBABA_CLOUD_PROFILE || "default");
    const path = options.path || (options.home === void 0 ? env.ALIBABA_CLOUD_CREDENTIALS_FILE : void 0) || resolvePath(files, options, ".alibabacloud", "credentials");
    const where = `profile "${profile}" in ${path || "~/.alibabacloud/credentials"}`;
    if (!path)
      throw notFound(where, "no home directory");
    const text = await files.readFile(path);
    if (text === void 0)
      throw notFound(where, "file not found");
    const ini = parseIni(text);
    const section = ini.sections[profile];
    if (!section)
      throw notFound(where, "no such profile" + linesNote(ini.invalidLines));
    if (/^false$/i.test(section.enable ?? ""))
      throw notFound(where, "the profile has enable = false");
    const type = section.type ?? "access_key";
    if (type === "access_key" || type === "sts") {
      const secretId = section.access_key_id;
      const secretKey = section.access_key_secret;
      if (!secretId || !secretKey)
        throw invalid(where, `type ${type} needs access_key_id and access_key_secret` + linesNote(ini.invalidLines));
      const token = type === "sts" ? section.security_token : void 0;
      if (type === "sts" && !token)
        throw invalid(where, "type sts needs security_token");
      return token ? { secretId, secretKey, token } : { secretId, secretKey };
    }
    if (type === "ecs_ram_role" && options.ecsRole)
      return { delegate: options.ecsRole(section.role_name || void 0) };
    throw invalid(where, `type ${JSON.stringify(type.slice(0, 40))} is not supported here (access_key, sts, ecs_ram_role are)`);
  });
}
function aliyunCliProfileProvider(files, options = {}) {
  return fileProvider(options, async () => {
    const env = (options.env ?? processEnv)() ?? {};
    const path = resolvePath(files, options, ".aliyun", "config.json");
    const fileWhere = path ?? "~/.aliyun/config.json";
    if (!path)
      throw notFound(fileWhere, "no home directory");
    const text = await files.readFile(path);
    if (text === void 0)
      throw notFound(`the Alibaba CLI configuration ${fileWhere}`, "file not found");
    let config;
    try {
      config = JSON.parse(text);
    } catch {
      throw invalid(`the Alibaba CLI configuration ${fileWhere}`, "not valid JSON");
    }
    const name = options.profile ?? (env.ALIBABA_CLOUD_PROFILE || typeof config?.current === "string" && config.current || "default");
    const where = `profile "${name}" in ${fileWhere}`;
    const profiles = Array.isArray(config?.profiles) ? config.profiles : [];
    const entry = profiles.find((p) => p && typeof p === "object" && p.name === name);
    if (!entry)
      throw notFound(where, "no such profile");
    const str = (key) => typeof entry[key] === "string" ? entry[key] : "";
    const mode = str("mode") || "AK";
    if (mode === "AK" || mode === "StsToken") {
      const secretId = str("access_key_id");
      const secretKey = str("access_key_secret");
      if (!secretId || !secretKey)
        throw invalid(where, `mode ${mode} needs access_key_id and access_key_secret`);
      const token = mode === "StsToken" ? str("sts_token") : "";
      if (mode === "StsToken" && !token)
        throw invalid(where, "mode StsToken needs sts_token");
      return token ? { secretId, secretKey, token } : { secretId, secretKey };
    }
    if (mode === "EcsRamRole" && options.ecsRole)
      return { delegate: options.ecsRole(str("ram_role_name") || void 0) };
    throw invalid(where, `mode ${JSON.stringify(mode.slice(0, 40))} is not supported here (AK, StsToken, EcsRamRole are)`);
  });
}

// docs2sdk-dist:dist/credentials/metadata.js
var TENCENT_CVM = {
  label: "Tencent CVM instance role",
  defaultEndpoint: "http://metadata.tencentyun.com",
  endpointEnv: "TENCENTCLOUD_METADATA_ENDPOINT",
  disabledEnv: "TENCENTCLOUD_METADATA_DISABLED",
  path: "/latest/meta-data/cam/security-credentials/",
  parse(body) {
    const { TmpSecretId: secretId, TmpSecretKey: secretKey, Token: token, ExpiredTime: expiredTime, Expiration: expiration } = body;
    if (body.Code !== void 0 && body.Code !== "Success")
      return `the service answered Code ${codeOf(body.Code)}`;
    if (typeof secretId !== "string" || !secretId || typeof secretKey !== "string" || !secretKey)
      return "no TmpSecretId/TmpSecretKey in the response";
    const expiresAt = typeof expiredTime === "number" ? expiredTime * 1e3 : typeof expiration === "string" ? Date.parse(expiration) : NaN;
    const credentials = typeof token === "string" && token ? { secretId, secretKey, token } : { secretId, secretKey };
    return Number.isFinite(expiresAt) ? { credentials, expiresAt } : { credentials };
  }
};
var ALIBABA_ECS = {
  label: "Alibaba ECS RAM role",
  defaultEndpoint: "http://100.100.100.200",
  endpointEnv: "ALIBABA_CLOUD_METADATA_ENDPOINT",
  disabledEnv: "ALIBABA_CLOUD_ECS_METADATA_DISABLED",
  roleEnv: "ALIBABA_CLOUD_ECS_METADATA",
  path: "/latest/meta-data/ram/security-credentials/",
  parse(body) {
    const { AccessKeyId: secretId, AccessKeySecret: secretKey, SecurityToken: token, Expiration: expiration } = body;
    if (body.Code !== void 0 && body.Code !== "Success")
      return `the service answered Code ${codeOf(body.Code)}`;
    if (typeof secretId !== "string" || !secretId || typeof secretKey !== "string" || !secretKey)
      return "no AccessKeyId/AccessKeySecret in the response";
    const expiresAt = typeof expiration === "string" ? Date.parse(expiration) : NaN;
    const credentials = typeof token === "string" && token ? { secretId, secretKey, token } : { secretId, secretKey };
    return Number.isFinite(expiresAt) ? { credentials, expiresAt } : { credentials };
  }
};
function codeOf(code) {
  return typeof code === "string" ? JSON.stringify(code.slice(0, 40)) : typeof code;
}
function fromTencentCvmRole(options = {}) {
  return instanceRole(TENCENT_CVM, options);
}
function fromAlibabaEcsRole(options = {}) {
  return instanceRole(ALIBABA_ECS, options);
}
function instanceRole(source, options) {
  const env = options.env ?? processEnv;
  const timeout = options.timeout ?? 1e3;
  let transport = options.transport;
  let discoveredRole;
  const fetchCredentials = async () => {
    const vars = env() ?? {};
    const origin = (options.endpoint ?? (vars[source.endpointEnv] || source.defaultEndpoint)).replace(/\/+$/, "");
    const listing = origin + source.path;
    const where = `${source.label} at ${listing}`;
    const notFound2 = (reason) => new CredentialsError(`No credentials from the ${where}: ${reason}`, [`${where} (${reason})`]);
    if (options.endpoint === void 0 && /^(1|true|yes)$/i.test(vars[source.disabledEnv] ?? "")) {
      throw new CredentialsError(`The ${source.label} lookup is disabled by ${source.disabledEnv}`, [`${source.label} (disabled by ${source.disabledEnv})`]);
    }
    const get = async (url) => {
      transport ??= fetchTransport();
      try {
        return await transport.send({ method: "GET", url, headers: { Host: new URL(url).host }, signal: AbortSignal.timeout(timeout) });
      } catch (error) {
        const code = error.code ?? error.name;
        const timedOut = code === "TimeoutError" || code === "AbortError" || code === "ABORT_ERR";
        throw notFound2(timedOut ? `no response within ${timeout} ms` : `unreachable${typeof code === "string" ? ` (${code})` : ""}`);
      }
    };
    let role = options.role ?? (source.roleEnv ? vars[source.roleEnv] : void 0) ?? discoveredRole;
    if (!role) {
      const res2 = await get(listing);
      if (res2.status === 404)
        throw notFound2("no role is attached to this instance");
      if (res2.status !== 200)
        throw notFound2(`HTTP ${res2.status} from the role listing`);
      role = res2.body.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== "");
      if (!role)
        throw notFound2("no role is attached to this instance");
      discoveredRole = role;
    }
    const res = await get(listing + encodeURIComponent(role));
    if (res.status !== 200) {
      discoveredRole = void 0;
      throw notFound2(`HTTP ${res.status} for role ${JSON.stringify(role)}`);
    }
    let body;
    try {
      body = JSON.parse(res.body);
    } catch {
      throw notFound2(`the response for role ${JSON.stringify(role)} is not JSON`);
    }
    const parsed = body && typeof body === "object" ? source.parse(body) : "the response is not a JSON object";
    if (typeof parsed === "string")
      throw notFound2(parsed);
    return parsed;
  };
  return refreshingCredentials(fetchCredentials, options);
}

// docs2sdk-dist:dist/credentials/node.js
var nodeFiles = {
  async readFile(path) {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR")
        return void 0;
      throw new CredentialsError(`Cannot read ${path} (${String(code)})`, [`${path} (not readable: ${String(code)})`]);
    }
  },
  homeDir() {
    try {
      return homedir() || void 0;
    } catch {
      return void 0;
    }
  },
  join
};
function fromTencentProfile(options = {}) {
  return tencentProfileProvider(nodeFiles, options);
}
function fromAlibabaProfile(options = {}) {
  return alibabaProfileProvider(nodeFiles, { ecsRole: (role) => fromAlibabaEcsRole2(role ? { role } : {}), ...options });
}
function fromAliyunCliProfile(options = {}) {
  return aliyunCliProfileProvider(nodeFiles, { ecsRole: (role) => fromAlibabaEcsRole2(role ? { role } : {}), ...options });
}
function fromTencentCvmRole2(options = {}) {
  return fromTencentCvmRole({ transport: defaultNodeTransport(), ...options });
}
function fromAlibabaEcsRole2(options = {}) {
  return fromAlibabaEcsRole({ transport: defaultNodeTransport(), ...options });
}
function defaultCredentials(protocolOrProvider, options = {}) {
  const env = options.env ?? processEnv;
  const profile = { env };
  if (options.profile !== void 0)
    profile.profile = options.profile;
  if (options.home !== void 0)
    profile.home = options.home;
  const role = { env, ...options.instanceRole };
  if (credentialFamily(protocolOrProvider) === "alibaba") {
    const ecsRole = (name) => fromAlibabaEcsRole2(name ? { ...role, role: name } : role);
    return credentialChain(fromEnv("aliyun-rpc", env), fromAlibabaProfile({ ...profile, ecsRole }), fromAliyunCliProfile({ ...profile, ecsRole }), fromAlibabaEcsRole2(role));
  }
  return credentialChain(fromEnv("tc3", env), fromTencentProfile(profile), fromTencentCvmRole2(role));
}

export {
  parseIni,
  nodeFiles,
  fromTencentProfile,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole2 as fromTencentCvmRole,
  fromAlibabaEcsRole2 as fromAlibabaEcsRole,
  defaultCredentials
};

// The credential sources of the emitted runtime, each against local fakes: shared files under a temp
// HOME, the CVM and ECS metadata services as a loopback server (token caching and early refresh on an
// injected clock; ECS's metadata token, "security hardening mode"), the default chain's order, the error naming every place looked at, and a final grep
// of every error produced here for the test secrets.
import type { ServerResponse } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitRuntime, type EmittedRuntime, type NodeRuntime } from "./emitted-runtime.ts";
import { json, startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";
import { SecretSink, rejectionInto } from "./secret-sink.ts";

type ServiceInfo = import("../../../templates/runtime/src/types.ts").ServiceInfo;

// Every secret value used in this file; the last test greps all collected output for them.
const TC_FILE = { id: "AKIDfileDefaultSekrit01", key: "fileDefaultKeySekrit01" };
const TC_DEV = { id: "AKIDfileDevSekrit000002", key: "fileDevKeySekrit000002", token: "fileDevTokenSekrit0002" };
const TC_ENV = { id: "AKIDenvSekrit0000000003", key: "envKeySekrit0000000003" };
const TC_ROLE = { id: "AKIDroleSekrit000000004", key: "roleKeySekrit000000004", token: "roleTokenSekrit0000004" };
const ALI_INI = { id: "LTAIiniSekrit0000000005", key: "iniKeySekrit0000000005" };
const ALI_STS = { id: "STS.iniStsSekrit0000006", key: "iniStsKeySekrit0000006", token: "iniStsTokenSekrit00006" };
const ALI_CLI = { id: "LTAIcliSekrit0000000007", key: "cliKeySekrit0000000007" };
const ALI_ROLE = { id: "STS.roleSekrit000000008", key: "aliRoleKeySekrit000008", token: "aliRoleTokenSekrit0008" };
// Every ECS metadata token the fake issues starts with this (a counter follows).
const ECS_TOKEN = "ecsMetadataTokenSekrit09-";
const SECRETS = [...[TC_FILE, TC_DEV, TC_ENV, TC_ROLE, ALI_INI, ALI_STS, ALI_CLI, ALI_ROLE].flatMap((c) => Object.values(c)), ECS_TOKEN];

const CVM: ServiceInfo = { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" };
const ECS: ServiceInfo = { provider: "aliyun", service: "ecs", version: "2014-05-26", protocol: "aliyun-rpc", endpoint: "ecs.aliyuncs.com" };

const sink = new SecretSink();
let rt: EmittedRuntime;
let node: NodeRuntime;
let metadata: LoopbackServer;
let api: LoopbackServer;
const homes: string[] = [];

beforeAll(async () => {
  rt = await emitRuntime();
  node = rt.node;
  [metadata, api] = await Promise.all([startLoopbackServer(), startLoopbackServer()]);
});
afterAll(async () => {
  await Promise.all([metadata?.close(), api?.close()]);
  for (const home of homes) rmSync(home, { recursive: true, force: true });
  rt?.cleanup();
});

/** A temp home directory holding the given files (relative path -> text). */
function home(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "docs2sdk-home-"));
  homes.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const TENCENT_INI = [
  "# Tencent Cloud credentials",
  "[default]",
  `secret_id = ${TC_FILE.id}`,
  `secret_key = ${TC_FILE.key}`,
  "",
  "[dev]",
  `secret_id=${TC_DEV.id}`,
  `secret_key="${TC_DEV.key}"`,
  `token = ${TC_DEV.token}`,
].join("\r\n");

/** The Tencent CVM metadata service: role listing and per-role credentials expiring at `expires` (s). */
function serveTencentRole(role: string, expiresSeconds: () => number, delayMs = 0): void {
  metadata.handle((req, res) => {
    const base = "/latest/meta-data/cam/security-credentials/";
    if (req.url === base) return void res.end(`${role}\n`);
    if (req.url === base + role) {
      const body = { TmpSecretId: TC_ROLE.id, TmpSecretKey: TC_ROLE.key, Token: TC_ROLE.token, ExpiredTime: expiresSeconds(), Code: "Success" };
      return void setTimeout(() => json(res, 200, body), delayMs);
    }
    json(res, 404, {});
  });
}

const TOKEN_PATH = "/latest/api/token";
const TOKEN_HEADER = "x-aliyun-ecs-metadata-token";
const TTL_HEADER = "x-aliyun-ecs-metadata-token-ttl-seconds";

/**
 * The Alibaba ECS metadata service. Tokens come from PUT /latest/api/token (TTL header 1..21600), are
 * numbered from 1 and checked when sent (401 if unknown). "optional": normal mode, tokenless reads work
 * too; "required": security hardening mode, tokenless reads get 403; a function: the token endpoint
 * answers that way instead (a failing or missing token API) and tokenless reads work.
 */
function serveAlibabaRole(
  role: string,
  expiration: string | (() => string),
  tokens: "optional" | "required" | ((res: ServerResponse) => void) = "optional",
  server = metadata,
) {
  const valid = new Set<string>();
  let issued = server === metadata ? 0 : 100; // a second service's tokens differ from the first's
  server.handle((req, res) => {
    if (req.url === TOKEN_PATH) {
      if (typeof tokens === "function") return tokens(res);
      const ttl = Number(req.headers[TTL_HEADER]);
      if (req.method !== "PUT" || !Number.isInteger(ttl) || ttl < 1 || ttl > 21600) return json(res, 400, {});
      const token = `${ECS_TOKEN}${++issued}`;
      valid.add(token);
      return void res.end(token);
    }
    const sent = req.headers[TOKEN_HEADER];
    if (typeof sent === "string" && !valid.has(sent)) return json(res, 401, {});
    if (sent === undefined && tokens === "required") return json(res, 403, {});
    const base = "/latest/meta-data/ram/security-credentials/";
    if (req.url === base) return void res.end(role);
    if (req.url === base + role) {
      const Expiration = typeof expiration === "string" ? expiration : expiration();
      return json(res, 200, { AccessKeyId: ALI_ROLE.id, AccessKeySecret: ALI_ROLE.key, SecurityToken: ALI_ROLE.token, Expiration, Code: "Success" });
    }
    json(res, 404, {});
  });
  return { revokeTokens: () => valid.clear() };
}

/** What the ECS fake received, as "METHOD path [token]" ("-" for no token header). */
const ecsRequests = (server = metadata) => server.received.map((r) => `${r.method} ${r.url} ${r.headers[TOKEN_HEADER] ?? "-"}`);

const credentialRequests = (base: string) => metadata.received.filter((r) => r.url.startsWith(base) && r.url !== base).length;

describe("parseIni", () => {
  it("reads sections, key = value pairs, comments, quotes, CRLF and a BOM; reports lines it does not understand", () => {
    const ini = node.parseIni('\uFEFFtop = 1\r\n; comment\r\n[a]\r\nk = v = w\r\n  x="quoted value"  \r\n# c\r\nnot a pair\r\n[b\r\n[ c ]\r\nk=1\r\nk=2\r\n');
    expect(ini.sections[""]).toEqual({ top: "1" });
    expect(ini.sections.a).toEqual({ k: "v = w", x: "quoted value" });
    expect(ini.sections.c).toEqual({ k: "2" });
    expect(ini.invalidLines).toEqual([7, 8]);
    // A value is taken verbatim: '#' and ';' inside it are not comments (secrets can contain them).
    expect(node.parseIni("[p]\nsecret_key = a#b;c").sections.p).toEqual({ secret_key: "a#b;c" });
  });
});

describe("Tencent shared credentials file (~/.tencentcloud/credentials)", () => {
  it("reads [default], a profile chosen by option or TENCENTCLOUD_PROFILE, and the optional token", async () => {
    const dir = home({ ".tencentcloud/credentials": TENCENT_INI });
    expect(await node.fromTencentProfile({ home: dir, env: () => ({}) })()).toEqual({ secretId: TC_FILE.id, secretKey: TC_FILE.key });
    const dev = { secretId: TC_DEV.id, secretKey: TC_DEV.key, token: TC_DEV.token };
    expect(await node.fromTencentProfile({ home: dir, profile: "dev" })()).toEqual(dev);
    expect(await node.fromTencentProfile({ home: dir, env: () => ({ TENCENTCLOUD_PROFILE: "dev" }) })()).toEqual(dev);
  });

  it("names the file, profile and reason when it finds nothing, and stops a chain on an unusable profile", async () => {
    const empty = home();
    const missing = await rejectionInto(sink, node.fromTencentProfile({ home: empty, env: () => ({}) })());
    expect(missing).toBeInstanceOf(node.CredentialsError);
    expect(missing.code).toBe("CredentialsNotFound");
    expect(missing.tried).toEqual([`profile "default" in ${join(empty, ".tencentcloud/credentials")} (file not found)`]);

    const dir = home({ ".tencentcloud/credentials": TENCENT_INI });
    const noProfile = await rejectionInto(sink, node.fromTencentProfile({ home: dir, profile: "prod" })());
    expect(noProfile.tried[0]).toContain('profile "prod"');
    expect(noProfile.tried[0]).toContain("(no such profile)");

    const half = home({ ".tencentcloud/credentials": `[default]\nsecret_id = ${TC_FILE.id}\nthis line is junk ${TC_FILE.key}\n` });
    const invalid = await rejectionInto(sink, node.fromTencentProfile({ home: half, env: () => ({}) })());
    expect(invalid.code).toBe("CredentialsInvalid");
    expect(invalid.message).toMatch(/needs both secret_id and secret_key; line 3 not understood/);
    // An unusable profile is a configuration error: the chain does not fall through to another identity.
    const chain = node.credentialChain(node.fromTencentProfile({ home: half, env: () => ({}) }), async () => ({ secretId: "x", secretKey: "y" }));
    expect((await rejectionInto(sink, chain())).code).toBe("CredentialsInvalid");
  });

  it("re-reads the file after reloadAfter, so rotated keys are picked up", async () => {
    const dir = home({ ".tencentcloud/credentials": TENCENT_INI });
    let clock = 1_000_000;
    const provider = node.fromTencentProfile({ home: dir, env: () => ({}), now: () => clock, reloadAfter: 60_000 });
    expect((await provider()).secretId).toBe(TC_FILE.id);
    writeFileSync(join(dir, ".tencentcloud/credentials"), `[default]\nsecret_id = ${TC_DEV.id}\nsecret_key = ${TC_DEV.key}\n`);
    clock += 59_000;
    expect((await provider()).secretId).toBe(TC_FILE.id);
    clock += 2_000;
    expect((await provider()).secretId).toBe(TC_DEV.id);
  });
});

describe("Alibaba shared files (~/.alibabacloud/credentials, ~/.aliyun/config.json)", () => {
  const INI = [
    "[default]",
    "enable = true",
    "type = access_key",
    `access_key_id = ${ALI_INI.id}`,
    `access_key_secret = ${ALI_INI.key}`,
    "[sts]",
    "type = sts",
    `access_key_id = ${ALI_STS.id}`,
    `access_key_secret = ${ALI_STS.key}`,
    `security_token = ${ALI_STS.token}`,
    "[off]",
    "enable = false",
    `access_key_id = ${ALI_INI.id}`,
    `access_key_secret = ${ALI_INI.key}`,
    "[arn]",
    "type = ram_role_arn",
    `access_key_id = ${ALI_INI.id}`,
    `access_key_secret = ${ALI_INI.key}`,
    "[role]",
    "type = ecs_ram_role",
    "role_name = EcsRole",
  ].join("\n");

  it("credentials INI: access_key, sts, ALIBABA_CLOUD_PROFILE, enable = false, unsupported types, ecs_ram_role", async () => {
    const dir = home({ ".alibabacloud/credentials": INI });
    const noEnv = () => ({});
    expect(await node.fromAlibabaProfile({ home: dir, env: noEnv })()).toEqual({ secretId: ALI_INI.id, secretKey: ALI_INI.key });
    expect(await node.fromAlibabaProfile({ home: dir, env: () => ({ ALIBABA_CLOUD_PROFILE: "sts" }) })()).toEqual({
      secretId: ALI_STS.id,
      secretKey: ALI_STS.key,
      token: ALI_STS.token,
    });
    const off = await rejectionInto(sink, node.fromAlibabaProfile({ home: dir, profile: "off" })());
    expect(off).toMatchObject({ code: "CredentialsNotFound" });
    expect(off.message).toContain("enable = false");
    const arn = await rejectionInto(sink, node.fromAlibabaProfile({ home: dir, profile: "arn" })());
    expect(arn).toMatchObject({ code: "CredentialsInvalid" });
    expect(arn.message).toContain('type "ram_role_arn" is not supported');

    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z");
    const viaRole = node.fromAlibabaProfile({ home: dir, profile: "role", ecsRole: (role) => node.fromAlibabaEcsRole({ role, endpoint: metadata.origin }) });
    expect(await viaRole()).toEqual({ secretId: ALI_ROLE.id, secretKey: ALI_ROLE.key, token: ALI_ROLE.token });
    expect(metadata.received.map((r) => r.url)).toEqual([TOKEN_PATH, "/latest/meta-data/ram/security-credentials/EcsRole"]);
  });

  it("ALIBABA_CLOUD_CREDENTIALS_FILE points at another file", async () => {
    const dir = home({ "elsewhere.ini": INI });
    const file = join(dir, "elsewhere.ini");
    expect((await node.fromAlibabaProfile({ env: () => ({ ALIBABA_CLOUD_CREDENTIALS_FILE: file }) })()).secretId).toBe(ALI_INI.id);
  });

  it("CLI config.json: the current profile in mode AK, StsToken, a named profile; bad JSON reported without its text", async () => {
    const config = {
      current: "work",
      profiles: [
        { name: "default", mode: "AK", access_key_id: "unused-id-000000", access_key_secret: "unused-secret-00000" },
        { name: "work", mode: "AK", access_key_id: ALI_CLI.id, access_key_secret: ALI_CLI.key, region_id: "cn-hangzhou" },
        { name: "sts", mode: "StsToken", access_key_id: ALI_STS.id, access_key_secret: ALI_STS.key, sts_token: ALI_STS.token },
        { name: "arn", mode: "RamRoleArn", access_key_id: ALI_CLI.id, access_key_secret: ALI_CLI.key },
      ],
    };
    const dir = home({ ".aliyun/config.json": JSON.stringify(config) });
    expect(await node.fromAliyunCliProfile({ home: dir, env: () => ({}) })()).toEqual({ secretId: ALI_CLI.id, secretKey: ALI_CLI.key });
    expect((await node.fromAliyunCliProfile({ home: dir, profile: "sts" })()).token).toBe(ALI_STS.token);
    expect((await rejectionInto(sink, node.fromAliyunCliProfile({ home: dir, profile: "arn" })())).code).toBe("CredentialsInvalid");
    expect((await rejectionInto(sink, node.fromAliyunCliProfile({ home: dir, profile: "nope" })())).tried[0]).toContain("no such profile");

    const broken = home({ ".aliyun/config.json": `{"current":"default","profiles":[{"access_key_secret":"${ALI_CLI.key}",}]` });
    const e = await rejectionInto(sink, node.fromAliyunCliProfile({ home: broken, env: () => ({}) })());
    expect(e).toMatchObject({ code: "CredentialsInvalid" });
    expect(e.message).toContain("not valid JSON");
  });
});

describe("instance-role metadata services (loopback fake)", () => {
  it("Tencent CVM: discovers the role, caches the token, refreshes it 5 minutes before expiry (injected clock)", async () => {
    let clock = 1_700_000_000_000;
    const expires = () => Math.floor(clock / 1000) + 3600;
    serveTencentRole("CvmRole", expires);
    const provider = node.fromTencentCvmRole({ endpoint: metadata.origin, now: () => clock });
    const expected = { secretId: TC_ROLE.id, secretKey: TC_ROLE.key, token: TC_ROLE.token };
    expect(await provider()).toEqual(expected);
    expect(metadata.received.map((r) => r.url)).toEqual([
      "/latest/meta-data/cam/security-credentials/",
      "/latest/meta-data/cam/security-credentials/CvmRole",
    ]);
    const base = "/latest/meta-data/cam/security-credentials/";
    clock += 54 * 60_000; // 6 minutes before expiry: cached
    expect(await provider()).toEqual(expected);
    expect(credentialRequests(base)).toBe(1);
    clock += 2 * 60_000; // 4 minutes before expiry: refreshed, the discovered role reused
    expect(await provider()).toEqual(expected);
    expect(credentialRequests(base)).toBe(2);
    expect(metadata.received.filter((r) => r.url === base)).toHaveLength(1);
    // CVM has no token mode: GETs only, no ECS token header.
    expect(metadata.received.every((r) => r.method === "GET" && r.headers[TOKEN_HEADER] === undefined)).toBe(true);
  });

  it("concurrent calls share one refresh; a failed refresh keeps still-valid credentials, an expired one fails", async () => {
    let clock = 1_700_000_000_000;
    const start = clock;
    serveTencentRole("CvmRole", () => Math.floor(start / 1000) + 3600, 50);
    const provider = node.fromTencentCvmRole({ endpoint: metadata.origin, role: "CvmRole", now: () => clock });
    const all = await Promise.all(Array.from({ length: 5 }, () => provider()));
    expect(new Set(all.map((c) => c.secretId))).toEqual(new Set([TC_ROLE.id]));
    expect(metadata.received.map((r) => r.url)).toEqual(["/latest/meta-data/cam/security-credentials/CvmRole"]);

    metadata.handle((_req, res) => json(res, 500, {}));
    clock = start + 58 * 60_000; // inside the refresh window, not expired
    expect((await provider()).secretId).toBe(TC_ROLE.id);
    clock = start + 61 * 60_000; // expired, and the service still fails
    const e = await rejectionInto(sink, provider());
    expect(e).toBeInstanceOf(node.CredentialsError);
    expect(e.message).toContain('HTTP 500 for role "CvmRole"');
  });

  it("names the reason: no role attached, not JSON, short timeout", async () => {
    metadata.handle((_req, res) => json(res, 404, {}));
    const noRole = await rejectionInto(sink, node.fromTencentCvmRole({ endpoint: metadata.origin })());
    expect(noRole.tried).toEqual([`Tencent CVM instance role at ${metadata.origin}/latest/meta-data/cam/security-credentials/ (no role is attached to this instance)`]);

    // A body that is not JSON but holds the secrets: JSON.parse's message would quote it.
    metadata.handle((_req, res) => res.end(`TmpSecretKey=${TC_ROLE.key} Token=${TC_ROLE.token}`));
    const notJson = await rejectionInto(sink, node.fromTencentCvmRole({ endpoint: metadata.origin, role: "CvmRole" })());
    expect(notJson.message).toContain("is not JSON");

    metadata.handle(() => {}); // never answers
    const slow = await rejectionInto(sink, node.fromAlibabaEcsRole({ endpoint: metadata.origin, timeout: 150 })());
    expect(slow.message).toContain("no response within 150 ms");
  });

  it("Alibaba ECS: role from ALIBABA_CLOUD_ECS_METADATA, endpoint from ALIBABA_CLOUD_METADATA_ENDPOINT, ISO expiry; disabled by env", async () => {
    serveAlibabaRole("EnvRole", "2099-01-01T00:00:00Z");
    const env = () => ({ ALIBABA_CLOUD_ECS_METADATA: "EnvRole", ALIBABA_CLOUD_METADATA_ENDPOINT: metadata.origin });
    expect(await node.fromAlibabaEcsRole({ env })()).toEqual({ secretId: ALI_ROLE.id, secretKey: ALI_ROLE.key, token: ALI_ROLE.token });
    expect(metadata.received.map((r) => r.url)).toEqual([TOKEN_PATH, "/latest/meta-data/ram/security-credentials/EnvRole"]);
    const off = await rejectionInto(sink, node.fromAlibabaEcsRole({ env: () => ({ ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true" }) })());
    expect(off.tried).toEqual(["Alibaba ECS RAM role (disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED)"]);
  });

  it("refreshingCredentials works for any source (exported from both entries)", async () => {
    let clock = 0;
    let fetches = 0;
    const provider = rt.web.refreshingCredentials(
      async () => ({ credentials: { secretId: `id${++fetches}`, secretKey: "k" }, expiresAt: 20 * 60_000 }),
      { now: () => clock, refreshBefore: 60_000 },
    );
    expect((await provider()).secretId).toBe("id1");
    clock = 18 * 60_000;
    expect((await provider()).secretId).toBe("id1");
    clock = 19 * 60_000 + 1;
    expect((await provider()).secretId).toBe("id2");
  });
});

describe("Alibaba ECS metadata token (security hardening mode, IMDSv2)", () => {
  const CREDS = "/latest/meta-data/ram/security-credentials/";
  const expected = { secretId: ALI_ROLE.id, secretKey: ALI_ROLE.key, token: ALI_ROLE.token };
  const noEnv = () => ({});
  /** Token endpoint answers for the fallback and failure cases; the 500 body quotes secrets. */
  const notFound = (res: ServerResponse) => json(res, 404, {});
  const failsQuotingSecrets = (res: ServerResponse) => json(res, 500, { Message: `${ECS_TOKEN}0 ${ALI_ROLE.key}` });
  const notAToken = (res: ServerResponse) => void res.end("<html>\n<body>proxy login</body>\n</html>");

  it("PUTs for a token with the TTL header and sends it on the role listing and the credentials read", async () => {
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", "required");
    expect(await node.fromAlibabaEcsRole({ endpoint: metadata.origin, env: noEnv })()).toEqual(expected);
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS} ${ECS_TOKEN}1`, `GET ${CREDS}EcsRole ${ECS_TOKEN}1`]);
    expect(metadata.received[0]!.headers[TTL_HEADER]).toBe("21600");
  });

  it("reuses the token for every refresh within its TTL and fetches a new one shortly before it ends", async () => {
    let clock = 1_700_000_000_000;
    const start = clock;
    serveAlibabaRole("EcsRole", () => new Date(clock + 60 * 60_000).toISOString(), "required");
    const provider = node.fromAlibabaEcsRole({ endpoint: metadata.origin, role: "EcsRole", env: noEnv, now: () => clock });
    expect(await provider()).toEqual(expected);
    // Credentials last an hour and are refreshed 5 minutes early: 6 refreshes fit in the 6-hour token.
    for (let i = 1; i <= 6; i++) {
      clock += 56 * 60_000;
      expect(await provider()).toEqual(expected);
    }
    expect(clock - start).toBeLessThan(21600_000 - 60_000);
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`, ...Array<string>(7).fill(`GET ${CREDS}EcsRole ${ECS_TOKEN}1`)]);
    clock += 56 * 60_000; // past the token's TTL less its one-minute margin: a new token
    expect(await provider()).toEqual(expected);
    expect(ecsRequests().slice(-2)).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS}EcsRole ${ECS_TOKEN}2`]);
  });

  it("renews the token one minute before its 6-hour TTL ends (credentials lasting a second, so every call refreshes)", async () => {
    let clock = 1_700_000_000_000;
    const start = clock;
    serveAlibabaRole("EcsRole", () => new Date(clock + 1000).toISOString(), "required");
    const provider = node.fromAlibabaEcsRole({ endpoint: metadata.origin, role: "EcsRole", env: noEnv, now: () => clock });
    for (const at of [0, 21600_000 - 61_000, 21600_000 - 59_000, 21600_000 + 21600_000 - 120_000]) {
      clock = start + at;
      expect(await provider()).toEqual(expected);
    }
    expect(ecsRequests().filter((r) => r.startsWith("GET")).map((r) => r.slice(-1))).toEqual(["1", "1", "2", "2"]);
    expect(ecsRequests().filter((r) => r.startsWith("PUT"))).toHaveLength(2);
  });

  it("replaces, once, a cached token the service stopped accepting", async () => {
    let clock = 1_700_000_000_000;
    const ecs = serveAlibabaRole("EcsRole", () => new Date(clock + 60 * 60_000).toISOString(), "required");
    const provider = node.fromAlibabaEcsRole({ endpoint: metadata.origin, role: "EcsRole", env: noEnv, now: () => clock });
    expect(await provider()).toEqual(expected);
    ecs.revokeTokens(); // e.g. the metadata service restarted
    clock += 56 * 60_000;
    expect(await provider()).toEqual(expected);
    expect(ecsRequests()).toEqual([
      `PUT ${TOKEN_PATH} -`,
      `GET ${CREDS}EcsRole ${ECS_TOKEN}1`,
      `GET ${CREDS}EcsRole ${ECS_TOKEN}1`, // 401
      `PUT ${TOKEN_PATH} -`,
      `GET ${CREDS}EcsRole ${ECS_TOKEN}2`,
    ]);
    // A fresh token that is refused is not retried: the refusal is reported.
    ecs.revokeTokens();
    metadata.handle((req, res) => (req.url === TOKEN_PATH ? res.end(`${ECS_TOKEN}9`) : json(res, 401, {})));
    clock += 61 * 60_000; // the cached credentials have expired too
    const refused = await rejectionInto(sink, provider());
    expect(refused.message).toContain('HTTP 401 for role "EcsRole"');
    expect(ecsRequests()).toEqual([`GET ${CREDS}EcsRole ${ECS_TOKEN}2`, `PUT ${TOKEN_PATH} -`, `GET ${CREDS}EcsRole ${ECS_TOKEN}9`]);
  });

  it("keeps the token to the metadata origin that issued it (ALIBABA_CLOUD_METADATA_ENDPOINT changed)", async () => {
    let clock = 1_700_000_000_000;
    serveAlibabaRole("EcsRole", () => new Date(clock + 1000).toISOString(), "required");
    serveAlibabaRole("EcsRole", () => new Date(clock + 1000).toISOString(), "required", api);
    let endpoint = metadata.origin;
    const provider = node.fromAlibabaEcsRole({ role: "EcsRole", env: () => ({ ALIBABA_CLOUD_METADATA_ENDPOINT: endpoint }), now: () => clock });
    expect(await provider()).toEqual(expected);
    [endpoint, clock] = [api.origin, clock + 2000];
    expect(await provider()).toEqual(expected);
    // The second service issued its own token; the first service's was never sent to it.
    expect(ecsRequests(api)).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS}EcsRole ${ECS_TOKEN}101`]);
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS}EcsRole ${ECS_TOKEN}1`]);
  });

  it("falls back to the tokenless read (IMDSv1) when no token can be had, with one PUT per refresh", async () => {
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", notFound);
    const env = () => ({ ALIBABA_CLOUD_IMDSV1_DISABLED: "false" });
    expect(await node.fromAlibabaEcsRole({ endpoint: metadata.origin, env })()).toEqual(expected);
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS} -`, `GET ${CREDS}EcsRole -`]);
    for (const answer of [failsQuotingSecrets, notAToken]) {
      serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", answer);
      expect(await node.fromAlibabaEcsRole({ endpoint: metadata.origin, role: "EcsRole", env: noEnv })()).toEqual(expected);
      expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS}EcsRole -`]);
    }
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", () => {}); // the PUT never answers
    const slowPut = node.fromAlibabaEcsRole({ endpoint: metadata.origin, role: "EcsRole", env: noEnv, timeout: 150 });
    expect(await slowPut()).toEqual(expected);
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`, `GET ${CREDS}EcsRole -`]);
  });

  it("fails saying why the token could not be fetched when tokenless reads are disabled (option or ALIBABA_CLOUD_IMDSV1_DISABLED)", async () => {
    const origin = metadata.origin;
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", notFound);
    const byOption = await rejectionInto(sink, node.fromAlibabaEcsRole({ endpoint: origin, env: noEnv, disableImdsV1: true })());
    expect(byOption).toBeInstanceOf(node.CredentialsError);
    expect(byOption.code).toBe("CredentialsNotFound");
    expect(byOption.message).toBe(
      `No credentials from the Alibaba ECS RAM role at ${origin}${CREDS}: the metadata token could not be fetched from ${origin}${TOKEN_PATH} (HTTP 404) and reading without one is disabled by the disableImdsV1 option`,
    );
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`]); // no tokenless read was made

    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", failsQuotingSecrets);
    const byEnv = await rejectionInto(sink, node.fromAlibabaEcsRole({ endpoint: origin, role: "EcsRole", env: () => ({ ALIBABA_CLOUD_IMDSV1_DISABLED: "TRUE" }) })());
    expect(byEnv.tried).toEqual([
      `Alibaba ECS RAM role at ${origin}${CREDS} (the metadata token could not be fetched from ${origin}${TOKEN_PATH} (HTTP 500) and reading without one is disabled by ALIBABA_CLOUD_IMDSV1_DISABLED)`,
    ]);
    expect(ecsRequests()).toEqual([`PUT ${TOKEN_PATH} -`]);

    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", notAToken);
    const junk = await rejectionInto(sink, node.fromAlibabaEcsRole({ endpoint: origin, role: "EcsRole", env: noEnv, disableImdsV1: true })());
    expect(junk.message).toContain(`(the answer is not a token) and reading without one is disabled`);

    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", () => {});
    const slow = await rejectionInto(sink, node.fromAlibabaEcsRole({ endpoint: origin, role: "EcsRole", env: noEnv, timeout: 150, disableImdsV1: true })());
    expect(slow.message).toContain(`${TOKEN_PATH} (no response within 150 ms) and reading without one is disabled`);

    // The default chain passes its environment on; and with a token, disabling v1 changes nothing.
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", notFound);
    const chain = node.defaultCredentials("aliyun-rpc", { env: () => ({ ALIBABA_CLOUD_IMDSV1_DISABLED: "true" }), home: home(), instanceRole: { endpoint: origin } });
    expect((await rejectionInto(sink, chain())).tried[3]).toContain("disabled by ALIBABA_CLOUD_IMDSV1_DISABLED");
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", "required");
    expect(await node.fromAlibabaEcsRole({ endpoint: origin, env: () => ({ ALIBABA_CLOUD_IMDSV1_DISABLED: "true" }), disableImdsV1: true })()).toEqual(expected);
  });

  it("never puts the token in an error or the provider (collected for the final grep)", async () => {
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z", "required");
    const provider = node.fromAlibabaEcsRole({ endpoint: metadata.origin, role: "OtherRole", env: noEnv });
    const e = await rejectionInto(sink, provider());
    expect(e.message).toContain('HTTP 404 for role "OtherRole"');
    expect(metadata.received.at(-1)!.headers[TOKEN_HEADER]).toMatch(new RegExp(`^${ECS_TOKEN}`)); // a token was in play
    sink.line(inspect(provider, { showHidden: true, depth: 10 }));
    expect(sink.leaks([ECS_TOKEN])).toEqual([]);
  });
});

describe("the default chain", () => {
  const tencentEnv = { TENCENTCLOUD_SECRET_ID: TC_ENV.id, TENCENTCLOUD_SECRET_KEY: TC_ENV.key };

  it("Tencent: environment -> ~/.tencentcloud/credentials -> CVM role, in that order", async () => {
    serveTencentRole("CvmRole", () => Math.floor(Date.now() / 1000) + 3600);
    const withFile = home({ ".tencentcloud/credentials": TENCENT_INI });
    const instanceRole = { endpoint: metadata.origin };
    const chain = (env: Record<string, string>, dir: string) => node.defaultCredentials("tc3", { env: () => env, home: dir, instanceRole });
    expect((await chain(tencentEnv, withFile)()).secretId).toBe(TC_ENV.id);
    expect((await chain({}, withFile)()).secretId).toBe(TC_FILE.id);
    expect((await chain({ TENCENTCLOUD_PROFILE: "dev" }, withFile)()).secretId).toBe(TC_DEV.id);
    expect(metadata.received).toHaveLength(0);
    expect((await chain({}, home())()).secretId).toBe(TC_ROLE.id);
    // tencent-v2 services take the same chain.
    expect((await node.defaultCredentials("tencent-v2", { env: () => tencentEnv })()).secretId).toBe(TC_ENV.id);
  });

  it("Alibaba: environment -> ~/.alibabacloud/credentials -> ~/.aliyun/config.json -> ECS role", async () => {
    serveAlibabaRole("EcsRole", "2099-01-01T00:00:00Z");
    const ini = `[default]\ntype = access_key\naccess_key_id = ${ALI_INI.id}\naccess_key_secret = ${ALI_INI.key}\n`;
    const cli = JSON.stringify({ current: "default", profiles: [{ name: "default", mode: "AK", access_key_id: ALI_CLI.id, access_key_secret: ALI_CLI.key }] });
    const instanceRole = { endpoint: metadata.origin };
    const chain = (env: Record<string, string>, dir: string) => node.defaultCredentials("aliyun-rpc", { env: () => env, home: dir, instanceRole });
    const both = home({ ".alibabacloud/credentials": ini, ".aliyun/config.json": cli });
    const aliEnv = { ALIBABA_CLOUD_ACCESS_KEY_ID: ALI_INI.id.replace("ini", "env"), ALIBABA_CLOUD_ACCESS_KEY_SECRET: "k" };
    expect((await chain(aliEnv, both)()).secretId).toBe(aliEnv.ALIBABA_CLOUD_ACCESS_KEY_ID);
    expect((await chain({}, both)()).secretId).toBe(ALI_INI.id);
    expect((await chain({}, home({ ".aliyun/config.json": cli }))()).secretId).toBe(ALI_CLI.id);
    expect(metadata.received).toHaveLength(0);
    expect((await chain({}, home())()).secretId).toBe(ALI_ROLE.id);
  });

  it("a missing credential names every place looked at, in order", async () => {
    metadata.handle((_req, res) => json(res, 404, {}));
    const dir = home();
    const tc = await rejectionInto(sink, node.defaultCredentials("tc3", { env: () => ({}), home: dir, instanceRole: { endpoint: metadata.origin } })());
    expect(tc).toBeInstanceOf(node.CredentialsError);
    expect(tc.tried).toEqual([
      "environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (not set)",
      `profile "default" in ${join(dir, ".tencentcloud/credentials")} (file not found)`,
      `Tencent CVM instance role at ${metadata.origin}/latest/meta-data/cam/security-credentials/ (no role is attached to this instance)`,
    ]);
    expect(tc.message).toBe(`No credentials found. Looked in, in order: ${tc.tried.map((t: string, i: number) => `${i + 1}) ${t}`).join("; ")}`);

    const ali = await rejectionInto(sink, node.defaultCredentials("aliyun-rpc", { env: () => ({ ALIBABA_CLOUD_ACCESS_KEY_ID: ALI_INI.id }), home: dir, profile: "ci", instanceRole: { endpoint: metadata.origin } })());
    expect(ali.tried).toEqual([
      "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (not set)",
      `profile "ci" in ${join(dir, ".alibabacloud/credentials")} (file not found)`,
      `the Alibaba CLI configuration ${join(dir, ".aliyun/config.json")} (file not found)`,
      `Alibaba ECS RAM role at ${metadata.origin}/latest/meta-data/ram/security-credentials/ (no role is attached to this instance)`,
    ]);
  });

  it("remembers the source that answered and resolves concurrent first calls once", async () => {
    let calls = 0;
    const missing = async () => {
      calls++;
      throw new node.CredentialsError("none", ["nowhere"]);
    };
    let found = 0;
    const chain = node.credentialChain(missing, async () => ({ secretId: `id${++found}`, secretKey: "k" }));
    await Promise.all([chain(), chain(), chain()]);
    expect([calls, found]).toEqual([1, 1]);
    await chain();
    expect([calls, found]).toEqual([1, 2]);
  });

  it("a client without the credentials option uses the chain of its protocol family (HOME and metadata env)", async () => {
    api.handle((req, res) => (req.headers["x-tc-action"] ? json(res, 200, { Response: { RequestId: "r" } }) : json(res, 200, { RequestId: "a" })));
    const saved = { ...process.env };
    try {
      for (const name of Object.keys(process.env)) if (/^(TENCENTCLOUD_|ALIBABA_CLOUD_)/.test(name)) delete process.env[name];
      process.env.HOME = home({ ".tencentcloud/credentials": TENCENT_INI, ".alibabacloud/credentials": `[default]\naccess_key_id = ${ALI_INI.id}\naccess_key_secret = ${ALI_INI.key}\n` });
      process.env.TENCENTCLOUD_METADATA_DISABLED = "1";
      process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = "1";
      await new node.RuntimeClient(CVM, { endpoint: api.origin }).send("DescribeZones", {});
      expect(api.received[0]!.headers.authorization).toContain(`Credential=${TC_FILE.id}/`);
      await new node.RuntimeClient(ECS, { endpoint: api.origin }).send("DescribeRegions", {});
      expect(new URL(api.received[1]!.url, "http://x").searchParams.get("AccessKeyId")).toBe(ALI_INI.id);

      process.env.HOME = home();
      const e = await rejectionInto(sink, new node.RuntimeClient(CVM, { endpoint: api.origin }).send("DescribeZones", {}));
      expect(e.tried).toHaveLength(3);
      expect(e.tried[2]).toBe("Tencent CVM instance role (disabled by TENCENTCLOUD_METADATA_DISABLED)");
      // The browser entry has no files or metadata: environment variables only.
      const web = await rejectionInto(sink, new rt.web.RuntimeClient(CVM, { endpoint: api.origin }).send("DescribeZones", {}));
      expect(web.tried).toEqual(["environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (not set)"]);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

describe("no secret leaves a credential source", () => {
  it("no error message, thrown object (JSON, inspect with hidden fields) or provider contains a test secret", async () => {
    expect(sink.texts.length).toBeGreaterThan(40);
    // Providers hold what they read in closures only.
    const dir = home({ ".tencentcloud/credentials": TENCENT_INI });
    const provider = node.defaultCredentials("tc3", { env: () => ({}), home: dir });
    await provider();
    sink.line(inspect(provider, { showHidden: true, depth: 10 }));
    sink.line(JSON.stringify(Object.entries(provider)));
    expect(sink.leaks(SECRETS)).toEqual([]);
  });
});

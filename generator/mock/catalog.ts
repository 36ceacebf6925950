// What the mock serves: every packaged spec, its actions and their fixtures (built by the fixtures
// emitter's own builder, so the mock answers exactly what generated/<dir>/fixtures/ holds), and the
// indexes a request is routed by.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { buildFixtures, type ActionFixture } from "../emit/fixtures/build.ts";
import { packageDir } from "../emit/naming.ts";
import type { Action, Protocol, Service, Struct } from "../spec/types.ts";
import { specPath } from "../spec/types.ts";

export interface MockAction {
  action: Action;
  fixture: ActionFixture;
}

export interface MockService {
  /** "tce/vpc/v2": the spec path without ".json". */
  id: string;
  /** "tce-vpc-v2": the package directory. */
  dir: string;
  service: Service;
  types: ReadonlyMap<string, Struct>;
  actions: ReadonlyMap<string, MockAction>;
  /** Documented host names (the endpoint and regional endpoints), for routing by Host header. */
  hosts: string[];
}

/** Where a request says it is going, as far as the protocol tells. */
export interface RouteHints {
  protocol: Protocol;
  action: string;
  /** The Host header (a port, if any, is ignored). */
  host?: string;
  /** API version (TC3 X-TC-Version, Alibaba Version, v1-signed API 3.0 Version). */
  version?: string;
  /** TC3 credential scope service ("cvm"). */
  service?: string;
  /** Explicit choice (X-Mock-Spec header): a spec id or package dir. */
  spec?: string;
}

export type RouteResult =
  | { ok: true; service: MockService; action: MockAction }
  | { ok: false; reason: "version" | "action"; service?: MockService; message: string };

export class Catalog {
  readonly services: MockService[];

  constructor(services: readonly Service[]) {
    // Superseded specs have no package (CONVENTIONS.md): nothing is generated that would call them.
    this.services = services
      .filter((s) => !s.supersededBy)
      .map((service) => {
        const { fixtures } = buildFixtures(service);
        const byName = new Map(fixtures.map((f) => [f.action, f]));
        const actions = new Map<string, MockAction>();
        for (const action of service.actions) actions.set(action.name, { action, fixture: byName.get(action.name)! });
        const hosts = [service.endpoint, ...(service.regions ?? []).map((r) => r.endpoint ?? "")]
          .filter(Boolean)
          .map((h) => hostName(h));
        return {
          id: specPath(service).replace(/\.json$/, ""),
          dir: packageDir(service),
          service,
          types: new Map(service.types.map((t) => [t.name, t])),
          actions,
          hosts,
        };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Every spec file below a spec/ directory (sources/ and report.json are not specs). */
  static fromSpecDir(dir: string, only?: readonly string[]): Catalog {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`no spec directory at ${dir}`);
    const files = listJson(dir)
      .map((f) => relative(dir, f).split(sep).join("/"))
      .filter((rel) => rel.includes("/") && !rel.startsWith("sources/"))
      .filter((rel) => !only || only.includes(rel) || only.includes(rel.replace(/\.json$/, "")));
    const services: Service[] = [];
    for (const rel of files) {
      const value = JSON.parse(readFileSync(join(dir, rel), "utf8")) as Service;
      if (typeof value.service === "string" && Array.isArray(value.actions) && typeof value.protocol === "string") services.push(value);
    }
    return new Catalog(services);
  }

  get actionCount(): number {
    return this.services.reduce((n, s) => n + s.actions.size, 0);
  }

  /**
   * The spec and action a request is for: an explicit X-Mock-Spec first, then a Host header that
   * names a documented endpoint, then what the protocol carries (version, TC3 scope service, unless
   * the scope names no served service), then the action name.
   * Several candidates left (two V2 specs with the same action name): the first by spec id.
   */
  route(hints: RouteHints): RouteResult {
    let candidates = this.services.filter((s) => s.service.protocol === hints.protocol);
    if (hints.spec) {
      const chosen = candidates.filter((s) => s.id === hints.spec || s.dir === hints.spec);
      if (chosen.length) candidates = chosen;
    }
    // The Host header may carry a port (a documented host pointed at the mock): compare the name only.
    const host = hints.host ? hostName(hints.host) : undefined;
    const byHost = host ? candidates.filter((s) => s.hosts.includes(host)) : [];
    if (byHost.length) candidates = byHost;
    // The scope names the service only where the client derived it from a documented host: the
    // official SDK takes the endpoint's first label, so pointed at 127.0.0.1:8080 it signs for
    // service "127". A scope that names no served service is ignored, and the action and version
    // route the request (the signature is still checked with the scope the client used).
    if (hints.service) {
      const named = candidates.filter((s) => s.service.service === hints.service);
      if (named.length || this.services.some((s) => s.service.service === hints.service)) candidates = named;
    }
    if (hints.version) candidates = candidates.filter((s) => s.service.version === hints.version);
    if (candidates.length === 0) {
      const what = [hints.service && `service ${hints.service}`, hints.version && `version ${hints.version}`].filter(Boolean).join(", ");
      return { ok: false, reason: "version", message: `No ${hints.protocol} API is served for ${what || "this request"}.` };
    }
    for (const service of candidates) {
      const action = service.actions.get(hints.action);
      if (action) return { ok: true, service, action };
    }
    return {
      ok: false,
      reason: "action",
      service: candidates[0],
      message: `The action \`${hints.action}\` is not found in ${candidates.map((c) => c.id).join(", ")}.`,
    };
  }
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJson(path));
    else if (entry.name.endsWith(".json")) out.push(path);
  }
  return out;
}

/** "cvm.tencentcloudapi.com", "https://x.y:443/path" or "127.0.0.1:8080" -> the host name alone. */
export function hostName(host: string): string {
  const bare = host.replace(/^[a-z]+:\/\//i, "").split("/")[0]!;
  return bare.replace(/:\d+$/, "").toLowerCase();
}

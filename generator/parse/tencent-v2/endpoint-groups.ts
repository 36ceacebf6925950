// Legacy V2 documents describe several services in one part: each action names the host that
// serves it (`接口请求域名：dfw.api.qcloud.com`), and the hosts are the services (vpc, dfw, eip,
// cvm, image…), each with its own endpoint and signature scope. So one spec file per host, as the
// endpoints group them; the structures go with the actions that use them, and the part-wide
// common errors and public parameters apply to every one of them.
import type { Coverage } from "../../spec/diagnostics.ts";
import type { Action, Struct } from "../../spec/types.ts";
import { typeRefs } from "../../spec/types.ts";

export interface HostedAction {
  action: Action;
  /** The host the section names; undefined when it names none (it then joins the main host). */
  host?: string;
}

export interface EndpointGroup {
  host: string;
  /** The service name: the host's first label (`dfw.api.qcloud.com` -> `dfw`). */
  service: string;
  actions: Action[];
  types: Struct[];
}

/** The host most actions name (ties: alphabetical), the one an action without a host belongs to. */
export function mainHost(actions: readonly HostedAction[]): string | undefined {
  const counts = new Map<string, number>();
  for (const a of actions) if (a.host) counts.set(a.host, (counts.get(a.host) ?? 0) + 1);
  let best: string | undefined;
  for (const [host, n] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (best === undefined || n > counts.get(best)!) best = host;
  return best;
}

export function serviceOfHost(host: string): string {
  return (host.split(".")[0] ?? "").toLowerCase();
}

/**
 * Splits actions by host, in the document order of each host's first action. Every structure
 * goes to each group that reaches it from its actions (through other structures too); a
 * structure no action reaches stays with the main host's group, so nothing is dropped.
 */
export function groupByEndpoint(actions: readonly HostedAction[], types: readonly Struct[], main: string): EndpointGroup[] {
  const groups: EndpointGroup[] = [];
  const byHost = new Map<string, EndpointGroup>();
  for (const a of actions) {
    const host = a.host ?? main;
    let g = byHost.get(host);
    if (!g) {
      g = { host, service: serviceOfHost(host), actions: [], types: [] };
      byHost.set(host, g);
      groups.push(g);
    }
    g.actions.push(a.action);
  }
  if (!byHost.has(main)) {
    const g: EndpointGroup = { host: main, service: serviceOfHost(main), actions: [], types: [] };
    byHost.set(main, g);
    groups.unshift(g);
  }
  const byName = new Map(types.map((t) => [t.name, t]));
  const placed = new Set<string>();
  for (const g of groups) {
    const reached = reachableStructs(g.actions, byName);
    g.types = types.filter((t) => reached.has(t.name));
    for (const n of reached) placed.add(n);
  }
  const orphans = types.filter((t) => !placed.has(t.name));
  if (orphans.length > 0) byHost.get(main)!.types.push(...orphans);
  return groups;
}

/** Names of the structures `actions` reference, directly or through other structures. */
export function reachableStructs(actions: readonly Action[], byName: ReadonlyMap<string, Struct>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (names: string[]) => {
    for (const n of names) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  };
  for (const a of actions) for (const f of [...a.input, ...a.output]) visit(typeRefs(f.type));
  while (queue.length > 0) {
    const s = byName.get(queue.shift()!);
    if (s) for (const f of s.fields) visit(typeRefs(f.type));
  }
  return seen;
}

/** Structure counts and dangling references of one spec's actions and structures. */
export function structCoverage(actions: readonly Action[], types: readonly Struct[]): Pick<Coverage, "structsReferenced" | "structsDefined" | "danglingRefs"> {
  const defined = new Set(types.map((t) => t.name));
  const referenced = new Set<string>();
  for (const a of actions) for (const f of [...a.input, ...a.output]) for (const r of typeRefs(f.type)) referenced.add(r);
  for (const t of types) for (const f of t.fields) for (const r of typeRefs(f.type)) referenced.add(r);
  return {
    structsReferenced: referenced.size,
    structsDefined: defined.size,
    danglingRefs: [...referenced].filter((r) => !defined.has(r)).sort(),
  };
}

// Fault injection: rules that make the mock misbehave the way real services do, so that tests can
// prove retries, timeouts and error mapping. A rule matches by action and spec, applies to its next
// `times` matching requests (then it is gone: "fail twice, then succeed"), or forever.

export type FaultKind =
  /** Answer normally, after `delayMs`. */
  | "delay"
  /** An HTTP 5xx (default 503) with the provider's server-error body. */
  | "status"
  /** The provider's throttling error: RequestLimitExceeded (Tencent), Throttling (Alibaba). */
  | "throttle"
  /** Close the connection without answering. */
  | "drop"
  /** A custom error: `code`, `message`, `status`, in the provider's error shape. */
  | "error";

export interface FaultRule {
  kind: FaultKind;
  /** Only requests for this action (default: all). */
  action?: string;
  /** Only this spec ("tce/vpc/v2") or package dir ("tce-vpc-v2") (default: all). */
  spec?: string;
  /** How many matching requests it applies to (default: every one). */
  times?: number;
  /** Wait this long first (any kind; the whole point of "delay"). */
  delayMs?: number;
  status?: number;
  code?: string;
  message?: string;
}

export interface ActiveFault extends FaultRule {
  id: number;
  /** Requests it has applied to so far. */
  hits: number;
}

const KINDS: readonly FaultKind[] = ["delay", "status", "throttle", "drop", "error"];

/** Checks a rule from an untrusted source (the control endpoint, a header). */
export function parseFaultRule(value: unknown): FaultRule {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("a fault rule is a JSON object");
  const v = value as Record<string, unknown>;
  if (!KINDS.includes(v.kind as FaultKind)) throw new Error(`fault kind must be one of ${KINDS.join(", ")}`);
  const rule: FaultRule = { kind: v.kind as FaultKind };
  for (const name of ["action", "spec", "code", "message"] as const) {
    if (v[name] === undefined) continue;
    if (typeof v[name] !== "string") throw new Error(`fault ${name} must be a string`);
    rule[name] = v[name] as string;
  }
  for (const name of ["times", "delayMs", "status"] as const) {
    if (v[name] === undefined) continue;
    const n = v[name];
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new Error(`fault ${name} must be a non-negative integer`);
    rule[name] = n;
  }
  if (rule.status !== undefined && (rule.status < 100 || rule.status > 599)) throw new Error("fault status must be an HTTP status");
  return rule;
}

/**
 * The X-Mock-Fault header of one request: "throttle", "drop", "status=502", "delay=200",
 * "error=InvalidInstanceId.NotFound", several joined by ";" ("delay=100;status=503").
 */
export function parseFaultHeader(text: string): FaultRule {
  const rule: Record<string, unknown> = {};
  for (const part of text.split(";").map((p) => p.trim()).filter(Boolean)) {
    const [name, value] = part.split("=", 2).map((s) => s.trim()) as [string, string | undefined];
    if (name === "delay") {
      rule.delayMs = Number(value ?? 0);
      rule.kind ??= "delay";
    } else if (name === "status") {
      rule.kind = "status";
      if (value !== undefined) rule.status = Number(value);
    } else if (name === "error") {
      rule.kind = "error";
      if (value !== undefined) rule.code = value;
    } else if (name === "throttle" || name === "drop") rule.kind = name;
    else throw new Error(`unknown fault "${name}" in X-Mock-Fault`);
  }
  return parseFaultRule(rule);
}

export class FaultPlan {
  #next = 1;
  readonly #rules: ActiveFault[] = [];

  add(rule: FaultRule): ActiveFault {
    const active: ActiveFault = { ...parseFaultRule(rule), id: this.#next++, hits: 0 };
    // times: 0 applies to no request at all.
    if (active.times !== 0) this.#rules.push(active);
    return active;
  }

  remove(id: number): void {
    const i = this.#rules.findIndex((r) => r.id === id);
    if (i >= 0) this.#rules.splice(i, 1);
  }

  clear(): void {
    this.#rules.length = 0;
  }

  get rules(): readonly ActiveFault[] {
    return this.#rules;
  }

  /** The first rule matching the request, counted as applied (and dropped once used up). */
  take(request: { action?: string; spec?: readonly string[] }): FaultRule | undefined {
    const i = this.#rules.findIndex(
      (r) => (r.action === undefined || r.action === request.action) && (r.spec === undefined || (request.spec ?? []).includes(r.spec)),
    );
    if (i < 0) return undefined;
    const rule = this.#rules[i]!;
    rule.hits++;
    if (rule.times !== undefined && rule.hits >= rule.times) this.#rules.splice(i, 1);
    return rule;
  }
}

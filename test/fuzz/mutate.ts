// Mutation fuzzing of the parse entry (issue 14): short excerpts of the bundled documents, damaged
// the way hostile or broken exports are (lines deleted, duplicated, swapped; one character of a
// heading changed; `__proto__` keys; deep brackets; long whitespace; unclosed tags; truncation;
// two documents pasted together), then parsed. Shared by test/parse/fuzz.test.ts (a few hundred
// mutations, fixed seed) and test/fuzz/run.ts (`npm run fuzz`, a longer campaign).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionMarkers } from "../../generator/parse/action-markers.ts";
import { parseDocument } from "../../generator/parse/index.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same campaign. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Seed {
  name: string;
  lines: string[];
}

/** Excerpts of the bundled documents, each a part some dialect detects (or, for one, none does). */
const EXCERPTS: [name: string, file: string, from: number, to: number][] = [
  ["ecm api3 (6500-7300)", "tencentcloud-ecm-2019-07-19.txt", 6500, 7300],
  ["lighthouse api3 (8000-8700)", "tencentcloud-lighthouse-2020-03-24.txt", 8000, 8700],
  ["cvm legacy v2 (50618-51900)", "tencentcloud-cvm-2017-03-12.txt", 50618, 51900],
  ["cvm legacy 2017 (40506-41700)", "tencentcloud-cvm-2017-03-12.txt", 40506, 41700],
  ["tce v2 (4375-4900)", "tce-vpc.txt", 4375, 4900],
  ["tce api3 (13213-13900)", "tce-vpc.txt", 13213, 13900],
  ["aliyun rpc (1-1000)", "aliyun-apsara-ecs-2014-05-26.txt", 1, 1000],
];

export function loadSeeds(): Seed[] {
  const cache = new Map<string, string[]>();
  const read = (file: string) => {
    if (!cache.has(file)) cache.set(file, readFileSync(join(REPO_ROOT, "spec", "sources", file), "utf8").split("\n"));
    return cache.get(file)!;
  };
  const seeds: Seed[] = [{ name: "ecm mini (test/parse/fixtures/ecm-mini.txt)", lines: readFileSync(join(REPO_ROOT, "test", "parse", "fixtures", "ecm-mini.txt"), "utf8").replace(/\n$/, "").split("\n") }];
  for (const [name, file, from, to] of EXCERPTS) seeds.push({ name, lines: read(file).slice(from - 1, to) });
  return seeds;
}

export interface Sizes {
  /** Deepest bracket nesting inserted. */
  depth: number;
  /** Longest run of spaces inserted. */
  spaces: number;
  /** Most unclosed tags inserted in one cell. */
  tags: number;
}
export const CI_SIZES: Sizes = { depth: 3000, spaces: 20_000, tags: 3000 };
export const CAMPAIGN_SIZES: Sizes = { depth: 8000, spaces: 80_000, tags: 10_000 };

type Op = (lines: string[], rnd: () => number, ctx: { sizes: Sizes; seeds: Seed[] }) => string[];

const pick = <T>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)]!;
const at = (lines: string[], rnd: () => number) => Math.floor(rnd() * Math.max(1, lines.length));
const insert = (lines: string[], i: number, ...add: string[]) => [...lines.slice(0, i), ...add, ...lines.slice(i)];
const upTo = (n: number, rnd: () => number) => 1 + Math.floor(rnd() * n);

/** Lines the dialects key on: headings, title anchors, Action/Version rows, table headers. */
const MARKED = /接口描述|输入参数|输出参数|示例|错误码|数据结构|本接口|最近更新时间|^\s*\d+(\.\d+)*\.?\s|^(Action|Version|Region)\b|参数名称|名称\s+类型|请求参数|返回参数|API\s*概览|简介/;
const SUBSTITUTES = ["", " ", "。", "1", "2", "：", ":", "迷", "接", "A", "\t", "(", "（", "\u2028", "\u00a0", "\ufeff", "\u0000"];

const HOSTILE = [
  "&__proto__.polluted=yes",
  "&__proto__.nullable=true",
  "&constructor.prototype.polluted=yes",
  "__proto__ 否 String 原型。示例值：x",
  "Foo-Bar 否 String 横线名。",
  "Baz 否 Foo; process.exit() 坏类型。",
  "constructor 是 String 构造器。",
  '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}',
  "Action 是 String 公共参数，本接口取值：__proto__。",
  "本接口（constructor）用于测试。",
  "__proto__\tString\t是\t系统规定参数。取值：hasOwnProperty。",
  "| __proto__ | 是 | String | 原型 |",
];

const OPS: Record<string, Op> = {
  deleteLine: (l, r) => {
    const i = at(l, r);
    return [...l.slice(0, i), ...l.slice(i + upTo(3, r))];
  },
  duplicateLine: (l, r) => {
    const i = at(l, r);
    return insert(l, i, ...l.slice(i, i + upTo(3, r)));
  },
  swapLines: (l, r) => {
    const out = [...l];
    const i = at(l, r);
    const j = r() < 0.5 ? Math.min(l.length - 1, i + 1) : at(l, r);
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  },
  headingChar: (l, r) => {
    const marked = l.flatMap((t, i) => (MARKED.test(t) ? [i] : []));
    if (marked.length === 0) return l;
    const i = pick(marked, r);
    const t = l[i]!;
    const k = Math.floor(r() * Math.max(1, t.length));
    const out = [...l];
    out[i] = t.slice(0, k) + pick(SUBSTITUTES, r) + t.slice(k + 1);
    return out;
  },
  hostileKeys: (l, r) => insert(l, at(l, r), pick(HOSTILE, r)),
  deepBrackets: (l, r, { sizes }) => {
    const n = upTo(sizes.depth, r);
    const open = pick(["[", '{"a":', "{", '{"__proto__":'], r);
    const line = r() < 0.5 ? open.repeat(n) : open.repeat(n) + "1" + (open === "[" ? "]" : "}").repeat(n);
    return insert(l, at(l, r), line);
  },
  longWhitespace: (l, r, { sizes }) => {
    const n = upTo(sizes.spaces, r);
    const ws = pick([" ", "\t", "\u3000", " \n"], r).repeat(n);
    const i = at(l, r);
    if (ws.includes("\n")) return insert(l, i, ...ws.split("\n"));
    const out = [...l];
    out[i] = r() < 0.5 ? ws : `${out[i] ?? ""}${ws}x`;
    return out;
  },
  unclosedTags: (l, r, { sizes }) => {
    const n = upTo(sizes.tags, r);
    const tag = pick(["<code>", "<b>", "<ul><li>", "<table><tr><td>", "<!--", "<"], r);
    return insert(l, at(l, r), `Foo\tString\t是\t${tag.repeat(n)}描述`);
  },
  truncate: (l, r) => {
    const i = Math.max(1, at(l, r));
    const out = l.slice(0, i);
    const last = out[out.length - 1] ?? "";
    if (r() < 0.5) out[out.length - 1] = last.slice(0, Math.floor(r() * last.length));
    return out;
  },
  moveBlock: (l, r) => {
    const i = at(l, r);
    const n = upTo(60, r);
    const block = l.slice(i, i + n);
    const rest = [...l.slice(0, i), ...l.slice(i + n)];
    return insert(rest, at(rest, r), ...block);
  },
  concatenate: (l, r, { seeds }) => (r() < 0.5 ? [...l, ...pick(seeds, r).lines] : [...pick(seeds, r).lines, ...l]),
  blankLines: (l, r) => {
    const out = [...l];
    const i = at(l, r);
    out[i] = r() < 0.5 ? "" : "\r";
    return out;
  },
};
export const OPERATORS = Object.keys(OPS);

export interface Mutant {
  seed: string;
  ops: string[];
  lines: string[];
}

/** One mutant: a seed with 1-3 operators applied. */
export function mutate(seeds: Seed[], rnd: () => number, sizes: Sizes): Mutant {
  const seed = pick(seeds, rnd);
  let lines = seed.lines;
  const ops: string[] = [];
  const n = upTo(3, rnd);
  for (let k = 0; k < n; k++) {
    const op = pick(OPERATORS, rnd);
    ops.push(op);
    lines = OPS[op]!(lines, rnd, { sizes, seeds });
  }
  if (lines.length === 0 || lines.every((t) => t.trim() === "")) lines = ["(empty)"];
  return { seed: seed.name, ops, lines };
}

export interface Outcome {
  /** Uncaught error, or the message of a broken invariant. */
  failure?: string;
  /** Actions only the shared safety net accounted for (the dialect itself said nothing). */
  caughtByNet: number;
  ms: number;
}

/**
 * Parses one mutant and checks: nothing throws; every action a section marker names is an action
 * of a spec or named by a diagnostic; diagnostics carry a line; the spec serializes.
 */
export function check(m: Mutant): Outcome {
  const t0 = performance.now();
  let r: ReturnType<typeof parseDocument>;
  try {
    r = parseDocument({ file: "mutant.txt", lines: m.lines });
  } catch (e) {
    return { failure: `uncaught ${(e as Error).name}: ${(e as Error).message?.slice(0, 200)}`, caughtByNet: 0, ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  const inSpec = new Set(r.services.flatMap((s) => s.actions.map((a) => a.name)));
  const words = new Set(r.diagnostics.items.flatMap((d) => d.message.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []));
  const lost = actionMarkers({ file: "mutant.txt", lines: m.lines }).filter((k) => !inSpec.has(k.name) && !words.has(k.name));
  if (lost.length) return { failure: `actions neither in the spec nor in a diagnostic: ${lost.map((k) => `${k.name}@${k.line}`).join(", ")}`, caughtByNet: 0, ms };
  const badLine = r.diagnostics.items.find((d) => !Number.isInteger(d.line) || d.line < 1);
  if (badLine) return { failure: `diagnostic without a line: ${badLine.code} ${badLine.line}`, caughtByNet: 0, ms };
  try {
    JSON.stringify(r.services);
  } catch (e) {
    return { failure: `spec does not serialize: ${(e as Error).message.slice(0, 200)}`, caughtByNet: 0, ms };
  }
  const caughtByNet = r.diagnostics.items.filter((d) => d.code === "action.unaccounted").length;
  return { caughtByNet, ms };
}

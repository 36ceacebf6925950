// Parsing every bundled document with the registered dialects (issue 2's target: all of them in
// under 2 s here). Reading the files is timed apart; the parse is timed over a warm-up run and
// then the best of three, per document and in total.
//
// Then the cost of large and hostile input (issue 14 item 5): each seed document concatenated 1x,
// 4x and 16x (per-MB time at 16x within 1.2x of 1x counts as linear), a line of 80,000 spaces in
// an example, and the largest input tried (about 100 MB, in a child process of its own so that its
// peak RSS is its own).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeSourceDocument, readSourceDocument, type SourceDocument } from "../../generator/parse/document.ts";
import { parseDocument } from "../../generator/parse/index.ts";
import { defaultInputs, REPO_ROOT } from "../../generator/pipeline/generate.ts";

const TARGET_MS = 2000;
/** Per-MB time at 16x may be at most this multiple of the 1x time. */
const LINEAR_WITHIN = 1.2;
/** Seeds of the scaling runs: one per family of dialects (PDF page model, markdown tables). */
const SEEDS = ["tencentcloud-ecm-2019-07-19.txt", "aliyun-apsara-ecs-2014-05-26.txt", "tce-vpc.txt"];
/** The seed of the largest run: the one whose copies are parsed most (API 3.0 and Alibaba copies after the first add no action). */
const LARGE_SEED = process.env.DOCS2SDK_BENCH_LARGE_SEED ?? "tce-vpc.txt";
const LARGE_MB = Number(process.env.DOCS2SDK_BENCH_MB ?? 100);
const LARGE_ENV = "DOCS2SDK_BENCH_LARGE_MB";

const source = (name: string) => readFileSync(join(REPO_ROOT, "spec", "sources", name), "utf8").replace(/\n$/, "");

function timeParse(doc: SourceDocument, runs = 3): { ms: number; actions: number; diagnostics: number } {
  let best = Infinity;
  let actions = 0;
  let diagnostics = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = parseDocument(doc);
    best = Math.min(best, performance.now() - t);
    actions = r.services.reduce((n, s) => n + s.actions.length, 0);
    diagnostics = r.diagnostics.items.length;
  }
  return { ms: best, actions, diagnostics };
}

function docOf(text: string, file: string): SourceDocument {
  return decodeSourceDocument(new TextEncoder().encode(text), file);
}

const mb = (text: string) => Buffer.byteLength(text) / 1e6;

export async function run(): Promise<void> {
  let t = performance.now();
  const docs: SourceDocument[] = defaultInputs(REPO_ROOT).map((p) => readSourceDocument(p, p.slice(join(REPO_ROOT, "/").length)));
  const readMs = performance.now() - t;
  for (const doc of docs) parseDocument(doc); // warm-up: JIT and module initialisation
  let total = 0;
  for (const doc of docs) {
    const r = timeParse(doc);
    total += r.ms;
    console.log(`${doc.file.padEnd(52)} ${String(doc.lines.length).padStart(6)} lines  ${String(r.actions).padStart(4)} actions  ${r.ms.toFixed(0).padStart(5)} ms`);
  }
  console.log(`read all documents: ${readMs.toFixed(0)} ms`);
  console.log(`parse all documents: ${total.toFixed(0)} ms (target < ${TARGET_MS} ms: ${total < TARGET_MS ? "met" : "NOT met"})`);

  console.log(`\nscaling: each seed concatenated 1x, 4x, 16x (linear: per-MB time at 16x within ${LINEAR_WITHIN}x of 1x)`);
  for (const seed of SEEDS) {
    const text = source(seed);
    const perMb: number[] = [];
    const cells: string[] = [];
    for (const n of [1, 4, 16]) {
      const big = Array.from({ length: n }, () => text).join("\n");
      const r = timeParse(docOf(big, `${n}x ${seed}`), n === 16 ? 1 : 3);
      perMb.push(r.ms / mb(big));
      // (The actions column says how much of each copy became spec: copies of one API 3.0 or
      // Alibaba document after the first add no action, so their time is mostly cleaning and detection.)
      cells.push(`${n}x ${mb(big).toFixed(1)} MB ${r.ms.toFixed(0)} ms (${(r.ms / mb(big)).toFixed(0)} ms/MB, ${r.actions} actions)`);
    }
    const ratio = perMb[2]! / perMb[0]!;
    console.log(`${seed.padEnd(40)} ${cells.join("  ")}  16x/1x per MB ${ratio.toFixed(2)}: ${ratio <= LINEAR_WITHIN ? "linear" : "NOT linear"}`);
  }

  console.log("\na line of 80,000 spaces (between two letters) in an example, against the same document without it");
  for (const [seed, after] of [
    ["tencentcloud-ecm-2019-07-19.txt", /^"Response": \{/],
    ["aliyun-apsara-ecs-2014-05-26.txt", /^请求示例$/],
    ["tce-vpc.txt", /^&/],
    ["tencentcloud-cvm-2017-03-12.txt", /^"RequestId"/],
  ] as const) {
    const lines = source(seed).split("\n");
    const base = timeParse(docOf(lines.join("\n"), seed), 1);
    const at = lines.findIndex((l, i) => i > lines.length / 3 && after.test(l));
    lines.splice(at + 1, 0, `x${" ".repeat(80_000)}x`);
    const spaced = timeParse(docOf(lines.join("\n"), seed), 1);
    console.log(`${seed.padEnd(40)} line ${at + 2}: ${spaced.ms.toFixed(0)} ms (without it ${base.ms.toFixed(0)} ms)`);
  }

  unclosedCodeTags();

  console.log(`\nlargest input tried: ${LARGE_SEED} concatenated to about ${LARGE_MB} MB, in a child process`);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, [LARGE_ENV]: String(LARGE_MB) },
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) console.log(`the child failed (status ${child.status}, signal ${child.signal}): ${(child.stderr ?? "").slice(-400)}`);
  else console.log(child.stdout.trim());
}

/** Unclosed `<code>` tags in one table cell at 1x. */
const UNCLOSED_CODE_TAGS = 40_000;

/**
 * A parameter row whose description is a line of unclosed `<code>` tags (issue 20 item 8: the code
 * span regex made this quadratic, 9.9 s for 40,000), at 1x, 4x and 16x the tags; the time is the
 * parse with the row less the parse without it, per 1,000 tags.
 */
export function unclosedCodeTags(): void {
  console.log(`\na row of ${UNCLOSED_CODE_TAGS.toLocaleString("en")} unclosed <code> tags (1x, 4x, 16x; linear: per-tag time at 16x within ${LINEAR_WITHIN}x of 1x)`);
  const seed = "aliyun-apsara-ecs-2014-05-26.txt";
  const lines = source(seed).split("\n");
  const at = lines.findIndex((l) => l.startsWith("DiskId\tString\t是\t"));
  const base = timeParse(docOf(lines.join("\n"), seed), 3).ms;
  const perTag: number[] = [];
  const cells: string[] = [];
  for (const n of [1, 4, 16]) {
    const tags = n * UNCLOSED_CODE_TAGS;
    const withRow = [...lines.slice(0, at + 1), `DiskName\tString\t否\t${"<code>*x* ".repeat(tags)}`, ...lines.slice(at + 1)];
    const ms = timeParse(docOf(withRow.join("\n"), seed), n === 16 ? 1 : 3).ms - base;
    perTag.push(ms / tags);
    cells.push(`${n}x ${tags} tags ${ms.toFixed(0)} ms (${((ms / tags) * 1000).toFixed(1)} ms per 1,000)`);
  }
  const ratio = perTag[2]! / perTag[0]!;
  console.log(`${seed.padEnd(40)} line ${at + 2}: ${cells.join("  ")}  16x/1x per tag ${ratio.toFixed(2)}: ${ratio <= LINEAR_WITHIN ? "linear" : "NOT linear"}`);
}

/** The large run: read, decode and parse one document of about `targetMb` MB, then report time and peak RSS. */
function runLarge(targetMb: number): void {
  const text = source(LARGE_SEED);
  const copies = Math.max(1, Math.round(targetMb / mb(text)));
  const bytes = new TextEncoder().encode(Array.from({ length: copies }, () => text).join("\n"));
  let t = performance.now();
  const doc = decodeSourceDocument(bytes, `${copies}x ${LARGE_SEED}`);
  const decodeMs = performance.now() - t;
  t = performance.now();
  const r = parseDocument(doc);
  const parseMs = performance.now() - t;
  const actions = r.services.reduce((n, s) => n + s.actions.length, 0);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${(bytes.length / 1e6).toFixed(0)} MB (${copies} copies, ${doc.lines.length} lines): decode ${decodeMs.toFixed(0)} ms, parse ${(parseMs / 1000).toFixed(1)} s ` +
      `(${(parseMs / (bytes.length / 1e6)).toFixed(0)} ms/MB), ${actions} actions, ${r.diagnostics.items.length} diagnostics, peak RSS ${rssMb.toFixed(0)} MB`,
  );
}

if (process.env[LARGE_ENV] && process.argv[1] === fileURLToPath(import.meta.url)) runLarge(Number(process.env[LARGE_ENV]));

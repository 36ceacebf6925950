// Scale (issue 22): a whole cloud catalogue, made of the bundled documents copied under distinct
// service names (scale-catalogue.ts), generated in a temporary project as a user would run it: each
// step is `docs2sdk generate` in a child process of its own, timed on the wall clock, with its peak
// RSS (GNU time's maximum resident set size; the run's worker threads are inside it).
//
// Steps at each size: cold (no cache, no output), no-op (nothing changed), one edited description in
// one document, and `--check` when up to date. Sizes are multiples of 1,625 actions, so 8x is the
// ~13,000 actions of the Tencent Cloud API 3.0 catalogue; `npm run bench -- scale --sizes=1,2` picks
// some (default 1,2,4,8). `--keep` leaves the projects in the temporary directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { editOneDescription, seedDocuments, writeCatalogue } from "./scale-catalogue.ts";

const ACTIONS_PER_X = 1625;
const TARGET_ACTIONS = 13_000;
/** Every step's time per 1,000 actions at the largest size may be at most this multiple of the smallest's. */
const LINEAR_WITHIN = 1.2;
const STEP_TIMEOUT_MS = 10 * 60 * 1000;
const STEPS = ["cold", "no-op", "edit", "check"] as const;
type Step = (typeof STEPS)[number];
/** Targets at ~13,000 actions, in seconds. */
const TARGET_S: Record<Step, number> = { cold: 150, "no-op": 5, edit: 15, check: 10 };
const TARGET_RSS_MB = 1536;

interface Measured {
  seconds: number;
  rssMb: number | undefined;
  exitCode: number | null;
}

interface SizeResult {
  x: number;
  documents: number;
  actions: number;
  steps: Record<Step, Measured>;
}

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : (arg.split("=")[1] ?? "");
}

/** Runs the docs2sdk command in `cwd`; GNU time (when present) reports the peak RSS. */
function timeGenerate(cwd: string, args: string[]): Measured {
  const command = [join(REPO_ROOT, "bin", "docs2sdk.mjs"), "generate", "-q", ...args];
  const gnuTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const child = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "maxrss-kb %M", process.execPath, ...command], { cwd, encoding: "utf8", timeout: STEP_TIMEOUT_MS })
    : spawnSync(process.execPath, command, { cwd, encoding: "utf8", timeout: STEP_TIMEOUT_MS });
  const seconds = (performance.now() - started) / 1000;
  const rss = /maxrss-kb (\d+)/.exec(child.stderr ?? "");
  if (child.status !== 0) process.stdout.write(`  (exit ${child.status}${child.signal ? `, ${child.signal}` : ""}: ${(child.stderr ?? "").trim().split("\n").slice(-3).join(" | ")})\n`);
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : undefined, exitCode: child.status };
}

function measureSize(x: number, keep: boolean, seeds: ReturnType<typeof seedDocuments>): SizeResult {
  const root = mkdtempSync(join(tmpdir(), `docs2sdk-bench-scale-${x}x-`));
  try {
    const catalogue = writeCatalogue(root, x * ACTIONS_PER_X, seeds);
    process.stdout.write(`${x}x: ${catalogue.documents.length} documents, ${catalogue.actions} actions in ${root}\n`);
    const edited = catalogue.documents.find((d) => d.includes("lighthouse")) ?? catalogue.documents[0]!;
    const steps = {} as Record<Step, Measured>;
    const step = (name: Step, args: string[] = []) => {
      steps[name] = timeGenerate(root, args);
      process.stdout.write(`  ${name}: ${steps[name].seconds.toFixed(1)} s, peak RSS ${mb(steps[name].rssMb)}\n`);
    };
    step("cold");
    step("no-op");
    editOneDescription(join(root, edited), `scale bench ${x}x`);
    step("edit");
    step("check", ["--check"]);
    return { x, documents: catalogue.documents.length, actions: catalogue.actions, steps };
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

const mb = (v: number | undefined) => (v === undefined ? "n/a" : `${v.toFixed(0)} MB`);
const perThousand = (r: SizeResult, s: Step) => (r.steps[s].seconds / r.actions) * 1000;

function printSummary(results: SizeResult[]): void {
  console.log("\n| size | documents | actions | cold | no-op | one edit | --check | peak RSS |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const cell = (s: Step) => `${r.steps[s].seconds.toFixed(1)} s${r.steps[s].exitCode === 0 ? "" : ` (exit ${r.steps[s].exitCode})`}`;
    const rss = Math.max(...STEPS.map((s) => r.steps[s].rssMb ?? 0));
    console.log(`| ${r.x}x | ${r.documents} | ${r.actions} | ${STEPS.map(cell).join(" | ")} | ${mb(rss || undefined)} |`);
  }
  const largest = results[results.length - 1]!;
  const smallest = results[0]!;
  const projected = largest.actions < TARGET_ACTIONS * 0.95;
  // A step with a fixed cost (process start) is projected on the line through the smallest and the
  // largest size; with one size, in proportion to its actions (an overestimate for such steps).
  const project = (s: Step) => {
    if (results.length < 2) return perThousand(largest, s) * (TARGET_ACTIONS / 1000);
    const slope = (largest.steps[s].seconds - smallest.steps[s].seconds) / (largest.actions - smallest.actions);
    return largest.steps[s].seconds + slope * (TARGET_ACTIONS - largest.actions);
  };
  const how = results.length < 2 ? `in proportion to ${largest.x}x, ${largest.actions} actions` : `on the line through ${smallest.x}x and ${largest.x}x`;
  console.log(`\nAt ~${TARGET_ACTIONS} actions${projected ? ` (projected ${how})` : ` (${largest.x}x, ${largest.actions} actions)`}:`);
  for (const s of STEPS) {
    const seconds = projected ? project(s) : largest.steps[s].seconds;
    console.log(`  ${s.padEnd(6)} ${seconds.toFixed(1)} s (target <= ${TARGET_S[s]} s) ${seconds <= TARGET_S[s] ? "met" : "NOT met"}`);
  }
  const rss = Math.max(...STEPS.map((s) => largest.steps[s].rssMb ?? 0));
  console.log(`  peak RSS ${mb(rss || undefined)} at ${largest.actions} actions (target <= ${TARGET_RSS_MB} MB at ${TARGET_ACTIONS})${projected ? " (measured, not projected)" : ""}`);
  if (results.length < 2) return;
  console.log(`Linearity, time per 1,000 actions at ${largest.x}x over ${smallest.x}x (target <= ${LINEAR_WITHIN}):`);
  for (const s of STEPS) {
    const ratio = perThousand(largest, s) / perThousand(smallest, s);
    console.log(`  ${s.padEnd(6)} ${perThousand(smallest, s).toFixed(2)} -> ${perThousand(largest, s).toFixed(2)} s: ${ratio.toFixed(2)} ${ratio <= LINEAR_WITHIN ? "linear" : "NOT linear"}`);
  }
}

export async function run(): Promise<void> {
  const sizes = (flag("sizes") ?? "1,2,4,8").split(",").map(Number).filter((n) => n > 0);
  const keep = flag("keep") !== undefined;
  const seeds = seedDocuments();
  const results: SizeResult[] = [];
  for (const x of sizes.sort((a, b) => a - b)) results.push(measureSize(x, keep, seeds));
  if (results.length) printSummary(results);
}

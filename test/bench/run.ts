// `npm run bench`: runs every test/bench/*.bench.ts in turn (or those named on the command line).
// Each module exports `run(): Promise<void>` and prints its own results. Targets are printed next to
// the measurements; benchmarks report, they do not fail the build. Arguments starting with "--" are
// options of the benchmarks themselves (`npm run bench -- scale --sizes=1,2`), not names.
import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const dir = import.meta.dirname;
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of files) {
  process.stdout.write(`\n## ${file.replace(/\.bench\.ts$/, "")}\n`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}

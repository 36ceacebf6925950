// Parsing every bundled document with the registered dialects (issue 2's target: all of them in
// under 2 s here). Reading the files is timed apart; the parse is timed over a warm-up run and
// then the best of three, per document and in total.
import { join } from "node:path";
import { readSourceDocument, type SourceDocument } from "../../generator/parse/document.ts";
import { parseDocument } from "../../generator/parse/index.ts";
import { defaultInputs, REPO_ROOT } from "../../generator/pipeline/generate.ts";

const TARGET_MS = 2000;

export async function run(): Promise<void> {
  let t = performance.now();
  const docs: SourceDocument[] = defaultInputs(REPO_ROOT).map((p) => readSourceDocument(p, p.slice(join(REPO_ROOT, "/").length)));
  const readMs = performance.now() - t;
  for (const doc of docs) parseDocument(doc); // warm-up: JIT and module initialisation
  let total = 0;
  for (const doc of docs) {
    let best = Infinity;
    let actions = 0;
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const r = parseDocument(doc);
      best = Math.min(best, performance.now() - t);
      actions = r.services.reduce((n, s) => n + s.actions.length, 0);
    }
    total += best;
    console.log(`${doc.file.padEnd(52)} ${String(doc.lines.length).padStart(6)} lines  ${String(actions).padStart(4)} actions  ${best.toFixed(0).padStart(5)} ms`);
  }
  console.log(`read all documents: ${readMs.toFixed(0)} ms`);
  console.log(`parse all documents: ${total.toFixed(0)} ms (target < ${TARGET_MS} ms: ${total < TARGET_MS ? "met" : "NOT met"})`);
}

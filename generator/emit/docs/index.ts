// Emits the reference docs: per client package README.md + docs/** (Markdown), and the static
// site generated/docs-site/** (HTML) covering every spec, superseded ones included.
import type { Emitter, LoadedSpec } from "../emitter.ts";
import type { Diagnostics } from "../../spec/diagnostics.ts";
import { packageDocs } from "./markdown.ts";
import { packageOf, pagedItems } from "./model.ts";
import { renderSite, type SiteSpec } from "./site.ts";
import { loadMarkdownTemplates, loadSiteTemplates } from "./templates.ts";

const PROVIDERS = new Set(["tencentcloud", "tce", "aliyun"]);
const SERVICE = /^[a-z][a-z0-9-]*$/;
const VERSION = /^(\d{4}-\d{2}-\d{2}(-[a-z0-9]+)?|v\d+)$/;

/** Specs whose names can safely become directories, with the items that get pages. */
function pageableSpecs(specs: LoadedSpec[], diagnostics: Diagnostics): SiteSpec[] {
  const out: SiteSpec[] = [];
  for (const { path, service } of [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!PROVIDERS.has(service.provider) || !SERVICE.test(service.service) || !VERSION.test(service.version)) {
      diagnostics.error("docs.bad-spec-name", service.source?.startLine ?? 1, `${path}: provider/service/version do not form a safe path; no docs are written for it`);
      continue;
    }
    out.push({ path, service, ...pagedItems(service, path, diagnostics) });
  }
  return out;
}

export const docsEmitter: Emitter = {
  name: "docs",
  async emit({ specs, templatesDir, diagnostics }) {
    const out = new Map<string, string>();
    const pageable = pageableSpecs(specs, diagnostics);
    const markdown = loadMarkdownTemplates(templatesDir);
    const owners = new Map<string, string>();
    for (const spec of pageable) {
      const pkg = packageOf(spec.service);
      if (!pkg) continue;
      const owner = owners.get(pkg.dir);
      if (owner) {
        diagnostics.error("docs.package-collision", spec.service.source?.startLine ?? 1, `${spec.path} and ${owner} both map to package ${pkg.dir}; only the first gets docs`);
        continue;
      }
      owners.set(pkg.dir, spec.path);
      for (const [file, content] of packageDocs(spec.service, spec, pkg, markdown)) out.set(`${pkg.dir}/${file}`, content);
    }
    for (const [file, content] of renderSite(pageable, loadSiteTemplates(templatesDir))) out.set(file, content);
    return out;
  },
};

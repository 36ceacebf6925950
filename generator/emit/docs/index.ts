// The reference docs, as three emitters: per client package README.md + docs/** (Markdown, one spec
// at a time, so a changed document re-emits only its package), and the static site
// generated/docs-site/** (HTML) over every spec, superseded ones included: each spec's pages (one
// spec at a time) and the index pages over all of them (from a digest of each spec).
import type { Emitter, LoadedSpec } from "../emitter.ts";
import { Diagnostics } from "../../spec/diagnostics.ts";
import { packageDocs } from "./markdown.ts";
import { mcpPackageDir, mcpPackageName } from "../naming.ts";
import { packageOf, pagedItems } from "./model.ts";
import { renderServicePages, renderSiteIndex, siteIndexDigest, type SiteSpec } from "./site.ts";
import { loadMarkdownTemplates, loadSiteTemplates } from "./templates.ts";

const PROVIDERS = new Set(["tencentcloud", "tce", "aliyun"]);
const SERVICE = /^[a-z][a-z0-9-]*$/;
const VERSION = /^(\d{4}-\d{2}-\d{2}(-[a-z0-9]+)?|v\d+)$/;

/** Specs whose names can safely become directories, with the items that get pages. */
function pageableSpecs(specs: LoadedSpec[], diagnostics: Diagnostics): SiteSpec[] {
  const out: SiteSpec[] = [];
  for (const { path, service } of [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!PROVIDERS.has(service.provider) || !SERVICE.test(service.service) || !VERSION.test(service.version)) {
      diagnostics.report("docs.bad-spec-name", service.source?.startLine ?? 1, `${path}: provider/service/version do not form a safe path; no docs are written for it`);
      continue;
    }
    out.push({ path, service, ...pagedItems(service, path, diagnostics) });
  }
  return out;
}

/** Per client package: README.md and docs/** (Markdown). Depends on its own spec only. */
export const docsEmitter: Emitter = {
  name: "docs",
  perSpec: true,
  async emit({ specs, templatesDir, diagnostics, packages }) {
    const out = new Map<string, string>();
    if (specs.length === 0) return out;
    const markdown = loadMarkdownTemplates(templatesDir);
    // Two current specs for one package is a spec problem (one should be supersededBy the other);
    // the docs follow the newest version and say so.
    const owners = new Map<string, SiteSpec>();
    for (const spec of pageableSpecs(specs, diagnostics)) {
      const pkg = packageOf(spec.service, packages);
      if (!pkg) continue;
      const owner = owners.get(pkg.dir);
      if (owner) {
        const [older, newer] = owner.service.version < spec.service.version ? [owner, spec] : [spec, owner];
        diagnostics.report("docs.package-collision", older.service.source?.startLine ?? 1, `${older.path} and ${newer.path} both map to package ${pkg.dir} and neither is superseded; the package docs follow ${newer.path}`);
        owners.set(pkg.dir, newer);
      } else owners.set(pkg.dir, spec);
    }
    for (const spec of owners.values()) {
      const pkg = packageOf(spec.service, packages)!;
      // The mcp emitter's server package for this client, unless the config leaves that emitter out.
      const mcp = packages?.packaging?.mcp === false ? undefined : { name: mcpPackageName(spec.service, packages), dir: mcpPackageDir(spec.service) };
      for (const [file, content] of packageDocs(spec.service, spec, pkg, markdown, packages?.packaging?.debugVariable, mcp)) out.set(`${pkg.dir}/${file}`, content);
    }
    return out;
  },
};

/** The static site's pages of each spec (generated/docs-site/<provider>/<service>/<version>/**), superseded ones included. */
export const docsSiteEmitter: Emitter = {
  name: "docs-site",
  perSpec: true,
  async emit({ specs, templatesDir, diagnostics, packages }) {
    const out = new Map<string, string>();
    const templates = loadSiteTemplates(templatesDir);
    for (const spec of specs) {
      // The package docs report the problems of the specs they cover; the site reports those of the
      // superseded specs, which only it shows.
      const reported = spec.service.supersededBy ? diagnostics : new Diagnostics(diagnostics.file);
      for (const pageable of pageableSpecs([spec], reported)) for (const [path, text] of renderServicePages(pageable, templates, packages)) out.set(path, text);
    }
    return out;
  },
};

/** The static site's pages over every spec: home, provider pages, search index, llms.txt, assets. */
export const docsSiteIndexEmitter: Emitter = {
  name: "docs-site-index",
  reduce: siteIndexDigest,
  async emit({ specs, templatesDir, diagnostics, packages }) {
    // No spec, no site: an empty site would only be an index saying so.
    if (specs.length === 0) return new Map();
    // docs-site reports what is wrong with a spec's names, once.
    return renderSiteIndex(pageableSpecs(specs, new Diagnostics(diagnostics.file)), loadSiteTemplates(templatesDir), packages);
  },
};

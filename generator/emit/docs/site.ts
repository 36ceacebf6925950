// The static reference site (generated/docs-site/): plain HTML files with relative links, one
// stylesheet and a vanilla search script, so it can be opened from the file system, served by any
// static host, or zipped for offline reading. Every link names its file (".../index.html"): file://
// does not resolve directories to index pages.
import type { Action, Provider, Service, Struct } from "../../spec/types.ts";
import { scriptJsonExpression } from "./escape.ts";
import { protocolOf } from "../../spec/protocols.ts";
import {
  actionFacts,
  errorRows,
  serviceErrorRows,
  exampleViews,
  fieldRows,
  groupByCategory,
  packageOf,
  PROVIDER_LABELS,
  referrers,
  summary,
  type TypeHref,
} from "./model.ts";
import type { SiteTemplates } from "./templates.ts";
import type { LoadedSpec } from "../emitter.ts";
import { structTypeNames, type PackageOptions } from "../naming.ts";

export const SITE_DIR = "docs-site";

export interface SiteSpec {
  /** Path below spec/ ("tencentcloud/cvm/2017-03-12.json"). */
  path: string;
  service: Service;
  /** The actions and structures that get pages (see pagedItems). */
  actions: Action[];
  types: Struct[];
}

/** Where a spec's pages live below the site: "tencentcloud/cvm/2017-03-12/". */
export function serviceDir(s: Pick<Service, "provider" | "service" | "version">): string {
  return `${s.provider}/${s.service}/${s.version}/`;
}

export function actionPagePath(s: Service, action: string): string {
  return `${serviceDir(s)}actions/${action}.html`;
}

export function structPagePath(s: Service, struct: string): string {
  return `${serviceDir(s)}types/${struct}.html`;
}

/** "../" once per directory level of a page path below the site. */
function rootOf(pagePath: string): string {
  return "../".repeat(pagePath.split("/").length - 1);
}

/** One search entry: [kind ("a" action, "t" structure), name, title, where, path below the site],
 * plus a trailing 1 for a superseded spec's entries (ranked after the current ones). */
export type SearchEntry = [string, string, string, string, string] | [string, string, string, string, string, 1];

/** The search index as a classic script: a file:// page may load scripts but not fetch JSON. */
export function searchIndexScript(entries: SearchEntry[]): string {
  return `window.DOCS2SDK_SEARCH = ${scriptJsonExpression({ version: 1, entries })};\n`;
}

/** The site's title unless docs2sdk.config.json "branding" names another. */
export const DEFAULT_SITE_TITLE = "docs2sdk API reference";

/** The page templates with the site's title in every page's context (the layout prints it). */
function branded(templates: SiteTemplates, siteTitle: string): SiteTemplates {
  const page = (render: SiteTemplates["index"]): SiteTemplates["index"] => (context) => render({ ...(context as object), siteTitle });
  return { ...templates, index: page(templates.index), provider: page(templates.provider), service: page(templates.service), action: page(templates.action), struct: page(templates.struct) };
}

/** The path of the site file below generated/. */
const sitePath = (path: string) => `${SITE_DIR}/${path}`;

/** The heading of a spec's pages in breadcrumbs and search results. */
function serviceLabel(service: Service): string {
  return `${service.title || service.service} ${service.service} ${service.version}${service.supersededBy ? " (superseded)" : ""}`;
}

/**
 * What of a spec the site's index pages read (renderSiteIndex): names, titles, counts and the first
 * line of each structure's description. The docs-site-index emitter is keyed by this, so an edit
 * elsewhere in a document re-renders only that spec's own pages.
 */
export function siteIndexDigest(spec: LoadedSpec): LoadedSpec {
  const { provider, service, version, title, protocol, supersededBy } = spec.service;
  const digest = {
    provider,
    service,
    version,
    title,
    protocol,
    ...(supersededBy !== undefined && { supersededBy }),
    actions: spec.service.actions.map((a) => ({ name: a.name, title: a.title })),
    types: spec.service.types.map((t) => ({ name: t.name, description: summary(t.description, SEARCH_SUMMARY) })),
  };
  return { path: spec.path, service: digest as unknown as Service };
}

/** How much of a structure's description its search entry shows. */
const SEARCH_SUMMARY = 60;

/**
 * The pages over every spec: the home and provider pages, the search index, llms.txt and the
 * assets. Reads only what siteIndexDigest keeps of each spec.
 */
export function renderSiteIndex(specs: SiteSpec[], siteTemplates: SiteTemplates, packages?: PackageOptions): Map<string, string> {
  const templates = branded(siteTemplates, packages?.packaging?.siteTitle ?? DEFAULT_SITE_TITLE);
  const out = new Map<string, string>();
  const put = (path: string, content: string) => out.set(sitePath(path), content);
  const sorted = [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const serviceRow = (s: SiteSpec, from: string) => ({
    href: `${rootOf(from)}${serviceDir(s.service)}index.html`,
    title: s.service.title || s.service.service,
    name: s.service.service,
    version: s.service.version,
    superseded: Boolean(s.service.supersededBy),
    actionCount: s.actions.length,
    typeCount: s.types.length,
    packageName: packageOf(s.service, packages)?.name,
  });

  const providers: Provider[] = [...new Set(sorted.map((s) => s.service.provider))];
  put(
    "index.html",
    templates.index({
      root: "",
      pageTitle: "API reference",
      actionCount: sorted.reduce((n, s) => n + s.actions.length, 0),
      typeCount: sorted.reduce((n, s) => n + s.types.length, 0),
      serviceCount: sorted.length,
      providers: providers.map((p) => ({
        href: `${p}/index.html`,
        label: PROVIDER_LABELS[p] ?? p,
        services: sorted.filter((s) => s.service.provider === p).map((s) => serviceRow(s, "index.html")),
      })),
    }),
  );
  for (const p of providers) {
    const page = `${p}/index.html`;
    put(
      page,
      templates.provider({
        root: rootOf(page),
        pageTitle: PROVIDER_LABELS[p] ?? p,
        crumbs: [{ href: "../index.html", text: "Home" }],
        current: PROVIDER_LABELS[p] ?? p,
        label: PROVIDER_LABELS[p] ?? p,
        services: sorted.filter((s) => s.service.provider === p).map((s) => serviceRow(s, page)),
      }),
    );
  }

  const entries: SearchEntry[] = [];
  for (const { service, actions, types } of sorted) {
    const label = serviceLabel(service);
    const entry = (kind: string, name: string, title: string, page: string): SearchEntry =>
      service.supersededBy ? [kind, name, title, label, page, 1] : [kind, name, title, label, page];
    for (const action of actions) entries.push(entry("a", action.name, action.title, actionPagePath(service, action.name)));
    for (const struct of types) entries.push(entry("t", struct.name, summary(struct.description, SEARCH_SUMMARY), structPagePath(service, struct.name)));
  }
  for (const [path, content] of templates.assets) put(path, content);
  put("assets/search-index.js", searchIndexScript(entries));
  put("llms.txt", llmsText(sorted, templates, packages));
  return out;
}

/** One spec's pages: its service page and a page per action and per structure. */
export function renderServicePages(spec: SiteSpec, siteTemplates: SiteTemplates, packages?: PackageOptions): Map<string, string> {
  const templates = branded(siteTemplates, packages?.packaging?.siteTitle ?? DEFAULT_SITE_TITLE);
  const out = new Map<string, string>();
  const put = (path: string, content: string) => out.set(sitePath(path), content);
  const { service } = spec;
  const dir = serviceDir(service);
  const pkg = packageOf(service, packages);
  const defined = new Set(spec.types.map((t) => t.name));
  const homeCrumbs = (page: string) => {
    const root = rootOf(page);
    return [
      { href: `${root}index.html`, text: "Home" },
      { href: `${root}${service.provider}/index.html`, text: PROVIDER_LABELS[service.provider] ?? service.provider },
    ];
  };
  const serviceCrumb = { href: "../index.html", text: `${service.title || service.service} (${service.version})` };

  const indexPage = `${dir}index.html`;
  const supersededBy = service.supersededBy;
  put(
    indexPage,
    templates.service({
      root: rootOf(indexPage),
      pageTitle: `${service.title || service.service} (${service.service} ${service.version})`,
      crumbs: homeCrumbs(indexPage),
      current: `${service.title || service.service} (${service.version})`,
      service,
      pkg,
      providerLabel: PROVIDER_LABELS[service.provider] ?? service.provider,
      protocolLabel: protocolOf(service).label,
      // supersededBy names the newer spec as provider/service/version, its pages' directory: the
      // document that marks a spec superseded is the one that makes the newer spec.
      superseded: supersededBy ? { label: supersededBy, href: `${rootOf(indexPage)}${supersededBy}/index.html` } : undefined,
      groups: groupByCategory(spec.actions.map((a) => ({ name: a.name, title: a.title, deprecated: a.deprecated === true, category: a.category, href: `actions/${a.name}.html` }))),
      types: spec.types.map((t) => ({ name: t.name, summary: summary(t.description), href: `types/${t.name}.html` })),
      ...serviceErrorRows(service.errors),
    }),
  );

  const fromAction: TypeHref = (name) => (defined.has(name) ? `../types/${name}.html` : undefined);
  for (const action of spec.actions) {
    const page = actionPagePath(service, action.name);
    put(
      page,
      templates.action({
        root: rootOf(page),
        pageTitle: `${action.name}${action.title ? ` ${action.title}` : ""}`,
        crumbs: [...homeCrumbs(page), serviceCrumb],
        current: action.name,
        action,
        facts: actionFacts(service, action, pkg),
        input: fieldRows(action.input, fromAction),
        output: fieldRows(action.output, fromAction),
        errors: errorRows(action.errors),
        examples: exampleViews(service, action, pkg),
      }),
    );
  }

  const refs = referrers(service);
  const titles = new Map(spec.actions.map((a) => [a.name, a.title]));
  const tsNames = pkg ? structTypeNames(service) : undefined;
  const fromStruct: TypeHref = (name) => (defined.has(name) ? `${name}.html` : undefined);
  for (const struct of spec.types) {
    const page = structPagePath(service, struct.name);
    const r = refs.get(struct.name) ?? { actions: [], structs: [] };
    put(
      page,
      templates.struct({
        root: rootOf(page),
        pageTitle: struct.name,
        crumbs: [...homeCrumbs(page), serviceCrumb],
        current: struct.name,
        struct,
        pkg,
        tsName: tsNames?.get(struct.name) ?? struct.name,
        input: struct.usage === "input" || struct.usage === "both",
        rows: fieldRows(struct.fields, fromStruct),
        usedBy: [
          ...r.actions.filter((a) => titles.has(a)).map((a) => ({ name: a, title: titles.get(a), href: `../actions/${a}.html` })),
          ...r.structs.filter((s) => defined.has(s) && s !== struct.name).map((s) => ({ name: s, href: `${s}.html` })),
        ],
      }),
    );
  }
  return out;
}

/** llms.txt (llmstxt.org): every current API with a link and title per action; superseded APIs under "Optional". */
function llmsText(sorted: SiteSpec[], templates: SiteTemplates, packages: PackageOptions | undefined): string {
  const label = (s: Service) => `${s.provider} ${s.service}, API ${s.version}`;
  const current = sorted.filter((s) => !s.service.supersededBy);
  return templates.llms({
    siteTitle: packages?.packaging?.siteTitle ?? DEFAULT_SITE_TITLE,
    serviceCount: current.length,
    actionCount: current.reduce((n, s) => n + s.actions.length, 0),
    services: current.map((s) => ({
      title: s.service.title || s.service.service,
      label: label(s.service),
      href: `${serviceDir(s.service)}index.html`,
      packageName: packageOf(s.service, packages)?.name,
      actions: s.actions.map((a) => ({ name: a.name, title: a.title, href: actionPagePath(s.service, a.name) })),
    })),
    superseded: sorted
      .filter((s) => s.service.supersededBy)
      .map((s) => ({ title: s.service.title || s.service.service, label: label(s.service), href: `${serviceDir(s.service)}index.html`, supersededBy: s.service.supersededBy })),
  });
}

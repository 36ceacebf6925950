// The static site: one page per action and per structure for every spec (the repo's spec/ and the
// fixtures), no broken or external link, every page reachable from the index, a search index that
// is plain JavaScript, and document text that stays text.
import { runInNewContext } from "node:vm";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { actionPagePath, structPagePath } from "../../../generator/emit/docs/site.ts";
import { packageDir } from "../../../generator/emit/naming.ts";
import type { LoadedSpec } from "../../../generator/emit/emitter.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { brokenLinks, emitDocs, fixtureSpecs, reachablePages, sitePages } from "./helpers.ts";

const repoSpecs = loadSpecs(REPO_ROOT);

function searchEntries(files: Map<string, string>): [string, string, string, string, string][] {
  const window: { DOCS2SDK_SEARCH?: { entries: [string, string, string, string, string][] } } = {};
  runInNewContext(files.get("docs-site/assets/search-index.js")!, { window });
  return window.DOCS2SDK_SEARCH!.entries;
}

function checkPages(specs: LoadedSpec[], files: Map<string, string>) {
  let actions = 0;
  let structs = 0;
  for (const { path, service } of specs) {
    const dir = `docs-site/${service.provider}/${service.service}/${service.version}/`;
    const pages = [...files.keys()].filter((p) => p.startsWith(dir));
    const actionPages = pages.filter((p) => p.startsWith(`${dir}actions/`));
    const structPages = pages.filter((p) => p.startsWith(`${dir}types/`));
    expect(actionPages.sort(), path).toEqual(service.actions.map((a) => `docs-site/${actionPagePath(service, a.name)}`).sort());
    expect(structPages.sort(), path).toEqual(service.types.map((t) => `docs-site/${structPagePath(service, t.name)}`).sort());
    expect(files.has(`${dir}index.html`), path).toBe(true);
    actions += actionPages.length;
    structs += structPages.length;
    if (!service.supersededBy) {
      const root = `${packageDir(service)}/`;
      expect(files.get(`${root}README.md`), path).toContain(`API version \`${service.version}\``);
      const docs = [...files.keys()].filter((p) => p.startsWith(`${root}docs/`));
      expect(docs.filter((p) => !p.includes("/types/")).length, path).toBe(service.actions.length);
      expect(docs.filter((p) => p.includes("/types/")).length, path).toBe(service.types.length);
    }
  }
  return { actions, structs };
}

describe("site from the fixtures", async () => {
  const specs = fixtureSpecs("demo");
  const { files } = await emitDocs(specs);

  it("has one page per action and per structure of every spec", () => {
    expect(checkPages(specs, files)).toEqual({ actions: 5, structs: 4 });
  });

  it("has no broken, external or absolute link, and every page is reachable from the index", () => {
    const parsed = sitePages(files);
    const { pages, links, broken } = brokenLinks(files, parsed);
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(pages * 4);
    const html = [...files.keys()].filter((p) => p.endsWith(".html"));
    expect([...reachablePages(files, parsed)].sort()).toEqual(html.sort());
  });

  it("indexes every action and structure for search, as a script that sets a global", () => {
    const entries = searchEntries(files);
    expect(entries.filter((e) => e[0] === "a").map((e) => e[1])).toEqual(["DescribeRegions", "DescribeWidgets", "DescribeWidgets", "CreateWidget", "DescribeZones"]);
    expect(entries.filter((e) => e[0] === "t")).toHaveLength(4);
    expect(entries.find((e) => e[2] === "查询小部件列表")?.[4]).toBe("tencentcloud/demo/2020-01-01/actions/DescribeWidgets.html");
    for (const e of entries) expect(files.has(`docs-site/${e[4]}`)).toBe(true);
  });

  it("loads nothing from the network: no external URL anywhere, a CSP that forbids it", () => {
    for (const [path, content] of files) {
      if (!path.startsWith("docs-site/")) continue;
      expect(content, path).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//);
      expect(content, path).not.toMatch(/@import|url\(\s*["']?https?:/);
      if (path.endsWith(".html")) expect(cheerio.load(content)('meta[http-equiv="Content-Security-Policy"]').attr("content")).toContain("default-src 'none'");
    }
  });
});

describe("site from the repository's spec/", async () => {
  const { files, diagnostics } = await emitDocs(repoSpecs);

  it("has specs to build a site from", () => {
    expect(repoSpecs.length).toBeGreaterThan(0);
  });

  it("has one page per action and per structure of every spec", () => {
    const counts = checkPages(repoSpecs, files);
    expect(counts.actions).toBe(repoSpecs.reduce((n, s) => n + s.service.actions.length, 0));
    expect(counts.structs).toBe(repoSpecs.reduce((n, s) => n + s.service.types.length, 0));
    expect(diagnostics.items).toEqual([]);
  });

  it("has no broken link, and every page is reachable from the index", () => {
    const pages = sitePages(files);
    expect(brokenLinks(files, pages).broken).toEqual([]);
    const html = [...files.keys()].filter((p) => p.startsWith("docs-site/") && p.endsWith(".html"));
    expect(reachablePages(files, pages).size).toBe(html.length);
    expect(searchEntries(files)).toHaveLength(repoSpecs.reduce((n, s) => n + s.service.actions.length + s.service.types.length, 0));
  });
});

describe("llms.txt", async () => {
  const specs = fixtureSpecs("demo");
  const { files } = await emitDocs(specs);
  const llms = files.get("docs-site/llms.txt")!;

  it("follows llmstxt.org: a title, a summary quote, a section per API with a link per action", () => {
    const lines = llms.split("\n");
    expect(lines[0]).toBe("# docs2sdk API reference");
    expect(lines[2]).toMatch(/^> Reference of \d+ cloud API versions \(\d+ actions\)/);
    for (const { service } of specs.filter((s) => !s.service.supersededBy)) {
      expect(llms).toMatch(new RegExp(`^## .* \\(${service.provider} ${service.service}, API ${service.version}\\)$`, "m"));
      for (const action of service.actions) expect(llms).toContain(`- [${action.name}](${actionPagePath(service, action.name)})`);
    }
  });

  it("links only pages the site has", () => {
    const targets = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(files.has(`docs-site/${target}`), target).toBe(true);
  });

  it("escapes document text for Markdown", async () => {
    const hostile = (await emitDocs(fixtureSpecs("hostile"))).files.get("docs-site/llms.txt")!;
    const line = hostile.split("\n").find((l) => l.startsWith("- [DescribeThings]"))!;
    expect(line).toContain("&lt;script&gt;");
    expect(line).not.toMatch(/<script>|[^\\]`tick/);
  });
});

describe("document text in HTML", async () => {
  const specs = fixtureSpecs("hostile");
  const { files } = await emitDocs(specs);
  const pages = [...files].filter(([p]) => p.startsWith("docs-site/") && p.endsWith(".html"));

  it("creates no element, attribute or script from it, on any page", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const [path, html] of pages) {
      const $ = cheerio.load(html);
      // The only scripts are the two site scripts, by src.
      expect($("script").map((_, el) => $(el).attr("src")!.replace(/^(\.\.\/)*/, "")).get(), path).toEqual(["assets/search-index.js", "assets/search.js"]);
      expect($("script").text(), path).toBe("");
      expect($("img, b, iframe, object, embed").length, path).toBe(0);
      $("*").each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name, path).not.toMatch(/^on/i);
      });
    }
  });

  it("shows it as text, verbatim", () => {
    const $ = cheerio.load(files.get("docs-site/tencentcloud/hostile/2020-01-01/actions/DescribeThings.html")!);
    expect($("h1 small").text()).toContain("查询 <script>alert(1)</script> */ | `tick` ``double`` {{title}} <img src=x onerror=alert(1)>");
    expect($("#in-Plain").text()).toContain("Known values: A|B <script>alert(1)</script>");
    const weird = $("tr").filter((_, el) => $(el).attr("id") === "in-Weird */ name|`x`<b>");
    expect(weird.find("code").first().text()).toBe("Weird */ name|`x`<b>");
    expect($("pre code.language-ts").text()).toContain('"Weird */ name|`x`<b>": "<script>alert(1)</script> */');
    expect($("pre code.language-xml").text()).toContain("<x><script>alert(1)</script>");
  });

  it("keeps the search index inert: no '<' in the script, the text intact once evaluated", () => {
    const script = files.get("docs-site/assets/search-index.js")!;
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(searchEntries(files).find((e) => e[0] === "a")![2]).toContain("查询 <script>alert(1)</script>");
  });
});

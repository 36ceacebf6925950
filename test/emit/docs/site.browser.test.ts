// The docs site in a real browser (Debian's chromium, driven by playwright-core), opened from the
// file system as a user would open a downloaded copy: search by a Chinese title, follow the result
// and a type link, resolve the links of a sample of pages, and save a screenshot of an action page
// (test-results/docs-site-action.png, git-ignored). CI installs chromium (.ci/run); without it
// this file is skipped and says why.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { emitDocs, fixtureSpecs, writeFiles } from "./helpers.ts";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = join(REPO_ROOT, "test-results", "docs-site-action.png");
const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM) console.warn(`docs site browser test skipped: ${CHROMIUM} not found (install it with: apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei)`);

describe.skipIf(!HAVE_CHROMIUM)(`docs site in Chromium (${HAVE_CHROMIUM ? CHROMIUM : `skipped: ${CHROMIUM} is not installed`})`, () => {
  let dir: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const site = () => join(dir, "docs-site");
  const url = (path: string) => pathToFileURL(join(site(), path)).href;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "docs2sdk-site-"));
    profile = mkdtempSync(join(tmpdir(), "docs2sdk-chromium-"));
    // The fixture (a known Chinese title to search for) next to whatever spec/ holds.
    const { files } = await emitDocs([...fixtureSpecs("demo"), ...loadSpecs(REPO_ROOT)]);
    writeFiles(dir, files);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("finds an action by its Chinese title and follows the result, then a type link", async () => {
    await page.goto(url("index.html"));
    await page.fill("#search", "查询小部件列表");
    const first = page.locator("#search-results a").first();
    await expect.poll(() => first.textContent()).toContain("DescribeWidgets");
    // The exact title ranks before the superseded version's longer one.
    expect(await first.textContent()).toContain("2020-01-01");
    expect(await page.locator("#search-results a").count()).toBe(2);
    await first.click();
    await page.waitForURL(url("tencentcloud/demo/2020-01-01/actions/DescribeWidgets.html"));
    expect(await page.locator("h1").textContent()).toBe("DescribeWidgets 查询小部件列表");

    await page.locator("#in-Filters a").click();
    await page.waitForURL(url("tencentcloud/demo/2020-01-01/types/Filter.html"));
    expect(await page.locator("h1").textContent()).toContain("Filter");
    expect(await page.locator("#fields-Name, #field-Name").count()).toBe(1);
  });

  it("searches by name from any page, Enter opens the first hit, ?q= prefills", async () => {
    await page.goto(url("tencentcloud/demo/2020-01-01/types/Filter.html"));
    await page.fill("#search", "createwidget");
    await expect.poll(() => page.locator("#search-results a").count()).toBe(1);
    await page.press("#search", "Enter");
    await page.waitForURL(url("tencentcloud/demo/2020-01-01/actions/CreateWidget.html"));
    await page.goto(`${url("index.html")}?q=${encodeURIComponent("小部件")}`);
    await expect.poll(() => page.locator("#search-results a").count()).toBeGreaterThanOrEqual(3);
    // Same name in a superseded spec (which sorts first by path): the current one ranks first.
    await page.fill("#search", "DescribeWidgets");
    await expect.poll(() => page.locator("#search-results a").count()).toBe(2);
    expect(await page.locator("#search-results a").first().getAttribute("href")).toMatch(/2020-01-01\/actions\/DescribeWidgets\.html$/);
    expect(await page.locator("#search-results a").nth(1).textContent()).toContain("(superseded)");
    await page.fill("#search", "没有这个接口");
    await expect.poll(() => page.locator("#search-results .empty").count()).toBe(1);
  });

  it("resolves every link of a sample of pages to a file that exists", async () => {
    const sample = [
      "index.html",
      "tencentcloud/index.html",
      "tencentcloud/demo/2020-01-01/index.html",
      "tencentcloud/demo/2017-01-01/index.html",
      "tencentcloud/demo/2020-01-01/actions/DescribeWidgets.html",
      "tencentcloud/demo/2020-01-01/types/Widget.html",
      "aliyun/demo/2014-05-26/actions/DescribeRegions.html",
    ];
    let checked = 0;
    for (const path of sample) {
      await page.goto(url(path));
      const hrefs = await page.$$eval("a[href], link[href], script[src]", (els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src));
      for (const href of hrefs) {
        expect(href, `${path}: ${href}`).toMatch(/^file:\/\//);
        expect(existsSync(fileURLToPath(href.split("#")[0]!)), `${path}: ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(sample.length * 5);
  });

  it("renders an action page offline, with its stylesheet and scripts, and saves a screenshot", async () => {
    await page.goto(url("tencentcloud/demo/2020-01-01/actions/DescribeWidgets.html"));
    // The stylesheet applied (CSP allows own files): the header is sticky.
    expect(await page.$eval("header.top", (el) => getComputedStyle(el).position)).toBe("sticky");
    expect(await page.evaluate(() => Array.isArray((window as unknown as { DOCS2SDK_SEARCH?: { entries: unknown[] } }).DOCS2SDK_SEARCH?.entries))).toBe(true);
    mkdirSync(join(REPO_ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(requests.filter((r) => !r.startsWith("file://"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

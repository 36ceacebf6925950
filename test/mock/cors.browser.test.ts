// A browser client through CORS (issue 15, item 5): a page served from one loopback origin, given to
// the mock as a CORS origin, calls the mock on another with fetch, signed TC3 by the runtime's
// browser entry (Web Crypto), and gets the fixture; the same page cannot read the mock's request log
// nor plant a fault with a text/plain POST (issue 19, item 9). Debian's chromium driven by playwright-core, launched as the docs-site browser test
// launches it; CI installs chromium (.ci/run), and without it this file is skipped and says why.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../../generator/mock/server.ts";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { tc3Spec } from "../emit/fixtures/sample-specs.ts";
import { credentials, startSampleMock } from "./helpers.ts";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM) console.warn(`mock CORS browser test skipped: ${CHROMIUM} not found (install it with: apt-get install -y --no-install-recommends chromium)`);

describe.skipIf(!HAVE_CHROMIUM)(`mock server from a browser page on another origin (${HAVE_CHROMIUM ? CHROMIUM : `skipped: ${CHROMIUM} is not installed`})`, () => {
  let mock: MockServer;
  let site: Server;
  let siteUrl: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    // The runtime's browser entry, bundled as a client app would bundle it.
    const bundle = await esbuild.build({
      entryPoints: [join(REPO_ROOT, "templates/runtime/src/index.ts")],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const runtime = bundle.outputFiles[0]!.text;
    site = createServer((req, res) => {
      if (req.url === "/runtime.js") res.writeHead(200, { "content-type": "text/javascript" }).end(runtime);
      else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>client</title><p>client page</p>");
    });
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    mock = await startSampleMock({ corsOrigins: [siteUrl] });
    profile = mkdtempSync(join(tmpdir(), "docs2sdk-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => (site ? site.close(r) : r(undefined)));
    await mock?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("a signed TC3 call with fetch, from another origin, gets the fixture (preflight answered)", async () => {
    await page.goto(`${siteUrl}/`);
    expect(new URL(siteUrl).origin).not.toBe(new URL(mock.url).origin);
    const spec = tc3Spec();
    const input = { endpoint: mock.url, credentials, service: { provider: spec.provider, service: spec.service, version: spec.version, protocol: spec.protocol, endpoint: spec.endpoint } };
    // Page code as text: the test runner would rewrite a dynamic import() inside a function.
    const answer = await page.evaluate(`(async () => {
      const { endpoint, credentials, service } = ${JSON.stringify(input)};
      const { RuntimeClient } = await import("/runtime.js");
      const client = new RuntimeClient(service, { credentials, endpoint, region: "ap-guangzhou", maxRetries: 0 });
      try {
        return { ok: true, result: await client.send("DescribeThings", { Limit: 1, Offset: 1 }) };
      } catch (e) {
        return { ok: false, error: String(e) };
      }
    })()`);
    expect(answer).toEqual({ ok: true, result: { TotalCount: 2, ThingSet: [{ ThingId: "t-2", Tags: [] }], RequestId: "6e3a2b2c-0000-4000-a000-000000000002" } });
    expect(mock.requests.map((r) => [r.method, r.action, r.status, r.code])).toEqual([["POST", "DescribeThings", 200, undefined]]);
    expect(problems).toEqual([]);
  });

  it("the same page can neither read /__mock/requests nor plant a fault with a text/plain POST", async () => {
    await page.goto(`${siteUrl}/`);
    problems.length = 0;
    const answer = (await page.evaluate(`(async () => {
      const base = ${JSON.stringify(mock.url)};
      let read;
      try {
        const res = await fetch(base + "/__mock/requests");
        read = { ok: true, text: await res.text() };
      } catch (e) {
        read = { ok: false, error: String(e) };
      }
      // A "simple" request: no preflight, the answer unreadable, but it reaches the server.
      await fetch(base + "/__mock/faults", { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: JSON.stringify({ kind: "throttle" }) }).catch(() => undefined);
      return read;
    })()`)) as { ok: boolean; text?: string };
    expect(answer.ok).toBe(false);
    expect(mock.faults.rules).toEqual([]);
  });
});

// Emits, for every client package, an MCP server package generated/<package>-mcp/ that lets AI
// agents search, describe and call the API's actions through the generated client. The server's
// code is written once (templates/mcp/src/server.ts.hbs, the same in every package); per package
// there is only main.ts (which client to call) and catalog.json (the actions, from the spec).
//
// Schemas come from the OpenAPI emitter's derivation (actionJsonSchemas), read-only-ness and the
// client token from the client emitter's (actionTraits), input checking from the client package's
// own validate module: nothing here re-derives what the other emitters decide.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { typescript } from "../compile-ts.ts";
import { protocolOf } from "../../spec/protocols.ts";
import type { Action, Service } from "../../spec/types.ts";
import type { Emitter, EmitContext, LoadedSpec } from "../emitter.ts";
import { withPackageMetadata } from "../../config/package-json.ts";
import { actionTraits, CLIENT_PACKAGE_VERSION } from "../client/model.ts";
import { formatFiles } from "../client/render.ts";
import { credentialVariables } from "../docs/markdown.ts";
import { markdownCode, markdownFence, markdownInline } from "../docs/escape.ts";
import { actionJsonSchemas, commonErrors } from "../openapi/openapi.ts";
import { RUNTIME_VERSION } from "../runtime/index.ts";
import { clientFactoryName, mcpPackageDir, mcpPackageName, packageDir, packageName, runtimePackageName, type PackageOptions } from "../naming.ts";
import { defaultRegion, firstReadOnly } from "../typescript-example.ts";

/** The @modelcontextprotocol/sdk the servers are written against (its low-level Server, stdio and Streamable HTTP transports). */
export const MCP_SDK_RANGE = "^1.32.2";

type Template = (context: unknown) => string;

interface McpTemplates {
  packageJson: Template;
  readme: Template;
  server: Template;
  main: Template;
}

function loadTemplates(templatesDir: string): McpTemplates {
  const hb = Handlebars.create();
  const str = (v: unknown): string => (typeof v === "string" ? v : "");
  hb.registerHelper("json", (value: unknown) => JSON.stringify(value));
  hb.registerHelper("inline", (v: unknown) => markdownInline(str(v)));
  hb.registerHelper("code", (v: unknown) => markdownCode(str(v)));
  hb.registerHelper("fence", (v: unknown, lang: unknown) => markdownFence(str(v), typeof lang === "string" ? lang : ""));
  const compile = (rel: string): Template => hb.compile(readFileSync(join(templatesDir, "mcp", rel), "utf8"), { noEscape: true, strict: true });
  return { packageJson: compile("package.json.hbs"), readme: compile("README.md.hbs"), server: compile("src/server.ts.hbs"), main: compile("src/main.ts.hbs") };
}

/** The catalogue the server searches, describes and calls from (the shape of server.ts's Catalog). */
export function mcpCatalog(service: Service, clientPackage: string): Record<string, unknown> {
  const { defs, actions } = actionJsonSchemas(service);
  const seen = new Set<string>();
  const unique = service.actions.filter((a) => !seen.has(a.name) && seen.add(a.name));
  return {
    service: { provider: service.provider, service: service.service, version: service.version, title: service.title, protocol: service.protocol },
    client: clientPackage,
    commonErrors: commonErrors(service).map(errorEntry),
    defs,
    actions: unique.map((action) => catalogAction(action, actions.get(action.name)!, protocolOf(service).clientTokenParameters)),
  };
}

function errorEntry(e: Service["errors"][number]): { code: string; description?: string } {
  return { code: e.code, ...(e.description ? { description: e.description } : {}) };
}

function catalogAction(action: Action, schemas: { input: unknown; output: unknown }, clientTokens: readonly string[]): Record<string, unknown> {
  const traits = actionTraits(action, clientTokens);
  return {
    name: action.name,
    ...(action.title ? { title: action.title } : {}),
    ...(action.description ? { description: action.description } : {}),
    ...(action.category ? { category: action.category } : {}),
    ...(action.deprecated ? { deprecated: true } : {}),
    readOnly: traits.readOnly === true,
    ...(traits.clientToken !== undefined ? { clientToken: traits.clientToken } : {}),
    input: schemas.input,
    output: schemas.output,
    errors: action.errors.map(errorEntry),
  };
}

/** TypeScript to the ESM JavaScript the package runs (types only erased: the sources type-check in docs2sdk's tests). */
function transpile(path: string, text: string): string {
  const ts = typescript();
  const out = ts.transpileModule(text, {
    fileName: path,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, newLine: ts.NewLineKind.LineFeed, removeComments: false },
  });
  return out.outputText;
}

// server.ts is the same in every package (it differs only by the runtime's name): formatted and
// transpiled once per text in a process, not once per package.
const serverModules = new Map<string, Promise<{ source: string; js: string }>>();

function serverModule(rendered: string): Promise<{ source: string; js: string }> {
  let module = serverModules.get(rendered);
  if (!module) {
    module = formatFiles(new Map([["src/server.ts", rendered]])).then((files) => {
      const source = files.get("src/server.ts")!;
      return { source, js: transpile("src/server.ts", source) };
    });
    serverModules.set(rendered, module);
    // A failure is not remembered: the next package reports it again.
    module.catch(() => serverModules.delete(rendered));
  }
  return module;
}

/** How the README registers the server in Claude Desktop and clients with the same JSON. */
function registration(service: Service, name: string): string {
  const vars = credentialVariables(service);
  const config = {
    mcpServers: {
      [packageDir(service)]: {
        command: "npx",
        args: ["-y", name, "--region", defaultRegion(service)],
        env: { [vars.idVar]: "<your key id>", [vars.keyVar]: "<your key secret>" },
      },
    },
  };
  return JSON.stringify(config, null, 2);
}

/** The files of one spec's MCP package, package-relative. */
export async function emitMcpPackage(loaded: LoadedSpec, templates: McpTemplates, packages: PackageOptions | undefined): Promise<Map<string, string>> {
  const { service } = loaded;
  const clientPackage = packageName(service, packages);
  const name = mcpPackageName(service, packages);
  const version = loaded.packageVersion ?? CLIENT_PACKAGE_VERSION;
  const runtime = runtimePackageName(packages);
  const title = `${service.title} (${service.provider} ${service.service}, API ${service.version})`;
  const readOnly = service.actions.filter((a) => actionTraits(a, protocolOf(service).clientTokenParameters).readOnly);
  const sources = new Map<string, string>();
  sources.set(
    "package.json",
    templates.packageJson({
      packageName: name,
      version,
      description: `MCP server for ${title}: search, describe and call its actions through ${clientPackage}. Generated by docs2sdk.`,
      binName: mcpPackageDir(service),
      sdkRange: MCP_SDK_RANGE,
      clientPackage,
      clientRange: `^${version}`,
      runtime,
      runtimeRange: `^${RUNTIME_VERSION}`,
      specPath: loaded.path,
    }),
  );
  sources.set(
    "src/main.ts",
    templates.main({
      header: `// Generated by docs2sdk from spec/${loaded.path.replace(/[^\w./-]/g, "_")}. Do not edit: change the document or the templates, then regenerate.`,
      clientPackage,
      clientFactory: clientFactoryName(service),
      validateModule: `${clientPackage}/validate`,
      clientPackageJson: `${clientPackage}/package.json`,
      packageName: name,
      version,
    }),
  );
  const files = await formatFiles(sources);
  files.set("package.json", withPackageMetadata(files.get("package.json")!, packages));
  files.set("dist/main.js", transpile("src/main.ts", files.get("src/main.ts")!));
  const server = await serverModule(templates.server({ runtime }));
  files.set("src/server.ts", server.source);
  files.set("dist/server.js", server.js);
  files.set("catalog.json", JSON.stringify(mcpCatalog(service, clientPackage), null, 1) + "\n");
  const vars = credentialVariables(service);
  files.set(
    "README.md",
    templates.readme({
      packageName: name,
      title,
      clientPackage,
      actionCount: String(service.actions.length),
      readOnlyCount: String(readOnly.length),
      readOnlyExample: (firstReadOnly(service.actions) ?? service.actions[0])?.name ?? "",
      registration: registration(service, name),
      region: defaultRegion(service),
      endpoint: service.endpoint,
      docsPath: `${service.provider}/${service.service}/${service.version}`,
      ...vars,
    }),
  );
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const mcpEmitter: Emitter = {
  name: "mcp",
  perSpec: true,
  usesCompiler: true,
  async emit(ctx: EmitContext) {
    const templates = loadTemplates(ctx.templatesDir);
    const out = new Map<string, string>();
    // As the client emitter: a superseded spec gets no package, so no server either.
    for (const loaded of ctx.specs.filter((s) => !s.service.supersededBy)) {
      const dir = mcpPackageDir(loaded.service);
      for (const [rel, text] of await emitMcpPackage(loaded, templates, ctx.packages)) out.set(`${dir}/${rel}`, text);
    }
    return out;
  },
};

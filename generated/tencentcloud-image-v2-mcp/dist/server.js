// The Model Context Protocol server of a generated client package. This module is written once
// (docs2sdk's templates/mcp/src/server.ts.hbs) and is the same in every <package>-mcp package; the
// package's main.ts hands it the client factory, the request validator and the action catalogue.
//
// A cloud product has 50-500 actions, and one tool per action floods an agent's context, so the
// server offers three tools over the whole catalogue: search_actions, describe_action and
// call_action (and, on request, one tool per action for a short allow-list). Calls go through the
// generated client: the same signing, credential chain, retries and validation as any program.
// Actions that change state are refused unless the server was started with --allow-writes.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { format, parseArgs } from "node:util";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListResourcesRequestSchema, ListToolsRequestSchema, ReadResourceRequestSchema, } from "@modelcontextprotocol/sdk/types.js";
import { debugLogger, redactBody } from "@docs2sdk/runtime";
const SEARCH_LIMIT = 10;
const SEARCH_LIMIT_MAX = 50;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** "instances" -> "instance", "addresses" -> "address": a name word starting with the term then matches either form. */
function singular(word) {
    if (word.length > 4 && /(s|x|ch|sh)es$/.test(word))
        return word.slice(0, -2);
    return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
/** Query words: English lower-cased without a plural ending; Chinese runs also as character pairs (no spaces between words). */
export function queryTerms(query) {
    const terms = new Set();
    for (const token of query
        .toLowerCase()
        .split(/[\s,.;:!?()[\]{}"'`/\\|，。；：！？（）、]+/)
        .filter(Boolean)) {
        if (CJK.test(token)) {
            terms.add(token);
            for (let i = 0; i + 2 <= token.length; i++)
                terms.add(token.slice(i, i + 2));
        }
        else {
            terms.add(singular(token));
        }
    }
    return [...terms];
}
function searchText(action) {
    return {
        action,
        name: action.name.toLowerCase(),
        nameWords: action.name.split(/(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase()),
        title: (action.title ?? "").toLowerCase(),
        body: `${action.category ?? ""}\n${action.description ?? ""}`.toLowerCase(),
    };
}
/**
 * How well an action matches: the whole name or title counts most, then a word of its name, its
 * title, its description; among equal matches, the name whose words the query covers best wins
 * ("describe instances": DescribeInstances before DescribeInstanceFamilyConfigs).
 */
function score(text, query, terms) {
    let total = 0;
    const whole = query.toLowerCase().replace(/\s+/g, "");
    if (whole === text.name || whole === text.title)
        total += 10;
    for (const term of terms) {
        if (text.nameWords.some((w) => w.startsWith(term)))
            total += 4;
        else if (text.name.includes(term))
            total += 3;
        if (text.title.includes(term))
            total += CJK.test(term) && term.length > 2 ? 4 : 2;
        if (text.body.includes(term))
            total += 1;
    }
    if (total === 0)
        return 0;
    const covered = text.nameWords.filter((w) => terms.some((t) => w.startsWith(t))).length;
    return total + (2 * covered) / text.nameWords.length;
}
export function searchActions(texts, query, limit) {
    const terms = queryTerms(query);
    return texts
        .map((text) => ({ action: text.action, score: score(text, query, terms) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score || (a.action.name < b.action.name ? -1 : 1))
        .slice(0, limit)
        .map((hit) => hit.action);
}
// ---------------------------------------------------------------------------------------------
// Describing an action
/** The schema with the structure definitions it reaches, as one standalone JSON Schema. */
function withDefs(schema, defs) {
    const reached = new Map();
    const walk = (value) => {
        if (Array.isArray(value))
            value.forEach(walk);
        else if (value && typeof value === "object") {
            for (const [key, item] of Object.entries(value)) {
                if (key === "$ref" && typeof item === "string" && item.startsWith("#/$defs/")) {
                    const name = item.slice("#/$defs/".length);
                    if (!reached.has(name) && Object.hasOwn(defs, name)) {
                        reached.set(name, defs[name]);
                        walk(defs[name]);
                    }
                }
                else
                    walk(item);
            }
        }
    };
    walk(schema);
    if (reached.size === 0)
        return schema;
    return { ...schema, $defs: Object.fromEntries([...reached].sort(([a], [b]) => (a < b ? -1 : 1))) };
}
function describeAction(catalog, action, options) {
    return {
        name: action.name,
        ...(action.title ? { title: action.title } : {}),
        ...(action.description ? { description: action.description } : {}),
        ...(action.category ? { category: action.category } : {}),
        ...(action.deprecated ? { deprecated: true } : {}),
        readOnly: action.readOnly,
        callable: action.readOnly || options.allowWrites,
        input: withDefs(action.input, catalog.defs),
        output: withDefs(action.output, catalog.defs),
        errors: [...action.errors, ...catalog.commonErrors],
    };
}
// ---------------------------------------------------------------------------------------------
// Calling an action
function textResult(value, isError = false) {
    return {
        content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value) }],
        ...(isError ? { isError: true } : {}),
    };
}
/** The runtime's typed errors, as the agent sees them: the code, its documented meaning, the request id. */
function errorResult(catalog, action, error) {
    const code = typeof error.code === "string" ? error.code : undefined;
    const documented = code === undefined ? undefined : [...action.errors, ...catalog.commonErrors].find((e) => e.code === code);
    const fields = ["requestId", "httpStatus", "retryable", "outcomeUnknown"];
    const details = Object.fromEntries(fields.filter((f) => error[f] !== undefined).map((f) => [f, error[f]]));
    return textResult({
        error: {
            type: error.name,
            code,
            message: error.message,
            ...details,
            ...(documented?.description ? { documented: documented.description } : {}),
        },
    }, true);
}
function isTypedError(error) {
    const name = error?.name;
    return name === "ServiceError" || name === "RequestError" || name === "CredentialsError";
}
class ActionCaller {
    #pkg;
    #options;
    #client;
    constructor(pkg, options) {
        this.#pkg = pkg;
        this.#options = options;
    }
    /** The client is made on the first call, so listing and describing need no credentials. */
    get #clientOnce() {
        this.#client ??= this.#pkg.createClient({
            ...(this.#options.region !== undefined ? { region: this.#options.region } : {}),
            ...(this.#options.endpoint !== undefined ? { endpoint: this.#options.endpoint } : {}),
            hooks: debugLogger({ logger: { log: this.#options.log }, prefix: `[${this.#pkg.name}]` }),
        });
        return this.#client;
    }
    async call(action, input, region) {
        const { log } = this.#options;
        const logged = `call ${action.name} ${redactBody(JSON.stringify(input ?? null), "application/json")}`;
        if (!action.readOnly && !this.#options.allowWrites) {
            log(`[${this.#pkg.name}] ${logged} refused: changes state, --allow-writes not given`);
            return textResult(`${action.name} changes state and this server was started without --allow-writes: only read-only actions can be called.`, true);
        }
        if (input === null || typeof input !== "object" || Array.isArray(input)) {
            log(`[${this.#pkg.name}] ${logged} refused: input is not an object`);
            return textResult(`${action.name}: invalid request: input must be an object of the action's request parameters (see describe_action)`, true);
        }
        try {
            this.#pkg.validate(action.name, input, region ?? this.#options.region);
        }
        catch (e) {
            if (e.name !== "ValidationError")
                throw e;
            log(`[${this.#pkg.name}] ${logged} refused: ${String(e.message)}`);
            return textResult({ error: { type: "ValidationError", message: e.message, problems: e.problems } }, true);
        }
        log(`[${this.#pkg.name}] ${logged}`);
        const traits = {
            ...(action.readOnly ? { readOnly: true } : {}),
            ...(action.clientToken ? { clientToken: action.clientToken } : {}),
        };
        try {
            const output = await this.#clientOnce.send(action.name, input, region !== undefined ? { region } : undefined, traits);
            log(`[${this.#pkg.name}] ${action.name} ok`);
            return textResult(output);
        }
        catch (e) {
            if (!isTypedError(e))
                throw e;
            log(`[${this.#pkg.name}] ${action.name} failed: ${String(e.name)} ${String(e.code)}`);
            return errorResult(this.#pkg.catalog, action, e);
        }
    }
}
// ---------------------------------------------------------------------------------------------
// The MCP server
const SEARCH_TOOL = {
    name: "search_actions",
    title: "Search the API's actions",
    description: "Finds actions of this API by words of their name, title or description (Chinese or English). Returns each match's name, title, and whether it only reads. Use describe_action next for its parameters.",
    inputSchema: {
        type: "object",
        properties: {
            query: { type: "string", description: 'Words to look for, e.g. "instances", "describe instance", "实例"' },
            limit: {
                type: "integer",
                minimum: 1,
                maximum: SEARCH_LIMIT_MAX,
                description: `How many matches at most (default ${SEARCH_LIMIT})`,
            },
        },
        required: ["query"],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
};
const DESCRIBE_TOOL = {
    name: "describe_action",
    title: "Describe an action",
    description: "The JSON Schema of an action's input and output, its description and documented error codes, and whether this server may call it.",
    inputSchema: {
        type: "object",
        properties: { action: { type: "string", description: "The action's name, e.g. DescribeInstances" } },
        required: ["action"],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
};
function callTool(options) {
    const writes = options.allowWrites
        ? "Actions that change state are allowed (the server was started with --allow-writes)."
        : "Only read-only actions are allowed; others are refused.";
    return {
        name: "call_action",
        title: "Call an action",
        description: `Calls an action through the signed client and returns its response, or the typed error (code, message, request id). The input is checked against the action's schema first (see describe_action). ${writes}`,
        inputSchema: {
            type: "object",
            properties: {
                action: { type: "string", description: "The action's name, e.g. DescribeInstances" },
                input: {
                    type: "object",
                    description: "The request parameters, as describe_action's input schema says",
                    additionalProperties: true,
                },
                region: { type: "string", description: "The region of this call, if not the server's" },
            },
            required: ["action"],
        },
        annotations: { readOnlyHint: !options.allowWrites, destructiveHint: options.allowWrites, openWorldHint: true },
    };
}
function actionTool(catalog, action) {
    const summary = [action.title, action.description].filter(Boolean).join("\n\n");
    return {
        name: action.name,
        ...(action.title ? { title: action.title } : {}),
        description: summary || action.name,
        inputSchema: withDefs(action.input, catalog.defs),
        annotations: { readOnlyHint: action.readOnly, openWorldHint: true },
    };
}
/** "docs://tencentcloud/cvm/2017-03-12/actions/DescribeInstances.md": the docs site's path of the page, as Markdown. */
function docsUri(pkg, action) {
    const { provider, service, version } = pkg.catalog.service;
    return `docs://${[provider, service, version].map(encodeURIComponent).join("/")}/actions/${encodeURIComponent(action)}.md`;
}
function docsResources(pkg) {
    const out = new Map();
    if (!pkg.docsDir)
        return out;
    for (const action of pkg.catalog.actions) {
        const file = new URL(`${encodeURIComponent(action.name)}.md`, pkg.docsDir);
        if (existsSync(file))
            out.set(docsUri(pkg, action.name), { action, file });
    }
    return out;
}
function stringArgument(args, name) {
    return typeof args[name] === "string" ? args[name] : undefined;
}
/** One MCP server over the package: its tools and resources. Connect it to a transport. */
export function createMcpServer(pkg, options) {
    const { catalog } = pkg;
    const byName = new Map(catalog.actions.map((a) => [a.name, a]));
    const texts = catalog.actions.map(searchText);
    const caller = new ActionCaller(pkg, options);
    const ownTools = options.actionTools
        .map((name) => byName.get(name))
        .filter((a) => a !== undefined);
    const resources = docsResources(pkg);
    const server = new Server({ name: pkg.name, version: pkg.version }, {
        capabilities: { tools: {}, ...(resources.size > 0 ? { resources: {} } : {}) },
        instructions: `Operates ${catalog.service.title} (${catalog.service.provider} ${catalog.service.service}, API ${catalog.service.version}). Find an action with search_actions, read its schema with describe_action, then call_action.`,
    });
    const unknown = (name) => textResult(`no action ${JSON.stringify(name ?? "")} in ${catalog.client}; find one with search_actions`, true);
    server.setRequestHandler(ListToolsRequestSchema, async () => ({
        tools: [SEARCH_TOOL, DESCRIBE_TOOL, callTool(options), ...ownTools.map((a) => actionTool(catalog, a))],
    }));
    server.setRequestHandler(CallToolRequestSchema, async (request) => {
        const args = (request.params.arguments ?? {});
        switch (request.params.name) {
            case SEARCH_TOOL.name: {
                const query = stringArgument(args, "query");
                if (query === undefined)
                    return textResult("search_actions: query must be a string", true);
                const limit = Number.isInteger(args.limit)
                    ? Math.min(Math.max(args.limit, 1), SEARCH_LIMIT_MAX)
                    : SEARCH_LIMIT;
                const hits = searchActions(texts, query, limit);
                return textResult({
                    actions: hits.map((a) => ({ name: a.name, ...(a.title ? { title: a.title } : {}), readOnly: a.readOnly })),
                });
            }
            case DESCRIBE_TOOL.name: {
                const action = byName.get(stringArgument(args, "action") ?? "");
                return action ? textResult(describeAction(catalog, action, options)) : unknown(stringArgument(args, "action"));
            }
            case "call_action": {
                const action = byName.get(stringArgument(args, "action") ?? "");
                return action
                    ? caller.call(action, args.input ?? {}, stringArgument(args, "region"))
                    : unknown(stringArgument(args, "action"));
            }
            default: {
                const action = ownTools.find((a) => a.name === request.params.name);
                return action
                    ? caller.call(action, args, undefined)
                    : textResult(`no tool ${JSON.stringify(request.params.name)}`, true);
            }
        }
    });
    if (resources.size > 0) {
        server.setRequestHandler(ListResourcesRequestSchema, async () => ({
            resources: [...resources].map(([uri, { action }]) => ({
                uri,
                name: action.name,
                ...(action.title ? { title: action.title } : {}),
                mimeType: "text/markdown",
            })),
        }));
        server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
            const resource = resources.get(request.params.uri);
            if (!resource)
                throw new Error(`no resource ${request.params.uri}`);
            return {
                contents: [{ uri: request.params.uri, mimeType: "text/markdown", text: await readFile(resource.file, "utf8") }],
            };
        });
    }
    return server;
}
// ---------------------------------------------------------------------------------------------
// Command line and transports
export const USAGE = `usage: <command> [--allow-writes] [--region ID] [--endpoint HOST|URL] [--action-tools A,B] [--http [--port N] [--host ADDR]]
  --allow-writes   allow actions that change state (default: read-only actions only)
  --region         region of every call (env DOCS2SDK_MCP_REGION)
  --endpoint       host or URL requests go to (env DOCS2SDK_MCP_ENDPOINT); default the service's
  --action-tools   also offer these actions as tools of their own (comma-separated)
  --http           serve Streamable HTTP on http://HOST:PORT/mcp instead of stdio (default 127.0.0.1:3000)
Credentials come from the client's chain: the provider's environment variables, profile file or instance role.`;
/** The command line and environment as server options; throws an Error with the reason on bad usage. */
export function parseInvocation(argv, env) {
    const { values } = parseArgs({
        args: argv,
        strict: true,
        options: {
            "allow-writes": { type: "boolean" },
            region: { type: "string" },
            endpoint: { type: "string" },
            "action-tools": { type: "string" },
            http: { type: "boolean" },
            port: { type: "string" },
            host: { type: "string" },
        },
    });
    const region = values.region ?? env.DOCS2SDK_MCP_REGION;
    const endpoint = values.endpoint ?? env.DOCS2SDK_MCP_ENDPOINT;
    const options = {
        allowWrites: values["allow-writes"] === true,
        ...(region ? { region } : {}),
        ...(endpoint ? { endpoint } : {}),
        actionTools: (values["action-tools"] ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
    };
    if (!values.http) {
        if (values.port !== undefined || values.host !== undefined)
            throw new Error("--port and --host need --http");
        return { options };
    }
    const port = Number(values.port ?? "3000");
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a port number, not ${JSON.stringify(values.port)}`);
    return { options, http: { host: values.host ?? "127.0.0.1", port } };
}
function writeStderr(line) {
    process.stderr.write(line + "\n");
}
/** Over stdio, stdout carries the protocol: anything else printed there (a debug log) goes to stderr. */
function keepStdoutForProtocol() {
    const toStderr = (...args) => writeStderr(format(...args));
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
}
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);
/**
 * Streamable HTTP, stateless: each POST /mcp gets a fresh server and transport. Bound to a loopback
 * address, requests whose Host is not that address are refused (DNS rebinding).
 */
async function serveHttp(pkg, options, host, port) {
    let allowedHosts = new Set();
    const http = createHttpServer((req, res) => {
        const path = new URL(req.url ?? "/", "http://localhost").pathname;
        if (path !== "/mcp")
            return void res.writeHead(404, { "content-type": "text/plain" }).end("not found: the MCP endpoint is /mcp\n");
        if (allowedHosts.size > 0 && !allowedHosts.has(req.headers.host ?? ""))
            return void res.writeHead(403, { "content-type": "text/plain" }).end("host not allowed\n");
        const server = createMcpServer(pkg, options);
        const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
        res.on("close", () => {
            void transport.close();
            void server.close();
        });
        server
            .connect(transport)
            .then(() => transport.handleRequest(req, res))
            .catch((e) => {
            options.log(`[${pkg.name}] HTTP request failed: ${String(e)}`);
            if (!res.headersSent)
                res.writeHead(500).end();
        });
    });
    await new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, resolve);
    });
    const address = http.address();
    const bound = typeof address === "object" && address ? address.port : port;
    if (LOOPBACK.has(host))
        allowedHosts = new Set([...LOOPBACK].map((h) => (h === "::1" ? `[::1]:${bound}` : `${h}:${bound}`)));
    options.log(`[${pkg.name}] MCP over Streamable HTTP at http://${host.includes(":") ? `[${host}]` : host}:${bound}/mcp${options.allowWrites ? " (writes allowed)" : ""}`);
}
/** The package's command: parse the arguments, then serve over stdio (default) or HTTP. */
export async function main(pkg, argv, env) {
    let invocation;
    try {
        invocation = parseInvocation(argv, env);
    }
    catch (e) {
        writeStderr(`${pkg.name}: ${e.message}\n${USAGE}`);
        process.exitCode = 2;
        return;
    }
    const options = { ...invocation.options, log: writeStderr };
    const unknownTools = options.actionTools.filter((name) => !pkg.catalog.actions.some((a) => a.name === name));
    if (unknownTools.length > 0) {
        writeStderr(`${pkg.name}: --action-tools names actions ${pkg.catalog.client} does not have: ${unknownTools.join(", ")}`);
        process.exitCode = 2;
        return;
    }
    if (invocation.http)
        return serveHttp(pkg, options, invocation.http.host, invocation.http.port);
    keepStdoutForProtocol();
    await createMcpServer(pkg, options).connect(new StdioServerTransport());
    options.log(`[${pkg.name}] MCP over stdio${options.allowWrites ? " (writes allowed)" : ""}`);
}

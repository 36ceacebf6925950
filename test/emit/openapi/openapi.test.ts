import { Validator } from "@seriousme/openapi-schema-validator";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExampleChecker, valueTypeMismatches } from "./example-check.ts";
import { toOpenApi } from "../../../generator/emit/openapi/openapi.ts";
import { openApiEmitter } from "../../../generator/emit/openapi/index.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Service } from "../../../generator/spec/types.ts";

async function validate(doc: unknown): Promise<unknown[]> {
  const result = await new Validator().validate(doc as Parameters<Validator["validate"]>[0]);
  return result.valid ? [] : (result.errors as unknown[]);
}

const demo: Service = {
  provider: "tencentcloud", service: "demo", version: "2020-01-01", protocol: "tc3", endpoint: "demo.tencentcloudapi.com", title: "演示",
  regions: [{ id: "ap-guangzhou", name: "华南地区（广州）", endpoint: "demo.ap-guangzhou.tencentcloudapi.com" }],
  actions: [
    {
      name: "DescribeThings", title: "查询", description: "Lists <things>.", category: "实例相关接口", rateLimit: 20, region: "required",
      input: [
        { name: "Filters", type: { array: { ref: "Filter" } }, required: false, description: "过滤" },
        { name: "Mode", type: "string", required: true, description: "m", enum: [{ value: "A" }, { value: "B", description: "b" }] },
        { name: "Kind", type: "string", required: false, description: "k", enum: [{ value: "X" }], enumClosed: true },
      ],
      output: [
        { name: "Thing", type: { ref: "Thing" }, required: false, description: "", nullable: true },
        { name: "Count", type: "integer", required: false, description: "", nullable: true },
        { name: "RequestId", type: "string", required: true, description: "" },
      ],
      errors: [{ code: "InvalidFilter", description: "bad" }],
      examples: [{ title: "示例1", input: { Mode: "A" }, output: { Response: { Count: 1, RequestId: "r" } } }],
    },
  ],
  types: [
    { name: "Filter", description: "", fields: [{ name: "Name", type: "string", required: true, description: "" }, { name: "Values", type: { array: "string" }, required: true, description: "" }] },
    // A struct named like an operation schema must not be overwritten by it.
    { name: "DescribeThingsRequest", description: "", fields: [] },
    { name: "Thing", description: "", fields: [{ name: "At", type: "timestamp-iso8601", required: false, description: "" }] },
  ],
  errors: [{ code: "InternalError", description: "", kind: "common" }],
};

describe("toOpenApi", () => {
  const doc = toOpenApi(demo) as any;

  it("produces a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(await validate(doc)).toEqual([]);
  });

  it("has one operation per action at the real path plus a fragment, with the signing scheme", () => {
    expect(Object.keys(doc.paths)).toEqual(["/#DescribeThings"]);
    const op = doc.paths["/#DescribeThings"].post;
    expect(op.operationId).toBe("DescribeThings");
    expect(op.parameters[0]).toEqual({ name: "X-TC-Action", in: "header", required: true, schema: { type: "string", const: "DescribeThings" } });
    expect(doc.components.securitySchemes.tc3.name).toBe("Authorization");
    expect(doc.servers.map((s: { url: string }) => s.url)).toEqual(["https://demo.tencentcloudapi.com", "https://demo.ap-guangzhou.tencentcloudapi.com"]);
    expect(op.requestBody.content["application/json"].examples.example1.value).toEqual({ Mode: "A" });
    expect(op["x-docs2sdk-error-codes"]).toEqual(["InvalidFilter", "InternalError"]);
  });

  it("keeps required, nullable and open vs closed enumerations", () => {
    const schemas = doc.components.schemas;
    expect(schemas.DescribeThingsRequest2.required).toEqual(["Mode"]);
    expect(schemas.DescribeThingsRequest2.properties.Mode.enum).toBeUndefined();
    expect(schemas.DescribeThingsRequest2.properties.Mode.examples).toEqual(["A", "B"]);
    expect(schemas.DescribeThingsRequest2.properties.Kind.enum).toEqual(["X"]);
    expect(schemas.DescribeThingsResponse.properties.Count.type).toEqual(["integer", "null"]);
    expect(schemas.DescribeThingsResponse.properties.Thing.oneOf).toEqual([{ $ref: "#/components/schemas/Thing" }, { type: "null" }]);
    expect(schemas.Thing.properties.At).toEqual({ type: "string", format: "date-time" });
  });

  it("types enumerations, defaults and examples as their field (issue 25 item 1)", () => {
    const typed: Service = {
      ...demo,
      actions: [{
        ...demo.actions[0]!,
        input: [
          { name: "Force", type: "boolean", required: false, description: "f", enum: [{ value: "TRUE", description: "强制" }, { value: "FALSE", description: "正常" }], enumClosed: true, default: "FALSE" },
          { name: "Status", type: "integer", required: false, description: "s", enum: [{ value: "1" }, { value: "2" }], example: "2" },
          { name: "Kinds", type: { array: "integer" }, required: false, description: "k", enum: [{ value: "101" }, { value: "102" }], enumClosed: true },
          { name: "Disk", type: "string", required: false, description: "d", enum: [{ value: "A" }, { value: "B" }], enumClosed: true, default: "C" },
          { name: "Limit", type: "integer", required: false, description: "l", default: "20", example: "几个" },
        ],
      }],
    };
    const props = (toOpenApi(typed) as any).components.schemas.DescribeThingsRequest2.properties;
    expect(props.Force).toEqual({ type: "boolean", default: false, "x-docs2sdk-enum": [{ value: true, description: "强制" }, { value: false, description: "正常" }], description: "f" });
    expect(props.Status).toMatchObject({ type: "integer", examples: [2, 1] });
    expect(props.Kinds.items).toMatchObject({ type: "integer", enum: [101, 102] });
    // A default outside the closed enumeration is not a schema default; the document's text is kept.
    expect(props.Disk).toMatchObject({ enum: ["A", "B"], "x-docs2sdk-default": "C" });
    expect(props.Disk.default).toBeUndefined();
    expect(props.Limit).toMatchObject({ default: 20, "x-docs2sdk-example": "几个" });
    expect(props.Limit.examples).toBeUndefined();
  });

  it.each([
    { given: '["sg-1a2b34af"]', type: "string" as const, want: { examples: ["sg-1a2b34af"] } },
    { given: "[1, 2]", type: "integer" as const, want: { examples: [1, 2] } },
    { given: "sg-1a2b34af", type: "string" as const, want: { examples: ["sg-1a2b34af"] } },
    { given: '["a", 1]', type: "integer" as const, want: { "x-docs2sdk-example": '["a", 1]' } },
  ])("gives a list's items the elements of its documented example $given", ({ given, type, want }) => {
    const listed: Service = { ...demo, actions: [{ ...demo.actions[0]!, input: [{ name: "Ids", type: { array: type }, required: false, description: "i", example: given }] }] };
    const items = (toOpenApi(listed) as any).components.schemas.DescribeThingsRequest2.properties.Ids.items;
    expect(items).toEqual({ type, ...want });
  });

  it("models each protocol's answers: wrapper, V2 envelope, error body with the codes as enum (issue 25 item 2)", () => {
    const tc3 = toOpenApi(demo) as any;
    const ok = tc3.paths["/#DescribeThings"].post.responses["200"].content["application/json"].schema;
    expect(ok.anyOf[0]).toEqual({ type: "object", properties: { Response: { $ref: "#/components/schemas/DescribeThingsResponse" } }, required: ["Response"] });
    expect(ok.anyOf[1]).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
    expect(tc3.components.schemas.ErrorResponse.properties.Response.properties.Error.properties.Code.enum).toEqual(expect.arrayContaining(["InternalError", "InvalidFilter", "AuthFailure.SignatureFailure"]));

    const v2 = toOpenApi({ ...demo, protocol: "tencent-v2", errors: [{ code: "4000", description: "", kind: "common" }] }) as any;
    expect(Object.keys(v2.components.schemas.DescribeThingsResponse.properties)).toEqual(["Thing", "Count", "RequestId", "code", "message", "codeDesc"]);
    expect(v2.components.schemas.DescribeThingsResponse.properties.code.type).toBe("integer");
    expect(v2.components.schemas.ErrorResponse.properties.code.enum).toContain(4000);
    expect(v2.components.schemas.ErrorResponse.properties.codeDesc.enum).toContain("InvalidFilter");

    // A V2 request whose document shows API 3.0 answers (the 2017 CVM PDF) is wrapped in Response.
    const legacy = toOpenApi({ ...demo, protocol: "tencent-v2", responseProtocol: "tc3" }) as any;
    const legacyOk = legacy.paths["/v2/index.php#DescribeThings"].get.responses["200"].content["application/json"].schema;
    expect(legacyOk.anyOf[0].required).toEqual(["Response"]);

    // Alibaba sends errors with their own status: 200 is success only, errors are the default response.
    const ali = toOpenApi({ ...demo, protocol: "aliyun-rpc" }) as any;
    const aliOp = ali.paths["/#DescribeThings"].get;
    expect(aliOp.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/DescribeThingsResponse" });
    expect(aliOp.responses.default.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
    expect(ali.components.schemas.ErrorResponse.required).toEqual(["RequestId", "Code", "Message"]);
  });

  it("sends a GET's parameters in the query, flattened names described, a form body only where POST is documented (item 4)", () => {
    const v2 = toOpenApi({ ...demo, protocol: "tencent-v2" }) as any;
    const op = v2.paths["/v2/index.php#DescribeThings"].get;
    expect(op.requestBody).toBeUndefined();
    expect(op.parameters.map((p: any) => [p.name, p.in, p.required])).toEqual([["Action", "query", true], ["Filters", "query", false], ["Mode", "query", true], ["Kind", "query", false]]);
    expect(op.parameters[1]).toMatchObject({ style: "form", explode: true, "x-docs2sdk-flattened-name": "Filters.0.<member>, Filters.1…" });
    expect(op.parameters[2].examples).toEqual({ example1: { summary: "示例1", value: "A" } });
    expect(v2.paths["/v2/index.php#DescribeThings"].post).toBeUndefined();

    const postToo = toOpenApi({ ...demo, protocol: "aliyun-rpc", actions: [{ ...demo.actions[0]!, httpMethods: ["GET", "POST"] }] }) as any;
    const post = postToo.paths["/#DescribeThings"].post;
    expect(post.operationId).toBe("DescribeThings_post");
    expect(post.requestBody.content["application/x-www-form-urlencoded"].examples.example1.value).toEqual({ Mode: "A" });
  });

  it("moves a documented example that contradicts its table to x-docs2sdk-examples with the reason (item 3)", () => {
    const contradicting: Service = {
      ...demo,
      actions: [{ ...demo.actions[0]!, examples: [
        { title: "good", input: { Mode: "A" }, output: { Response: { Count: 1, RequestId: "r" } } },
        { title: "bad", input: { Mode: "A", Kind: "Y" }, output: { Response: { Count: "many", RequestId: "r" } } },
      ] }],
    };
    const op = (toOpenApi(contradicting) as any).paths["/#DescribeThings"].post;
    expect(Object.keys(op.requestBody.content["application/json"].examples)).toEqual(["example1"]);
    expect(Object.keys(op.responses["200"].content["application/json"].examples)).toEqual(["example1"]);
    expect(op["x-docs2sdk-examples"]).toEqual([
      { name: "example2", part: "request", summary: "bad", value: { Mode: "A", Kind: "Y" }, problem: "the documented request contradicts its table: /Kind must be equal to one of the allowed values" },
      { name: "example2", part: "response", summary: "bad", value: { Response: { Count: "many", RequestId: "r" } }, problem: "the documented response contradicts its table: /Response/Count must be integer,null" },
    ]);
  });

  it("names a deployment's endpoint as a server variable, never a placeholder host (item 5)", () => {
    const apsara = toOpenApi({ ...demo, provider: "aliyun", protocol: "aliyun-rpc", service: "ecs", endpoint: "tjv3ecs.example.com", regions: [] }) as any;
    expect(apsara.servers).toEqual([{
      url: "https://{endpoint}",
      description: "The ecs endpoint of your Apsara Stack deployment.",
      variables: { endpoint: { default: "ecs", description: "Host (and port) of the ecs service in your Apsara Stack deployment. The document's address tjv3ecs.example.com is a placeholder." } },
    }]);
    const tce = toOpenApi({ ...demo, provider: "tce", endpoint: "vpc.api3.finance.cloud.tencent.com", regions: [] }) as any;
    expect(tce.servers[0].variables.endpoint.default).toBe("vpc.api3.finance.cloud.tencent.com");
    expect(JSON.stringify([apsara.servers, tce.servers])).not.toContain("example.com\"");
  });

  it("describes the export and tags every operation, with descriptions (item 6)", () => {
    const d = toOpenApi({ ...demo, actions: [...demo.actions, { ...demo.actions[0]!, name: "Lonely", category: undefined }] }) as any;
    expect(d.info.description).toBe("The 演示 API (demo) version 2020-01-01, TC3-HMAC-SHA256.");
    expect(d.tags).toEqual([
      { name: "实例相关接口", description: "The document's category 实例相关接口: DescribeThings." },
      { name: "Other", description: "Actions the document's API overview puts under no category: Lonely." },
    ]);
    expect(d.paths["/#Lonely"].post.tags).toEqual(["Other"]);
  });

  it("describes the spec's free-form JSON as any value, not only an object", () => {
    const free: Service = { ...demo, actions: [{ ...demo.actions[0]!, output: [{ name: "Ids", type: { array: "object" }, required: false, description: "" }, { name: "Raw", type: "object", required: false, description: "", nullable: true }] }] };
    const props = (toOpenApi(free) as any).components.schemas.DescribeThingsResponse.properties;
    expect(props.Ids).toEqual({ type: "array", items: { "x-docs2sdk-type": "object" } });
    expect(props.Raw).toEqual({ "x-docs2sdk-type": "object" });
  });

  it("keeps a field the document names __proto__ as a property (issue 14 item 1)", () => {
    const hostile: Service = {
      ...demo,
      actions: [{ ...demo.actions[0]!, input: [...demo.actions[0]!.input, { name: "__proto__", type: "string", required: true, description: "odd" }] }],
    };
    const d = toOpenApi(hostile) as any;
    const props = d.components.schemas.DescribeThingsRequest2.properties;
    expect(Object.keys(props)).toContain("__proto__");
    expect(Object.getOwnPropertyDescriptor(props, "__proto__")?.value).toEqual({ type: "string", description: "odd" });
    expect(JSON.parse(JSON.stringify(d)).components.schemas.DescribeThingsRequest2.required).toEqual(["Mode", "__proto__"]);
    expect(JSON.stringify(d)).toContain('"__proto__":{"type":"string","description":"odd"}');
    expect(({} as any).type).toBeUndefined();
  });

  it("describes V2 and Alibaba actions as GETs with the Action in the query", async () => {
    for (const protocol of ["tencent-v2", "aliyun-rpc"] as const) {
      const d = toOpenApi({ ...demo, protocol }) as any;
      const path = protocol === "tencent-v2" ? "/v2/index.php#DescribeThings" : "/#DescribeThings";
      expect(d.paths[path].get.parameters[0]).toMatchObject({ name: "Action", in: "query" });
      expect(await validate(d)).toEqual([]);
    }
  });
});

describe("OpenAPI export of every spec in spec/", () => {
  // Issue 25 acceptance: what the OpenAPI linters check, on the committed exports.
  const committed = readdirSync(join(REPO_ROOT, "generated/openapi")).filter((f) => f.endsWith(".json")).sort();

  it("the checks find what the linters find: a string enum on a boolean, an example with an undocumented member", () => {
    const bad = {
      openapi: "3.1.0", info: { title: "t", version: "1" },
      paths: { "/#A": { post: { responses: { "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/R" }, examples: { e: { value: { On: true, Extra: 1 } } } } } } } } } },
      components: { schemas: { R: { type: "object", properties: { On: { type: "boolean", enum: ["true", "false"], default: "false" } } } } },
    };
    expect(new ExampleChecker(bad).run()).toEqual([
      "#/components/schemas/R.On.default: / must be boolean (value \"false\")",
      "POST /#A response 200 application/json examples.e: / must NOT have additional properties (value {\"On\":true,\"Extra\":1})",
    ]);
    expect(valueTypeMismatches(bad)).toEqual([
      "#/components/schemas/R/properties/On.enum[0]: \"true\" is not boolean",
      "#/components/schemas/R/properties/On.enum[1]: \"false\" is not boolean",
      "#/components/schemas/R/properties/On.default: \"false\" is not boolean",
    ]);
  });

  it("has an export per spec in generated/openapi", () => {
    expect(committed.length).toBe(loadSpecs(REPO_ROOT).length);
  });

  it.each(committed)("%s: every example, default and enum value validates against its schema (JSON Schema 2020-12)", (file) => {
    const doc = JSON.parse(readFileSync(join(REPO_ROOT, "generated/openapi", file), "utf8"));
    expect(new ExampleChecker(doc).run()).toEqual([]);
  });

  it.each(committed)("%s: a description, described tags on every operation, no placeholder server, no GET body", (file) => {
    const doc = JSON.parse(readFileSync(join(REPO_ROOT, "generated/openapi", file), "utf8"));
    expect(doc.info.description).toBeTruthy();
    const described = new Set(doc.tags.filter((t: any) => t.description).map((t: any) => t.name));
    for (const item of Object.values(doc.paths) as any[]) {
      for (const [method, op] of Object.entries(item) as [string, any][]) {
        expect(op.tags.every((t: string) => described.has(t)), `${file} ${op.operationId}`).toBe(true);
        if (method === "get") expect(op.requestBody, `${file} ${op.operationId}`).toBeUndefined();
      }
    }
    for (const server of doc.servers) expect(server.url).not.toMatch(/example\.com/);
  });

  it.each(committed)("%s: no enum, const, default or example has a type other than its schema's", (file) => {
    const doc = JSON.parse(readFileSync(join(REPO_ROOT, "generated/openapi", file), "utf8"));
    expect(valueTypeMismatches(doc)).toEqual([]);
  });

  it("validates for each spec file", async () => {
    const specs = loadSpecs(REPO_ROOT);
    const files = await openApiEmitter.emit({ specs, templatesDir: "", diagnostics: new Diagnostics("t") });
    expect(files.size).toBe(specs.length);
    for (const [path, text] of files) {
      const errors = await validate(JSON.parse(text as string));
      expect(errors, path).toEqual([]);
    }
  });
});

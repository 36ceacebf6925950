// Checks an OpenAPI 3.1 document the way the OpenAPI tools do: every example (media-type examples,
// schema `examples`, `default`, `enum`, `const`) must validate against its schema, with a JSON
// Schema 2020-12 validator. Used by the tests of the OpenAPI export; a finding names the place.
import { Ajv2020 } from "ajv/dist/2020.js";
import { createRequire } from "node:module";

type Json = Record<string, unknown>;
type Validate = ((value: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

// ajv-formats is CommonJS: its default export is the plugin function.
const addFormats = createRequire(import.meta.url)("ajv-formats") as (ajv: Ajv2020) => Ajv2020;
const DOC_ID = "urn:docs2sdk:openapi";

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A copy of a schema whose local references point into the registered document. Like Redocly's
 * example rules (allowAdditionalProperties: false), an object schema that does not say whether it
 * takes other members is closed: an example with a member the schema does not list is a finding.
 */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (!isObject(schema)) return schema;
  const out: Json = Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#") ? `${DOC_ID}${v}` : anchored(v)]),
  );
  if (isObject(schema.properties) && !("additionalProperties" in schema)) out.additionalProperties = false;
  return out;
}

/** The schema without the annotations that hold the values being checked. */
function withoutValues(schema: Json): Json {
  const { examples: _e, default: _d, ...rest } = schema;
  return rest;
}

/** The JSON type names a value has ("integer" values are numbers too). */
function jsonTypes(value: unknown): string[] {
  if (value === null) return ["null"];
  if (Array.isArray(value)) return ["array"];
  if (typeof value === "number") return Number.isInteger(value) ? ["integer", "number"] : ["number"];
  return [typeof value];
}

export class ExampleChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  private readonly cache = new Map<string, Validate>();
  readonly findings: string[] = [];

  constructor(private readonly doc: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOC_ID, components: anchored(doc.components ?? {}) } as Json);
  }

  private validator(schema: Json): Validate {
    const key = JSON.stringify(schema);
    let v = this.cache.get(key);
    if (!v) {
      v = this.ajv.compile(anchored(schema) as Json) as Validate;
      this.cache.set(key, v);
    }
    return v;
  }

  private check(where: string, schema: Json, value: unknown): void {
    const validate = this.validator(schema);
    if (!validate(value)) {
      const e = validate.errors?.[0];
      this.findings.push(`${where}: ${e ? `${e.instancePath || "/"} ${e.message}` : "invalid"} (value ${JSON.stringify(value).slice(0, 120)})`);
    }
  }

  /** Every value a schema node (and its subschemas) annotates, checked against the node. */
  private checkSchemaTree(where: string, schema: unknown): void {
    if (!isObject(schema)) return;
    const bare = withoutValues(schema);
    if (Array.isArray(schema.examples)) schema.examples.forEach((v, i) => this.check(`${where}.examples[${i}]`, bare, v));
    if ("default" in schema) this.check(`${where}.default`, bare, schema.default);
    for (const [k, v] of Object.entries(schema)) {
      if (k === "properties" && isObject(v)) for (const [p, s] of Object.entries(v)) this.checkSchemaTree(`${where}.${p}`, s);
      else if (k === "items" || k === "additionalProperties") this.checkSchemaTree(`${where}[]`, v);
      else if ((k === "oneOf" || k === "anyOf" || k === "allOf") && Array.isArray(v)) v.forEach((s, i) => this.checkSchemaTree(`${where}.${k}[${i}]`, s));
    }
  }

  private checkContent(where: string, content: unknown): void {
    if (!isObject(content)) return;
    for (const [mediaType, media] of Object.entries(content)) {
      if (!isObject(media) || !isObject(media.schema)) continue;
      this.checkSchemaTree(`${where} ${mediaType}`, media.schema);
      if ("example" in media) this.check(`${where} ${mediaType} example`, media.schema, media.example);
      if (isObject(media.examples)) {
        for (const [name, ex] of Object.entries(media.examples)) if (isObject(ex) && "value" in ex) this.check(`${where} ${mediaType} examples.${name}`, media.schema, ex.value);
      }
    }
  }

  /** Runs every check; returns the findings (empty when every example matches). */
  run(): string[] {
    const schemas = isObject(this.doc.components) && isObject(this.doc.components.schemas) ? this.doc.components.schemas : {};
    for (const [name, s] of Object.entries(schemas)) this.checkSchemaTree(`#/components/schemas/${name}`, s);
    for (const [path, item] of Object.entries(isObject(this.doc.paths) ? this.doc.paths : {})) {
      if (!isObject(item)) continue;
      for (const [method, op] of Object.entries(item)) {
        if (!isObject(op)) continue;
        const at = `${method.toUpperCase()} ${path}`;
        for (const p of Array.isArray(op.parameters) ? op.parameters : []) {
          if (!isObject(p) || !isObject(p.schema)) continue;
          this.checkSchemaTree(`${at} parameter ${String(p.name)}`, p.schema);
          if ("example" in p) this.check(`${at} parameter ${String(p.name)} example`, p.schema, p.example);
          if (isObject(p.examples)) {
            for (const [name, ex] of Object.entries(p.examples)) if (isObject(ex) && "value" in ex) this.check(`${at} parameter ${String(p.name)} examples.${name}`, p.schema, ex.value);
          }
        }
        if (isObject(op.requestBody)) this.checkContent(`${at} request`, op.requestBody.content);
        for (const [status, r] of Object.entries(isObject(op.responses) ? op.responses : {})) if (isObject(r)) this.checkContent(`${at} response ${status}`, r.content);
      }
    }
    return this.findings;
  }
}

/** Every enum, const, default or example value whose JSON type is not one its schema node declares. */
export function valueTypeMismatches(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (!isObject(node)) return;
    const declared = typeof node.type === "string" ? [node.type] : Array.isArray(node.type) ? (node.type as string[]) : undefined;
    if (declared) {
      const values: [string, unknown][] = [
        ...(Array.isArray(node.enum) ? node.enum.map((v, i) => [`enum[${i}]`, v] as [string, unknown]) : []),
        ...(Array.isArray(node.examples) ? node.examples.map((v, i) => [`examples[${i}]`, v] as [string, unknown]) : []),
        ...("default" in node ? [["default", node.default] as [string, unknown]] : []),
        ...("const" in node ? [["const", node.const] as [string, unknown]] : []),
      ];
      for (const [k, v] of values) if (!jsonTypes(v).some((t) => declared.includes(t))) out.push(`${where}.${k}: ${JSON.stringify(v)} is not ${declared.join(" | ")}`);
    }
    for (const [k, v] of Object.entries(node)) if (k !== "enum" && k !== "examples" && k !== "default" && k !== "const" && !k.startsWith("x-")) walk(v, `${where}/${k}`);
  };
  walk(doc, "#");
  return out;
}

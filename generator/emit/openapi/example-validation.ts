// Does a document's example match the schema the export gives it? Checked the way the OpenAPI
// linters check examples (JSON Schema 2020-12; an object schema that does not say whether it takes
// other members is closed, as Redocly's allowAdditionalProperties: false), so that an example that
// contradicts its own tables can move out of `examples` into `x-docs2sdk-examples` with the reason.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { createRequire } from "node:module";

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: its default export is the plugin function.
const addFormats = createRequire(import.meta.url)("ajv-formats") as (ajv: Ajv2020) => Ajv2020;
const DOC_ID = "urn:docs2sdk:openapi-export";

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const COMPONENT_REF = "#/components/schemas/";

/**
 * Each component is registered as a schema of its own (its id here), so that ajv compiles it once
 * for the whole document. A local reference into the document's components would be resolved
 * relative to each example's schema, and ajv then recompiles every component it reaches, once per
 * schema checked (most of the OpenAPI emitter's time).
 */
const componentId = (name: string) => `${DOC_ID}:${encodeURIComponent(name)}`;

/** The schema with references to components pointing at their registered ids, and its objects closed. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!isObject(schema)) return schema;
  const out: Json = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? resolvedRef(v) : closed(v)]));
  if (isObject(schema.properties) && !("additionalProperties" in schema)) out.additionalProperties = false;
  return out;
}

function resolvedRef(ref: string): string {
  if (ref.startsWith(COMPONENT_REF) && !ref.slice(COMPONENT_REF.length).includes("/")) return componentId(ref.slice(COMPONENT_REF.length));
  return ref.startsWith("#") ? `${DOC_ID}${ref}` : ref;
}

export class ExampleValidator {
  // Thousands of small schemas are compiled once each and run a handful of times: ajv's code
  // optimisation pass and the meta-schema check of every schema (the export's own, checked by the
  // OpenAPI tools in the tests) cost more than they save. Neither changes what validates.
  readonly #ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true, inlineRefs: false, validateSchema: false, code: { optimize: false } });
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(schemas: Json) {
    addFormats(this.#ajv);
    this.#ajv.addSchema({ $id: DOC_ID, components: { schemas: closed(schemas) } } as Json);
    for (const [name, schema] of Object.entries(schemas)) this.#ajv.addSchema(closed(schema) as Json, componentId(name));
  }

  /** Why the value does not match the schema ("/Disk/Size must be integer"), or undefined when it does. */
  problem(schema: Json, value: unknown): string | undefined {
    const key = JSON.stringify(schema);
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = this.#ajv.compile(closed(schema) as Json);
      this.#compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    const e = validate.errors?.[0];
    if (!e) return "does not match its schema";
    const extra = e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : "";
    return `${e.instancePath || "/"} ${e.message ?? "is invalid"}${extra}`;
  }
}

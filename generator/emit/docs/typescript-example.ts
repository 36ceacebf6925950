// A documented example as a call through the generated client. Values are printed as TypeScript
// literals built from JSON: strings go through JSON.stringify, so document text can only ever be
// inside a string literal (never in a comment or as code).

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INLINE_WIDTH = 72;

function key(name: string): string {
  // A literal `__proto__:` key (quoted or not) sets the object's prototype; computed, it is a key.
  if (name === "__proto__") return `["__proto__"]`;
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** `value` as a TypeScript expression, continuation lines indented by `indent`. */
export function typescriptLiteral(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((v) => typescriptLiteral(v, inner));
    const flat = `[${items.join(", ")}]`;
    if (!flat.includes("\n") && flat.length + indent.length <= INLINE_WIDTH) return flat;
    return `[\n${items.map((i) => `${inner}${i},\n`).join("")}${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${typescriptLiteral(v, inner)},\n`).join("")}${indent}}`;
  }
  return JSON.stringify(String(value));
}

export interface ClientCall {
  packageName: string;
  clientClass: string;
  method: string;
  /** Omitted when the action takes no region. */
  region?: string;
  input: Record<string, unknown>;
}

export function clientCallExample(call: ClientCall): string {
  const config = call.region === undefined ? "" : `{ region: ${JSON.stringify(call.region)} }`;
  return [
    `import { ${call.clientClass} } from ${JSON.stringify(call.packageName)};`,
    "",
    `const client = new ${call.clientClass}(${config});`,
    `const res = await client.${call.method}(${typescriptLiteral(call.input)});`,
    "console.log(res);",
    "",
  ].join("\n");
}

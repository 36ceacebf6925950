// Document text reaches generated TypeScript in two places only: JSDoc comments and string
// literals. Each has its own escaper here, and templates never print spec text any other way.

/** Characters JavaScript treats as line terminators besides \n (they would end a `//` comment). */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * One line of comment text, made safe inside a `/** ... *\/` block: `*\/` cannot close the
 * comment early, a leading `@` cannot start a tag, and `{@` cannot start an inline tag.
 */
function commentLine(line: string): string {
  return (
    line
      // Control characters (other than tab) have no place in a comment and confuse editors.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .replace(/\*\//g, "*\\/")
      .replace(/^(\s*)@/, "$1\\@")
      .replace(/\{@/g, "{\\@")
      .trimEnd()
  );
}

/** Splits text into comment-safe lines, without leading/trailing blank lines or runs of blanks. */
export function commentLines(text: string): string[] {
  const lines = text.replace(LINE_BREAKS, "\n").split("\n").map(commentLine);
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

export interface DocBlock {
  /** Free text paragraphs (already plain text; they are escaped here). */
  text?: (string | undefined)[];
  /**
   * Block tags in order: ["example", "ins-abc"], ["deprecated", ""]. Values are escaped, unless the
   * third element says the generator itself wrote the value (it may then use `{@link X}`).
   */
  tags?: ([string, string] | [string, string, "trusted"])[];
}

/**
 * A JSDoc block, indented by `indent`, or "" when there is nothing to say. The block ends with a
 * newline so a template can put it right before a declaration.
 */
export function jsdoc(block: DocBlock, indent = ""): string {
  const body: string[] = [];
  for (const paragraph of block.text ?? []) {
    if (!paragraph) continue;
    const lines = commentLines(paragraph);
    if (lines.length === 0) continue;
    if (body.length > 0) body.push("");
    body.push(...lines);
  }
  for (const [tag, value, trusted] of block.tags ?? []) {
    const lines = trusted ? value.split("\n") : commentLines(value);
    if (body.length > 0 && !body[body.length - 1]!.startsWith("@")) body.push("");
    // The tag's first value line may start with "@" too: the tag name shields it, but escape anyway.
    // A value whose first line is empty starts below the tag (an @example's code: on the tag's line,
    // it would set the margin TypeScript strips the code's indentation to).
    body.push(`@${tag}${lines.length > 0 && lines[0] !== "" ? " " + lines[0] : ""}`, ...lines.slice(1));
  }
  if (body.length === 0) return "";
  if (body.length === 1 && !body[0]!.startsWith("@")) return `${indent}/** ${body[0]} */\n`;
  return [`${indent}/**`, ...body.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join("\n") + "\n";
}

/** A TypeScript/JavaScript string literal for any text (JSON.stringify, plus the separators it leaves raw). */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as written in an interface: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

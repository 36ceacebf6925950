// The catalogue of diagnostics: every code a parser, the pipeline or an emitter may report, with its one
// severity and what it means. A diagnostic can only be made from a code listed here (DiagnosticCode is the
// key type), so one condition has one name and one severity in every dialect. The README lists this table
// (a test keeps it true); `docs2sdk` users grep spec/report.json by these codes.

export type Severity = "error" | "warning" | "info";

export interface CatalogueEntry {
  severity: Severity;
  /** What happened and what the output does about it, in one sentence. */
  meaning: string;
}

const error = (meaning: string): CatalogueEntry => ({ severity: "error", meaning });
const warning = (meaning: string): CatalogueEntry => ({ severity: "warning", meaning });
const info = (meaning: string): CatalogueEntry => ({ severity: "info", meaning });

export const DIAGNOSTIC_CATALOGUE = {
  // --- documents and dialects
  "document.unreadable": error("The document file cannot be read or decoded."),
  "document.unrecognized": error("No known API documentation dialect is found in the document."),
  "document.overlap": error("Two dialects claim overlapping line ranges of one document."),
  "document.duplicate-spec": error("Two parts of one document describe the same provider/service/version; the first is kept."),
  "document.no-actions": error("No action could be parsed from the document."),

  // --- service-level facts
  "service.name": error("The document names no service (no short product name, banner or host): the service is unknown."),
  "service.name-from-host": info("The cover names no short product name; the service is taken from the host the example requests (or the service address) use."),
  "service.version": error("The document states no API version: the version is unknown."),
  "service.version-varies": warning("Actions state different API versions; the most common one is kept."),
  "service.endpoint": error("No action states its endpoint (接口请求域名 / service address): the endpoint is unknown."),
  "service.endpoint-varies": warning("Actions name different endpoints; the most common one is the service's."),
  "service.endpoint-placeholder": warning("The documented service address is a placeholder; the real endpoint is site-specific."),
  "service.common-parameters": warning("No public (common) request parameter table is found, or its section has no table."),
  "service.common-errors": warning("No common error code list is found, or its section has no table."),
  "service.regions": info("The region list names no regions (it points to an action instead); regions are left out."),

  // --- overview (the document's own list of actions)
  "overview.missing": warning("No API overview table (API概览): the actions the document names are unknown, so coverage cannot be cross-checked."),
  "overview.duplicate": warning("The overview lists an action twice."),
  "overview.row": warning("An overview row without an action name is skipped."),

  // --- actions
  "action.missing": warning("The overview or table of contents names an action for which no section could be parsed: it is not in the spec."),
  "action.unlisted": warning("An action has a section but the overview or table of contents does not list it."),
  "action.unaccounted": error("The document names an action somewhere, but no parsed section became it (a damaged section?)."),
  "action.duplicate": error("An action is described twice; the first section is kept (the spec key is the first)."),
  "action.name": error("A section that looks like an action names no action (no title, Action row or other source): it is skipped."),
  "action.name-mismatch": warning("The sources that name an action (title, Action row, 本接口(X), example URL, overview) disagree; the majority or the heading is kept."),
  "action.name-unconfirmed": warning("The input table has no Action row to confirm the section's name."),
  "action.no-action-row": info("The request table has no Action row (the action name comes from the heading)."),
  "action.title": warning("The action is not in the overview, so it has no title."),
  "action.section": error("An action section lacks a required heading (接口描述, 输入参数 or 输出参数) or is not recognisable: it is skipped."),
  "action.heading": warning("A part heading is repeated inside one action section."),
  "action.input": error("An action has no input heading or its input heading has no table."),
  "action.output": error("An action has no output heading or its output heading has no table."),
  "action.version": warning("An action's Version row differs from the version of its part."),
  "action.no-request": warning("An action has no request parameter table."),
  "action.request-columns": warning("The request table has no required column; every parameter is read as optional."),
  "action.request-id": warning("The output table lists no RequestId."),
  "action.errors": warning("An action has no error code section or its section has neither a table nor a 'no business errors' sentence."),
  "action.endpoint": warning("An action section has no endpoint sentence (接口请求域名); the service endpoint or the example host is used."),
  "action.rate": warning("An action states two different rate limits, or one that differs from the overview."),
  "action.rate-repeated": info("An action prints the same rate limit sentence twice."),
  "action.table": warning("A table under the wrong heading (a parameter table under 错误码, an error table under parameters) is ignored."),
  "action.anchor-repeated": warning("A section anchor (接口描述) is followed by another with no section between: read as one section."),

  // --- fields (parameters and members)
  "field.name": warning("A row's name is not a parameter name (or is missing); the row is skipped or read with the name as written."),
  "field.empty-name": error("A field was built without a name."),
  "field.duplicate": warning("A parameter or member is listed twice in one table; the first is kept."),
  "field.required": warning("The required cell is neither 是 nor 否; the field is read as optional."),
  "field.nullable": warning("The 允许NULL cell is neither 是 nor 否."),
  "field.index": warning("A name with '.N' is not typed as a list."),
  "field.too-deep": warning("A dotted parameter name nests deeper than the supported depth; it is skipped."),
  "field.implicit": info("A field has members but no row of its own; read as an object or list of them."),
  "field.item-type": info("An Array whose item type the document does not state; items are read as the default."),
  "field.parent": warning("A sub-table's parent field cannot be told; its rows are read at the top level."),
  "field.placeholder": info("A placeholder row (no parameters) is skipped."),
  "field.shape": warning("A field's members are listed both with and without an index."),
  "field.type": warning("A field typed as a scalar has members; read as a structure."),
  "field.filter-table": info("Rows of a filter table are Filter.Name values, kept in the description, not read as parameters."),
  "field.value-table": info("A value table under a field lists no values of the field's type (disk size ranges per disk category): kept in the description as documented constraints, not as an enumeration."),
  "field.default-not-in-enum": warning("The documented default is not one of the values of the field's closed enumeration."),
  "field.envelope": info("The output table omits fields of the response envelope; they are taken from the envelope."),
  "request.variants": info("The request is documented as alternative tables; they are merged."),
  "name.repaired": warning("An identifier has spaces inside (PDF extraction); read with them removed."),

  // --- types and structures
  "type.missing": warning("No type is given; read as string."),
  "type.unknown": warning("A type word is not a known type; read as string."),
  "type.repaired": warning("A type word has a space inside (PDF extraction); read with it removed."),
  "type.array-items": info("An Array whose item type the document does not state; items read as strings."),
  "type.undefined": warning("A type is named but the document never defines its members; kept as a structure without fields."),
  "type.inferred-list": info("An output member typed as one structure is read as a list of it (a …Set member)."),
  "type.inline": info("An unnamed data-type table is read as the definition of the only response type left undefined."),
  "type.inline-guess": warning("An unnamed data-type table with several undefined response types; given a fallback name."),
  "type.list-wrapper": info("The example wraps a list in an object; typed as a wrapper structure holding the list."),
  "type.example-array": info("The table types a field as one value but the examples return a list; typed as a list."),
  "type.example-object": info("The table types a field Array, no path indexes it, and every example returns one object; typed as that object."),
  "type.example-conflict": warning("The examples return a field both as a list and as a single value; kept as the table types it."),
  "type.from-example": info("A structure no table defines is rebuilt from the members the response examples show."),
  "type.bad-name": warning("A data-type heading is not an identifier; skipped."),
  "type.table": warning("A data type has a table that is not a member table; ignored."),
  "struct.name": error("A structure table or reference line has no structure name above it; skipped."),
  "struct.duplicate": error("A structure is defined twice; the first definition is kept."),
  "struct.empty": warning("A structure has no member rows (or none could be read); defined without fields."),
  "struct.table": error("A structure has no column header; its rows are read as well as they can be."),
  "struct.stray-text": warning("Text before a structure's name is ignored."),
  "struct.section": warning("No data-structure section (数据结构) is found: no structures."),

  // --- tables
  "table.stray-row": warning("A line inside a table region is not part of any row (or a row has no header)."),
  "table.stray": info("Text before the first row of a table is ignored."),
  "table.empty": warning("A table has a header but no rows (cut off?)."),
  "table.width": warning("A row has more cells than the header; the extra cells are joined into the last one."),

  // --- error codes
  "error.code": warning("An error row's code is not an error code; the row is skipped."),
  "error.code-repaired": warning("An error code has spaces inside (PDF extraction); read with them removed."),
  "error.shifted": warning("An error row's columns are shifted (the message looks like a code); read as shifted."),
  "error.no-description": info("An error code has no description."),
  "error.http": warning("An error row's HTTP status is not a status code."),
  "error.row": warning("A line before the first error code is ignored."),

  // --- examples
  "example.none": info("An action (or a whole part) shows no example; none is invented."),
  "example.json": warning("An example body is not JSON even after repairs."),
  "example.xml": warning("An XML example is not well formed; kept verbatim."),
  "example.key": warning("A request example key is not a parameter name or cannot be read."),
  "example.action-mismatch": warning("A request example calls a different action than its section."),
  "example.no-action": warning("A request example names no Action."),
  "example.request": warning("A request example cannot be decoded."),
  "example.incomplete": warning("An example lacks its request or response block."),
  "example.extra": warning("A code block that is neither the request nor the response example is ignored."),
  "example.unknown": info("A code block in the examples is neither a request URL, XML nor JSON; not kept."),
  "example.unclosed": warning("A code block never closes (truncated document?)."),
  "example.stray": warning("Text before the first example heading is ignored."),
  "example.trailing": warning("Text after an example's body is ignored."),
  "example.repaired": info("An example was repaired (trailing commas, split fences, ...) to parse."),
  "example.merged": info("An example split over several code blocks is merged."),
  "example.brackets": info("Unbalanced brackets in an example were repaired."),
  "example.conform": warning("An example contradicts its table (unknown key, wrong type)."),

  // --- document outline (Alibaba)
  "outline.no-toc": warning("No table of contents: headings are taken from section numbers alone."),
  "outline.heading-missing": warning("The table of contents lists a heading the body does not have (truncated document?)."),
  "outline.title-mismatch": warning("A heading's text differs from its table-of-contents entry."),

  // --- pipeline checks on the spec
  "spec.duplicate": error("A spec path is produced twice; the first is kept."),
  "spec.language": error("Documents in two languages (a Chinese and an English export) produce the same spec and the config's preferLanguage does not rank both; the first is kept."),
  "spec.language-chosen": info("Documents in two languages produce the same spec; the one whose language preferLanguage ranks first supplies it."),
  "spec.schema": error("A spec does not match spec/schema.json."),
  "spec.dangling-ref": error("A field refers to a structure the spec does not define."),
  "pagination.mistyped": warning("An action has the paging pattern (Offset/Limit, TotalCount, a list) but one of its fields has the wrong type: no paginator is emitted for it."),

  // --- emitters
  "client.duplicate-action": warning("An action appears twice in a spec; the client keeps the first."),
  "client.duplicate-field": warning("A field appears twice; the client keeps the first."),
  "client.duplicate-struct": warning("A structure is defined twice; the client keeps the first."),
  "client.paginator-clash": warning("A paginator's name is also an action's method; the paginator is a standalone function only."),
  "client.unknown-struct": warning("A field refers to an undefined structure; typed as unknown."),
  "docs.bad-name": error("An action or type name is not an identifier; no page is written for it."),
  "docs.bad-spec-name": error("provider/service/version do not form a safe path; no docs are written."),
  "docs.case-collision": warning("Two pages differ only in case and collide on case-insensitive file systems."),
  "docs.duplicate": error("An item is defined twice; the page shows the first."),
  "docs.package-collision": error("Two specs map to one package and neither is superseded."),
  "fixture.example-request": warning("The documented request example contradicts the parameter table; the fixture is repaired."),
  "fixture.example-response": info("The documented response example contradicts the response table; the fixture is synthesized."),
  "fixture.summary": info("How many fixtures were documented and how many synthesized."),
  "fixture.superseded": info("A spec is superseded by a newer one: no package is emitted for it."),
} as const satisfies Record<string, CatalogueEntry>;

/** A catalogued code: a diagnostic cannot be made with any other. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOGUE;

export function severityOf(code: DiagnosticCode): Severity {
  const entry: CatalogueEntry | undefined = (DIAGNOSTIC_CATALOGUE as Record<string, CatalogueEntry>)[code];
  // Only plain-JS callers can get here with an unknown code; TypeScript refuses it.
  if (!entry) throw new Error(`diagnostic code ${JSON.stringify(code)} is not in the diagnostic catalogue`);
  return entry.severity;
}

/** The README's diagnostics table: one row per code, in catalogue order. */
export function catalogueTable(): string {
  const rows = Object.entries(DIAGNOSTIC_CATALOGUE).map(([code, e]) => `| \`${code}\` | ${e.severity} | ${e.meaning.replace(/\|/g, "\\|")} |`);
  return ["| code | severity | meaning |", "|---|---|---|", ...rows].join("\n");
}

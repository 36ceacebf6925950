/**
 * A package's validation tables: the fields of each structure a request reaches (STRUCTS, by
 * structure name) and of each action's request (ACTIONS, by action name). A field is
 * "<flags><type> <wire name>", or that and the values of an enumeration the document closes. Flags:
 * 1 required, 2 may be null. Type: one "[" per array level, then a primitive code (s string, d date,
 * T ISO 8601 time, B binary, t timestamp, i integer, f float, b boolean, o any JSON) or "#" and the
 * name of a structure in STRUCTS ("#" alone: a structure the document does not define). Nothing is
 * numbered, so an edit to one action or structure changes only its own entry.
 */
export type ValidationField = string | readonly [string, readonly string[]];
export type ValidationFields = readonly ValidationField[];
export type ValidationStructs = Readonly<Record<string, ValidationFields>>;
export type ValidationActions = Readonly<Record<string, ValidationFields>>;
export interface RequestValidator {
    /** The problems of a request for `action`, in member order; [] when it conforms or the action is unknown. */
    requestProblems(action: string, input: unknown): ValidationProblem[];
    /**
     * Throws a ValidationError naming each offending field path when the request does not conform.
     * With a region, the package's region parameter (Alibaba's RegionId) counts as given: the runtime
     * fills it in from the region when the input has none.
     */
    validateRequest(action: string, input: object, region?: string): void;
}
export interface ValidationProblem {
    /** Where: "Filters[0].Values[1]"; "" for the request itself. */
    path: string;
    kind: "missing" | "type" | "enum" | "null";
    message: string;
}
/** A request does not conform to the spec; thrown before anything is signed or sent. */
export declare class ValidationError extends Error {
    name: string;
    readonly code = "ValidationError";
    readonly action: string;
    /** The path of the first problem ("Filters[0].Values[1]"). */
    readonly path: string;
    readonly problems: readonly ValidationProblem[];
    constructor(action: string, problems: ValidationProblem[]);
}
/** A validator over one package's tables, decoded on first use. `regionParameter`: the request member the region option fills ("RegionId"), if any. */
export declare function createRequestValidator(STRUCTS: ValidationStructs, ACTIONS: ValidationActions, regionParameter?: string): RequestValidator;

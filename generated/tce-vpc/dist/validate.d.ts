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
/** The problems of a request for `action`, in member order; [] when it conforms or the action is not in the spec. */
export declare function requestProblems(action: string, input: unknown): ValidationProblem[];
/** Throws a {@link ValidationError} naming each offending field path when the request does not conform. */
export declare function validateRequest(action: string, input: object): void;

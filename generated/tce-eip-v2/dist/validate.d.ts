import { ValidationError, type ValidationProblem } from "@docs2sdk/runtime";
/** The problems of a request for `action`, in member order; [] when it conforms or the action is not in the spec. */
export declare const requestProblems: (action: string, input: unknown) => ValidationProblem[];
/** Throws a {@link ValidationError} naming each offending field path when the request does not conform. */
export declare const validateRequest: (action: string, input: object, region?: string) => void;
export { ValidationError, type ValidationProblem };

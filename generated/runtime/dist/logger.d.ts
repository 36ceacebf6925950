import type { Hooks } from "./types.js";
/** Anything with a debug or log method: console, pino, winston, a test collector. */
export interface Logger {
    debug?(message: string): void;
    log?(message: string): void;
}
export interface DebugLoggerOptions {
    /** Where lines go; default console (its debug method). */
    logger?: Logger;
    /** Also log the redacted headers and bodies of requests and responses; default false (bodies can hold personal data). */
    bodies?: boolean;
    /** Line prefix; default "[docs2sdk]". */
    prefix?: string;
}
export declare function debugLogger(options?: DebugLoggerOptions | Logger): Hooks;
/**
 * The logger DOCS2SDK_DEBUG turns on (its value, when not 0/false/no/off): every attempt to stderr,
 * redacted; a value containing "bodies" adds headers and bodies.
 */
export declare function debugLoggerFromEnv(flag: string): Hooks;

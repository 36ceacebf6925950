// What an answer looks like on the wire, per protocol (generator/spec/protocols.ts): the members of
// the envelope an action's table may leave out (V2's codeDesc), the wrapper (API 3.0's Response)
// and the error body, with the codes the document lists as its enum.
import { protocolErrorCodes } from "../../mock/errors.ts";
import { answerProtocolOf, type ProtocolDescriptor } from "../../spec/protocols.ts";
import type { Field, Service } from "../../spec/types.ts";

type Json = Record<string, unknown>;

const ENVELOPE_DESCRIPTION: Readonly<Record<string, string>> = {
  code: "0 on success; an error answer carries the error's number.",
  message: "Empty on success; the error message otherwise.",
  codeDesc: "\"Success\", or the error's code name.",
  RequestId: "The request's unique id.",
};

/** The schema of an envelope member, typed by the value a success answer carries ("code": 0). */
function envelopeMemberSchema(answer: ProtocolDescriptor, name: string): Json {
  const value = answer.envelope.success[name] ?? answer.envelope.successWhenDocumented[name];
  return { type: typeof value === "number" ? "integer" : "string", ...(ENVELOPE_DESCRIPTION[name] ? { description: ENVELOPE_DESCRIPTION[name] } : {}) };
}

/** Envelope members the action's output table leaves out (V2 tables often omit codeDesc), as fields of the body. */
export function envelopeSchemas(spec: Service, output: readonly Field[]): [string, Json][] {
  const answer = answerProtocolOf(spec);
  const listed = new Set(output.map((f) => f.name));
  return answer.envelope.fields.filter((name) => !listed.has(name)).map((name) => [name, envelopeMemberSchema(answer, name)]);
}

/** The schema of an action's success answer, given its body's reference. */
export function successSchema(spec: Service, bodyRef: Json): Json {
  const wrapper = answerProtocolOf(spec).envelope.wrapper;
  return wrapper !== undefined ? { type: "object", properties: { [wrapper]: bodyRef }, required: [wrapper] } : bodyRef;
}

/** Every code the document lists (the common tables and each action's own), then the protocol layer's own. */
function knownCodes(spec: Service, answer: ProtocolDescriptor): string[] {
  const documented = [...spec.errors, ...spec.actions.flatMap((a) => a.errors)].map((e) => e.code);
  const own = protocolErrorCodes(answer.name);
  return [...new Set([...documented, ...own.codes, ...own.numbers.map(String)])];
}

const NUMERIC_CODE = /^\d+$/;

/** A code member: a string with the documented codes as its enum, where the document lists any. */
function codeSchema(codes: readonly string[], description: string): Json {
  return { type: "string", ...(codes.length ? { enum: [...codes] } : {}), description };
}

/** The error answer of the service's protocol, as the provider sends it. */
export function errorSchema(spec: Service): Json {
  const answer = answerProtocolOf(spec);
  const codes = knownCodes(spec, answer);
  switch (answer.error.shape) {
    case "response-error":
      return {
        type: "object",
        description: "An error answer: HTTP 200 (5xx for a server failure) with Response.Error.",
        properties: {
          Response: {
            type: "object",
            properties: {
              Error: {
                type: "object",
                properties: { Code: codeSchema(codes, "The error code."), Message: { type: "string", description: "What went wrong." } },
                required: ["Code", "Message"],
              },
              RequestId: { type: "string", description: ENVELOPE_DESCRIPTION.RequestId },
            },
            required: ["Error", "RequestId"],
          },
        },
        required: ["Response"],
      };
    case "code-message-codedesc": {
      // V2 documents list numeric codes (4000) and named ones (InvalidVpcName): the number is `code`, the name `codeDesc`.
      const numbers = codes.filter((c) => NUMERIC_CODE.test(c)).map(Number);
      const names = codes.filter((c) => !NUMERIC_CODE.test(c));
      return {
        type: "object",
        description: "An error answer: HTTP 200 (5xx for a server failure) with a non-zero code.",
        properties: {
          code: { type: "integer", ...(numbers.length ? { enum: numbers } : {}), description: "The error's number (never 0)." },
          message: { type: "string", description: "What went wrong." },
          codeDesc: codeSchema(names, "The error's code name."),
        },
        required: ["code", "message"],
      };
    }
    case "code-message-requestid":
      return {
        type: "object",
        description: "An error answer, sent with the HTTP status of the error (4xx, 5xx).",
        properties: {
          RequestId: { type: "string", description: ENVELOPE_DESCRIPTION.RequestId },
          HostId: { type: "string", description: "The endpoint that answered." },
          Code: codeSchema(codes, "The error code."),
          Message: { type: "string", description: "What went wrong." },
        },
        required: ["RequestId", "Code", "Message"],
      };
  }
}

/** Whether API errors come back with HTTP 200 (Tencent) rather than their own status (Alibaba). */
export function errorsInSuccessStatus(spec: Service): boolean {
  return answerProtocolOf(spec).error.httpStatus === "200";
}

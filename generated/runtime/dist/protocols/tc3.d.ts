import { tc3Parts } from "../signers/tc3.js";
import { type ProtocolFactory } from "./protocol.js";
/** How a signature's parts are computed: tc3Parts anywhere; Node passes a synchronous one (see index.node.ts). */
export type Tc3PartsFunction = typeof tc3Parts;
/** The protocol with a given signing step, so that a Node bundle carries only the synchronous one. */
export declare const tc3ProtocolUsing: (parts: Tc3PartsFunction) => ProtocolFactory;
export declare const tc3Protocol: ProtocolFactory;

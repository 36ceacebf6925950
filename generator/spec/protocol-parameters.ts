// Request parameters that belong to a protocol, not to an action: the signing and routing layer
// adds them to every request. The fixtures emitter keeps them out of an example's request, and the
// mock server accepts them on every action. Read from the protocol descriptors (protocols.ts), so
// that the two can never disagree.
import { PROTOCOLS } from "./protocols.ts";
import type { Protocol } from "./types.ts";

export const PROTOCOL_PARAMETERS: Record<Protocol, readonly string[]> = {
  tc3: PROTOCOLS.tc3.commonParameters,
  "tencent-v2": PROTOCOLS["tencent-v2"].commonParameters,
  "aliyun-rpc": PROTOCOLS["aliyun-rpc"].commonParameters,
};

/**
 * Alibaba's other common parameters, which any action accepts: the owner and resource-owner identity,
 * and RegionId (the clients fill it from their region option, so an action that does not document it
 * must not fail for it).
 */
export const ALIYUN_ACCOUNT_PARAMETERS: readonly string[] = PROTOCOLS["aliyun-rpc"].acceptedParameters;

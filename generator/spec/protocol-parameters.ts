// Request parameters that belong to a protocol, not to an action: the signing and routing layer
// adds them to every request. The fixtures emitter keeps them out of an example's request, and the
// mock server accepts them on every action; one list, so the two can never disagree.
import type { Protocol } from "./types.ts";

export const PROTOCOL_PARAMETERS: Record<Protocol, readonly string[]> = {
  tc3: ["Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "Language"],
  "tencent-v2": ["Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "RequestClient"],
  "aliyun-rpc": [
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
    "TimeStamp",
    "SecurityToken",
  ],
};

/**
 * Alibaba's other common parameters, which any action accepts: the owner and resource-owner identity,
 * and RegionId (the clients fill it from their region option, so an action that does not document it
 * must not fail for it).
 */
export const ALIYUN_ACCOUNT_PARAMETERS: readonly string[] = ["SignatureType", "ResourceOwnerAccount", "ResourceOwnerId", "OwnerAccount", "OwnerId", "RegionId"];

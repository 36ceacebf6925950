import type { ActionTraits, CallOptions, ClientConfig, CredentialsProvider, CryptoProvider, Hooks, RawResult, ServiceInfo, Transport } from "./types.js";
import type { Endpoint, ProtocolFactory } from "./protocols/protocol.js";
export interface Platform {
    crypto: CryptoProvider;
    /** The transport used when the config names none: from config.fetch where given, else the platform's own. */
    transport: (config: ClientConfig) => Transport;
    /** The credential chain used when the config has no credentials (browsers: environment variables where there are any). */
    credentials: (service: ServiceInfo) => CredentialsProvider;
    /** Hooks every client of the platform adds after the config's (Node: DOCS2SDK_DEBUG's logger). */
    hooks: () => Hooks[];
}
/** "cvm.tencentcloudapi.com" or "http://127.0.0.1:8080[/path]" -> origin, Host header and path. */
export declare function resolveEndpoint(endpoint: string, defaultPath: string): Endpoint;
export declare class BaseClient {
    #private;
    readonly service: ServiceInfo;
    /** `protocol` comes from the subclass, so that a bundle carries only the protocol it uses. */
    constructor(service: ServiceInfo, config: ClientConfig, platform: Platform, protocol: ProtocolFactory);
    /** Calls an action and resolves with the unwrapped response. `traits` come from the generated command. */
    send<Input extends object, Output>(action: string, input: Input, options?: CallOptions, traits?: ActionTraits): Promise<Output>;
    /** Like send, with the HTTP response, request id, attempt count and elapsed time. */
    sendRaw<Input extends object, Output>(action: string, input: Input, options?: CallOptions, traits?: ActionTraits): Promise<RawResult<Output>>;
}

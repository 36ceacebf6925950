// Shared by the mock server's tests: a mock over the sample specs, and runtime clients pointed at it.
import { Catalog } from "../../generator/mock/catalog.ts";
import { startMockServer, type MockServer, type MockServerOptions } from "../../generator/mock/server.ts";
import type { Service } from "../../generator/spec/types.ts";
import { RuntimeClient } from "../../templates/runtime/src/index.node.ts";
import type { ClientConfig } from "../../templates/runtime/src/types.ts";
import { sampleSpecs } from "../emit/fixtures/sample-specs.ts";

export const credentials = { secretId: "AKIDmockTests", secretKey: "mock-tests-secret-key" };

export function startSampleMock(options: Partial<MockServerOptions> = {}): Promise<MockServer> {
  return startMockServer({ catalog: new Catalog(sampleSpecs()), credentials, ...options });
}

/** A runtime client for a sample spec, pointed at the mock; no backoff wait between retries. */
export function clientFor(mock: MockServer, spec: Service, config: ClientConfig = {}): RuntimeClient {
  const { provider, service, version, protocol, endpoint } = spec;
  return new RuntimeClient(
    { provider, service, version, protocol, endpoint },
    { credentials, endpoint: mock.url, region: "ap-guangzhou", maxRetries: 0, retry: { baseDelay: 1, maxDelay: 2 }, ...config },
  );
}

// The mock server's public surface: start it in a test (startMockServer) or from the command line
// (docs2sdk mock), inject faults, and compare a client's result with the fixture it was served.
export { DEFAULT_REQUEST_LOG_SIZE, MockServer, sameRequest, startMockServer, type MockCredentials, type MockRequestRecord, type MockServerOptions } from "./server.ts";
export { RequestLog } from "./request-log.ts";
export { Catalog, type MockAction, type MockService } from "./catalog.ts";
export { ENDLESS_TOTAL, nthItem, pageToken, parsePagingRule, parsePagingTotal, type ActivePaging, type PagingRule, type PagingTotal } from "./paging.ts";
export { parseFaultHeader, parseFaultRule, type ActiveFault, type FaultKind, type FaultRule } from "./faults.ts";
export { renderError, type MockError, type MockErrorKind } from "./errors.ts";
export { expectedResult, type ActionFixture, type FixtureCase } from "../emit/fixtures/build.ts";

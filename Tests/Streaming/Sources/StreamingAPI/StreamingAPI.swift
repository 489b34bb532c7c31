// SwiftPM needs one source file in a target before its plugins run; the SDK is generated from
// Tests/Fixtures/features/streaming/openapi.yaml at build time.
import SDKGenRuntime

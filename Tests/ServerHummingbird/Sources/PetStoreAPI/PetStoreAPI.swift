// SwiftPM needs one source file in a target before its plugins run; the SDK and its server side
// (00-Server.swift, from `server: true`) are generated from openapi.yaml at build time.
import SDKGenRuntime

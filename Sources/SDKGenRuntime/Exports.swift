// Generated code and its users see the transport, middleware and HTTP types through this module.
@_exported import HTTPTypes
@_exported import OpenAPIRuntime

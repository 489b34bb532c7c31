import Foundation
import KalshiAPI
import OpenAPIVapor
import PetStoreAPI
import ServerImplementations
import Vapor

// Usage: PetStoreServer [KALSHI_PUBLIC_KEY_PEM_FILE]. Listens on 127.0.0.1 on a free port and
// prints `listening on PORT` once it is ready, like the Hummingbird fixture.
// Vapor reads its own commands from the arguments; it gets none, and the PEM file is read here.
let app = try await Application.make(Environment(name: "production", arguments: ["PetStoreServer"]))
app.logger.logLevel = .warning
let transport = VaporTransport(routesBuilder: app)
try PetStore().registerHandlers(on: transport, serverURL: URL(string: "/v2")!)
try KalshiKeys().registerHandlers(on: transport, serverURL: URL(string: "/trade-api/v2")!, middlewares: try kalshiMiddlewares(CommandLine.arguments))
app.http.server.configuration.hostname = "127.0.0.1"
app.http.server.configuration.port = 0
// Runs Vapor's default command, `serve`, which starts the server and returns.
try await app.startup()
FileHandle.standardOutput.write(Data("listening on \(app.http.server.shared.localAddress?.port ?? 0)\n".utf8))
// Serves until the check script stops the process.
try await app.running?.onStop.get()
try await app.asyncShutdown()

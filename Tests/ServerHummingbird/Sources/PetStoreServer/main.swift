import Foundation
import Hummingbird
import KalshiAPI
import OpenAPIHummingbird
import PetStoreAPI
import ServerImplementations

// Usage: PetStoreServer [KALSHI_PUBLIC_KEY_PEM_FILE]. Listens on 127.0.0.1 on a free port and
// prints `listening on PORT` once it is ready.
let router = Router()
try PetStore().registerHandlers(on: router, serverURL: URL(string: "/v2")!)
try KalshiKeys().registerHandlers(on: router, serverURL: URL(string: "/trade-api/v2")!, middlewares: try kalshiMiddlewares(CommandLine.arguments))
let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: 0)),
    onServerRunning: { channel in
        // Unbuffered, so the check script sees it at once.
        FileHandle.standardOutput.write(Data("listening on \(channel.localAddress?.port ?? 0)\n".utf8))
    }
)
try await app.runService()

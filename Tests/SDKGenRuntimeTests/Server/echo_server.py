"""Echoes each request: answers with the request body as JSON and remembers the raw request line,
headers and body, which GET /__last returns. Prints its port, then serves on 127.0.0.1 until its
standard input closes."""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST = {}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length", "0") or "0")
        body = self.rfile.read(length) if length else b""
        if self.path == "/__last":
            data = json.dumps(LAST).encode()
        else:
            LAST.clear()
            LAST.update({"method": self.command, "path": self.path, "headers": {k: v for k, v in self.headers.items()}, "body": body.decode("utf-8", "surrogateescape")})
            data = body or b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_address[1], flush=True)
sys.stdin.read()
server.shutdown()

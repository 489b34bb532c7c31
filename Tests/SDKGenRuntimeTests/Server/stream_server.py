"""Serves Tests/Fixtures/features/streaming/openapi.yaml with bodies sent in chunks, with pauses,
as a streaming API sends them. Prints its port, then serves on 127.0.0.1 until its standard input
closes.

POST /completions with `"stream": true` answers server-sent events; the prompt picks the script:
- "hello": two events (the first split over two chunks, a comment between), then `data: [DONE]`.
- "hello-ack": the same, but the second event waits for GET /ack (at most 10 s), so a client that
  reads the first event only once the response has ended never sees it before the deadline.
- "malformed": the second event (`id: 7`) has a number where a string belongs.
- "endless": one event, then a comment every 50 ms until the client closes the connection.
GET /__state tells what the server saw: whether /ack came before the second event was sent,
whether a client closed an endless stream, and the last Accept header.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACK = threading.Event()
STATE = {"acked_before_end": None, "closed_by_client": False, "accept": None}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def start(self, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def chunk(self, data, pause=0.0):
        if isinstance(data, str):
            data = data.encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()
        if pause:
            time.sleep(pause)

    def finish_chunks(self):
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def whole(self, status, content_type, data):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path not in ("/ack", "/__state"):
            STATE["accept"] = self.headers.get("Accept")
        if self.path == "/ack":
            ACK.set()
            return self.whole(204, None, b"")
        if self.path == "/__state":
            return self.whole(200, "application/json", json.dumps(STATE).encode())
        if self.path.startswith("/logs"):
            self.start("application/x-ndjson")
            self.chunk('{"message":"started","level":"info"}\n{"mess', 0.02)
            self.chunk('age":"half"}\n\n', 0.02)
            self.chunk('{"message":"done","level":"info"}\n')
            return self.finish_chunks()
        if self.path == "/records":
            self.start("application/json-seq")
            self.chunk('\x1e{"message":"one"}\n\x1e{"mes', 0.02)
            self.chunk('sage":"two"}\n')
            return self.finish_chunks()
        if self.path == "/ticks":
            self.start("text/event-stream")
            self.chunk("data: one\n\n: a comment\n\n", 0.02)
            self.chunk("data: two\n\n")
            return self.finish_chunks()
        if self.path.startswith("/files/"):
            self.start("application/octet-stream")
            for index in range(3):
                self.chunk(bytes([index]) * 1000, 0.02)
            return self.finish_chunks()
        self.whole(404, "application/json", b'{"title":"no such path"}')

    def do_PUT(self):
        STATE["accept"] = self.headers.get("Accept")
        received = 0
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                received += len(self.rfile.read(size))
                self.rfile.readline()
                if size == 0:
                    break
        else:
            received = len(self.rfile.read(int(self.headers.get("Content-Length", "0") or "0")))
        self.whole(200, "application/json", json.dumps({"received": received}).encode())

    def do_POST(self):
        STATE["accept"] = self.headers.get("Accept")
        length = int(self.headers.get("Content-Length", "0") or "0")
        request = json.loads(self.rfile.read(length) or b"{}")
        if self.path != "/completions":
            return self.whole(404, "application/json", b'{"title":"no such path"}')
        if not request.get("prompt"):
            return self.whole(400, "application/json", b'{"title":"no prompt"}')
        if not request.get("stream"):
            return self.whole(200, "application/json", json.dumps({"text": "Hello!"}).encode())
        prompt = request["prompt"]
        self.start("text/event-stream; charset=utf-8")
        if prompt in ("hello", "hello-ack"):
            self.chunk('data: {"delta":"Hel', 0.05)
            self.chunk('lo","index":0}\n\n: keep-alive\n\n')
            if prompt == "hello-ack":
                STATE["acked_before_end"] = ACK.wait(10)
            self.chunk('event: delta\nid: 2\ndata: {"delta":"!","index":1}\n\n', 0.02)
            self.chunk("data: [DONE]\n\n")
        elif prompt == "malformed":
            self.chunk('data: {"delta":"a","index":0}\n\n', 0.02)
            self.chunk('id: 7\ndata: {"delta":5}\n\n')
        elif prompt == "endless":
            self.chunk('data: {"delta":"tick","index":0}\n\n')
            deadline = time.time() + 20
            try:
                while time.time() < deadline:
                    self.chunk(": waiting\n\n", 0.05)
            except (BrokenPipeError, ConnectionResetError):
                STATE["closed_by_client"] = True
                return
        self.finish_chunks()


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_address[1], flush=True)
sys.stdin.read()
server.shutdown()

"""A stand-in for Kalshi's API-keys endpoints that checks every request's signature.

The check is independent of the Swift SDK: Python's `cryptography` package verifies RSA-PSS
(SHA-256, MGF1-SHA-256, salt length 32) and Ed25519 signatures over
timestamp + METHOD + path (with the /trade-api/v2 base path, without the query).

On start it prints one JSON line: the port and the private keys the test signs with. It serves
on 127.0.0.1 until its standard input closes.
"""
import base64
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

BASE = "/trade-api/v2"
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
ED_KEY = ed25519.Ed25519PrivateKey.generate()
PUBLIC_KEYS = {"rsa-key": RSA_KEY.public_key(), "ed-key": ED_KEY.public_key()}
LAST = {}


def pem(key, fmt):
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


def verify(handler):
    key_id = handler.headers.get("KALSHI-ACCESS-KEY", "")
    timestamp = handler.headers.get("KALSHI-ACCESS-TIMESTAMP", "")
    signature = handler.headers.get("KALSHI-ACCESS-SIGNATURE", "")
    public = PUBLIC_KEYS.get(key_id)
    if public is None or not timestamp.isdigit() or abs(time.time() * 1000 - int(timestamp)) > 60_000:
        return False
    message = (timestamp + handler.command + handler.path.split("?", 1)[0]).encode()
    try:
        raw = base64.b64decode(signature, validate=True)
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(raw, message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())
        else:
            public.verify(raw, message)
    except (InvalidSignature, ValueError):
        return False
    return True


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("Content-Length", "0") or "0")
        body = self.rfile.read(length) if length else b""
        if self.path == "/__last":
            return self.reply(200, LAST)
        LAST.clear()
        LAST.update({"method": self.command, "path": self.path, "body": body.decode(), "content_type": self.headers.get("Content-Type", "")})
        if not verify(self):
            return self.reply(401, {"code": "unauthorized", "message": "signature check failed"})
        path = self.path.split("?", 1)[0]
        if not path.startswith(BASE):
            return self.reply(404, {"code": "not_found", "message": "unknown path"})
        path = path[len(BASE):]
        if self.command == "GET" and path == "/api_keys":
            return self.reply(200, {"api_keys": [
                {"api_key_id": "k1", "name": "bot", "scopes": ["read", "write", "read::a_scope_added_later"]},
                {"api_key_id": "k2", "name": "sub", "scopes": ["write::trade"], "subaccount": 3, "fcm_subtrader_id": None},
            ], "api_key_region_expiration_ts": 1767225600})
        if self.command == "POST" and path == "/api_keys":
            request = json.loads(body or b"{}")
            if not request.get("name") or "BEGIN PUBLIC KEY" not in request.get("public_key", ""):
                return self.reply(400, {"code": "bad_request", "message": "name and public_key are required"})
            return self.reply(201, {"api_key_id": "created-" + request["name"]})
        if self.command == "POST" and path == "/api_keys/generate":
            request = json.loads(body or b"{}")
            key_type = request.get("key_type", "rsa")
            return self.reply(201, {"api_key_id": "generated-1", "key_type": key_type, "private_key": "-----BEGIN PRIVATE KEY-----\nstub\n-----END PRIVATE KEY-----\n"})
        if self.command == "DELETE" and path.startswith("/api_keys/"):
            key = path[len("/api_keys/"):]
            if key == "missing":
                return self.reply(404, {"code": "not_found", "message": "API key not found"})
            if key == "boom":
                return self.reply(500, {"code": "internal", "message": "something broke"})
            return self.reply(204)
        return self.reply(404, {"code": "not_found", "message": "unknown path"})

    do_GET = do_POST = do_DELETE = do_PUT = handle_any


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(json.dumps({
        "port": server.server_address[1],
        "rsa_pkcs1": pem(RSA_KEY, serialization.PrivateFormat.TraditionalOpenSSL),
        "rsa_pkcs8": pem(RSA_KEY, serialization.PrivateFormat.PKCS8),
        "ed25519_pkcs8": pem(ED_KEY, serialization.PrivateFormat.PKCS8),
    }), flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()

"""Signs Kalshi requests independently of the Swift SDK, for the server-side verifier's tests.

Python's `cryptography` package makes an RSA and an Ed25519 key, and signs
timestamp + METHOD + path (RSA-PSS with SHA-256, MGF1-SHA-256 and salt length 32, or Ed25519).
It prints one JSON line: both public keys (PEM) and the signed requests, then waits until its
standard input closes.
"""
import base64
import json
import sys
import time

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
ED_KEY = ed25519.Ed25519PrivateKey.generate()


def public_pem(key):
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def sign(key, message):
    if isinstance(key, rsa.RSAPrivateKey):
        raw = key.sign(message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256())
    else:
        raw = key.sign(message)
    return base64.b64encode(raw).decode()


def request(key_id, key, method, path, timestamp):
    # The query is not signed: the path is cut at "?".
    message = (str(timestamp) + method + path.split("?", 1)[0]).encode()
    return {"key": key_id, "method": method, "path": path, "timestamp": str(timestamp), "signature": sign(key, message)}


now = int(time.time() * 1000)
print(json.dumps({
    "rsa_public": public_pem(RSA_KEY),
    "ed25519_public": public_pem(ED_KEY),
    "requests": [
        request("rsa-key", RSA_KEY, "GET", "/trade-api/v2/api_keys?limit=5", now),
        request("ed-key", ED_KEY, "POST", "/trade-api/v2/api_keys", now),
        request("ed-key", ED_KEY, "DELETE", "/trade-api/v2/api_keys/k-1", now - 30_000),
        request("rsa-key", RSA_KEY, "GET", "/trade-api/v2/api_keys", now - 600_000),
    ],
}), flush=True)
sys.stdin.read()

#!/usr/bin/python3
"""A Kombo-shaped sink on 127.0.0.1 for bench.sh: reads each request body in chunks, keeps
nothing, and answers like POST /ats/candidates. Prints its port, then serves until killed."""
import http.server
import json
import sys

ANSWER = json.dumps({
    "status": "success",
    "data": {"id": "bench", "first_name": "Bench", "last_name": "Mark",
             "remote_url": None, "applications": [], "tags": []},
    "warnings": [],
}).encode()


class Sink(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        remaining = int(self.headers.get("Content-Length", "0"))
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 1 << 16))
            if not chunk:
                break
            remaining -= len(chunk)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Sink)
print(server.server_address[1], flush=True)
server.serve_forever()

#!/usr/bin/python3
"""A Kombo-shaped sink on 127.0.0.1 for bench.sh: reads each request body in chunks, keeps
nothing, and answers like POST /ats/candidates. It also answers the reads Shortlist makes
before it can submit (the key, the integration, no jobs, no candidates with the address, and
attachment limits large enough for any benchmark file). Prints its port, then serves until
killed."""
import http.server
import json
import sys

ANSWER = json.dumps({
    "status": "success",
    "data": {"id": "bench", "first_name": "Bench", "last_name": "Mark",
             "remote_url": None, "applications": [], "tags": []},
    "warnings": [],
}).encode()


READS = {
    "/v1/check-api-key": {"environment_id": "bench", "customer_id": "bench"},
    "/v1/integrations/bench:sink": {
        "id": "bench:sink", "category": "ATS", "status": "ACTIVE", "setup_status": "COMPLETED",
        "tool": {"id": "bench", "label": "Bench ATS", "internal_label": None, "logo_url": None, "icon_url": None},
        "end_user": {"organization_name": "Bench", "creator_email": None, "origin_id": None},
    },
    "/v1/ats/jobs": {"next": None, "results": []},
    "/v1/ats/candidates": {"next": None, "results": []},
    "/v1/ats/actions/ats_create_candidate": {
        "attachment_restrictions": {"total_size_bytes": 1 << 30, "types": {}},
    },
}


class Sink(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        data = READS.get(self.path.split("?")[0])
        body = json.dumps({"status": "success", "data": data} if data is not None else
                          {"status": "error", "error": {"code": None, "title": None,
                                                        "message": "No such route.", "log_url": None}}).encode()
        self.send_response(200 if data is not None else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

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


# A thread per connection: Shortlist keeps the connection of its reads open while it sends
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
print(server.server_address[1], flush=True)
server.serve_forever()

#!/usr/bin/python3
"""A hostile report server on 127.0.0.1 for session 40's measurement (docs/HOSTILE-INPUTS.md).
/drip.pdf: 200, application/pdf, then '%PDF-1.4' and one byte a second for ever; /a and /b redirect to each other.
usage: server.py PORT  (prints each request to stdout)"""
import sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        print(time.strftime("%H:%M:%S"), self.path, flush=True)
        if self.path.startswith("/drip"):
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                self.wfile.write(b"%PDF-1.4\n")
                self.wfile.flush()
                while True:
                    time.sleep(1)
                    self.wfile.write(b" ")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                print(time.strftime("%H:%M:%S"), "client closed", flush=True)
            return
        target = "/b" if self.path.startswith("/a") else "/a"
        self.send_response(302)
        self.send_header("Location", "http://127.0.0.1:%d%s" % (self.server.server_port, target))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *a):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()

#!/usr/bin/env python3
"""A webhook receiver for bench/run --webhooks: answers every POST 204 at once and counts them.

Usage: webhook_receiver.py <port> <count-file>. Writes the number of deliveries received to
<count-file> every second and when stopped (SIGTERM). Listens on 127.0.0.1 only.
"""
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, count_file = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
received = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real receiver behind a proxy would

    def do_POST(self):
        global received
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with lock:
            received += 1
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def write_count():
    with open(count_file, "w") as out:
        out.write(f"{received}\n")


def stop(*_):
    write_count()
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
ThreadingHTTPServer.request_queue_size = 256  # bursts of the worker's connections, not refused
server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
while True:
    write_count()
    threading.Event().wait(1)

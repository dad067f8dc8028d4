#!/usr/bin/env python3
"""A WebSub hub stand-in for feedpub's tests, on 127.0.0.1 only.

usage: hub.py PORT_FILE LOG_FILE [MODE]
Listens on a free port, writes the port number to PORT_FILE (atomically, via rename), and
appends one line per request to LOG_FILE: "<method> <path> <content-type> <body>".
MODE: ok (204 to everything), flaky (503 to the first request, then 204), down (503 always),
fail:COUNT (503 to the first COUNT requests, then 204), slow:SECONDS (204 to everything, each
after SECONDS). The most requests ever in flight at once
is kept in LOG_FILE.inflight.
Exits on its own after 120 seconds, so a test that fails to stop it leaves nothing behind.
"""
import http.server
import os
import signal
import sys
import threading
import time

# The test runner's threads block most signals and a spawned child inherits that mask, so a
# SIGTERM from the test would never arrive: unblock them all first.
signal.pthread_sigmask(signal.SIG_UNBLOCK, range(1, signal.NSIG))

port_file, log_file = sys.argv[1], sys.argv[2]
mode = sys.argv[3] if len(sys.argv) > 3 else "ok"
lock = threading.Lock()
requests = 0
in_flight = 0
most_in_flight = 0
delay = float(mode.split(":", 1)[1]) if mode.startswith("slow:") else 0
failures = int(mode.split(":", 1)[1]) if mode.startswith("fail:") else 0


class Hub(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global requests, in_flight, most_in_flight
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode("utf-8", "replace")
        with lock:
            in_flight += 1
            most_in_flight = max(most_in_flight, in_flight)
            with open(log_file + ".inflight", "w") as out:
                out.write(str(most_in_flight))
        time.sleep(delay)
        with lock:
            in_flight -= 1
            requests += 1
            first = requests == 1
            with open(log_file, "a") as log:
                log.write(f"POST {self.path} {self.headers.get('Content-Type', '')} {body}\n")
        failing = mode == "down" or (mode == "flaky" and first) or requests <= failures
        self.send_response(503 if failing else 204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hub)
timer = threading.Timer(120, server.shutdown)
timer.daemon = True
timer.start()
with open(port_file + ".tmp", "w") as out:
    out.write(str(server.server_address[1]))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()

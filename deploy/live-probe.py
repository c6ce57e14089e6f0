#!/usr/bin/python3
"""A browser's side of Stockroom's live updates, for deploy/scale-test.sh and bench/live.sh.

Signs a STOMP-over-WebSocket client in with a page session cookie (and the CSRF token the
page carries for the socket, as static/js/live.js does), subscribes to /topic/stock-levels,
and times how long a movement POSTed to an instance takes to reach the subscribers.

  check    POST one receipt; every subscriber must see its figures within --limit-ms
  latency  POST --count receipts one after another; print p50, p99 and max of the slowest
           subscriber's delay per movement (exit 1 when p99 is above --limit-ms)
  hold     open --count subscribers and keep them reading until killed (prints "ready")

Needs Debian's python3-websocket (the websocket-client library); run it with /usr/bin/python3.
"""
import argparse
import json
import re
import sys
import threading
import time
import urllib.request

import websocket


def csrf_of(page_base, cookie):
    """The CSRF header name and token of a signed-in page (the <meta> tags live.js reads)."""
    request = urllib.request.Request(page_base + "/", headers={"Cookie": cookie})
    html = urllib.request.urlopen(request, timeout=10).read().decode()
    token = re.search(r'<meta name="live-csrf" content="([^"]+)"', html)
    header = re.search(r'<meta name="live-csrf-header" content="([^"]+)"', html)
    if not token or not header:
        sys.exit("live-probe: the page at %s/ carries no live-csrf meta tags (not signed in?)" % page_base)
    return header.group(1), token.group(1)


def frame(command, headers, body=""):
    return command + "\n" + "".join("%s:%s\n" % item for item in headers.items()) + "\n" + body + "\0"


class Subscriber:
    """One socket subscribed to /topic/stock-levels; records when each level's figures arrive."""

    def __init__(self, ws_url, cookie, csrf, discard=False):
        self.discard = discard
        self.arrivals = {}  # (product, warehouse, on hand) -> monotonic arrival time
        self.changed = threading.Condition()
        self.socket = websocket.create_connection(ws_url, header=["Cookie: " + cookie], timeout=10)
        self.socket.send(frame("CONNECT", {"accept-version": "1.2", "heart-beat": "0,0", csrf[0]: csrf[1]}))
        reply = self.socket.recv()
        if not reply.startswith("CONNECTED"):
            sys.exit("live-probe: %s refused the CONNECT: %s" % (ws_url, reply.split("\n")[0:3]))
        self.socket.send(frame("SUBSCRIBE", {"id": "stock", "destination": "/topic/stock-levels"}))
        self.socket.settimeout(None)
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        try:
            while self.discard:
                self.socket.recv()  # a held socket only takes what arrives, as a browser tab does
            while True:
                for raw in self.socket.recv().split("\0"):
                    raw = raw.lstrip("\r\n")
                    if not raw.startswith("MESSAGE"):
                        if raw.startswith("ERROR"):
                            print("live-probe: ERROR frame: %s" % raw.split("\n")[0:4], file=sys.stderr)
                        continue
                    now = time.monotonic()
                    body = raw.split("\n\n", 1)[1] if "\n\n" in raw else ""
                    with self.changed:
                        for level in json.loads(body).get("levels", []):
                            key = (level["productId"], level["warehouseId"], level["onHand"])
                            self.arrivals.setdefault(key, now)
                        self.changed.notify_all()
        except (websocket.WebSocketException, OSError):
            pass

    def wait_for(self, key, deadline):
        with self.changed:
            while key not in self.arrivals and time.monotonic() < deadline:
                self.changed.wait(deadline - time.monotonic())
            return self.arrivals.get(key)


def receipt(post_base, bearer, product, warehouse, quantity):
    """POSTs a receipt; answers the on-hand figure the ledger made and when the POST was sent."""
    body = json.dumps({"type": "RECEIPT", "productId": product, "warehouseId": warehouse,
                       "quantity": quantity, "reason": "live probe"}).encode()
    request = urllib.request.Request(post_base + "/api/v1/stock/movements", data=body, method="POST", headers={
        "Authorization": bearer, "Content-Type": "application/json", "Accept": "application/json"})
    sent = time.monotonic()
    answer = json.loads(urllib.request.urlopen(request, timeout=10).read())
    return answer["movements"][0]["resultingQuantity"], sent


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["check", "latency", "hold"])
    parser.add_argument("--page-base", required=True, help="an instance's URL, to read the CSRF token from")
    parser.add_argument("--cookie", required=True, help="the page session cookie, NAME=VALUE")
    parser.add_argument("--ws", action="append", required=True, help="a WebSocket URL (ws://.../ws); repeatable")
    parser.add_argument("--post-base", help="where movements are POSTed")
    parser.add_argument("--bearer", help="the Authorization header's value for the POSTs")
    parser.add_argument("--product", type=int)
    parser.add_argument("--warehouse", type=int)
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--limit-ms", type=float, default=1000)
    args = parser.parse_args()

    csrf = csrf_of(args.page_base, args.cookie)
    count = args.count if args.mode == "hold" else 1
    subscribers = [Subscriber(args.ws[i % len(args.ws)], args.cookie, csrf, discard=args.mode == "hold")
                   for i in range(count * (1 if args.mode == "hold" else len(args.ws)))]
    time.sleep(0.5)  # the SUBSCRIBE frames are taken asynchronously
    if args.mode == "hold":
        print("ready %d" % len(subscribers), flush=True)
        threading.Event().wait()

    if args.mode == "latency":
        # Five movements first, not counted: the first messages also pay for the JIT and
        # for the connections each side opens on first use.
        for _ in range(5):
            on_hand, sent = receipt(args.post_base, args.bearer, args.product, args.warehouse, 1)
            for subscriber in subscribers:
                subscriber.wait_for((args.product, args.warehouse, on_hand), sent + 5)
    delays = []
    for _ in range(1 if args.mode == "check" else args.count):
        on_hand, sent = receipt(args.post_base, args.bearer, args.product, args.warehouse, 1)
        key = (args.product, args.warehouse, on_hand)
        slowest = 0.0
        for index, subscriber in enumerate(subscribers):
            arrived = subscriber.wait_for(key, sent + 5)
            if arrived is None:
                print("FAIL subscriber %d on %s never saw on hand %d" % (index, args.ws[index % len(args.ws)], on_hand))
                return 1
            if args.mode == "check":
                print("subscriber %d on %s saw on hand %d after %.0f ms" % (
                    index, args.ws[index % len(args.ws)], on_hand, (arrived - sent) * 1000))
            slowest = max(slowest, arrived - sent)
        delays.append(slowest * 1000)
    if args.mode == "check":
        return 0 if max(delays) <= args.limit_ms else 1
    p50, p99 = percentile(delays, 50), percentile(delays, 99)
    print("LIVE movements=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f" % (len(delays), p50, p99, max(delays)))
    return 0 if p99 <= args.limit_ms else 1


if __name__ == "__main__":
    sys.exit(main())

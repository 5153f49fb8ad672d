#!/usr/bin/env python3
"""Load test of `contra serve`, on loopback only, bounded in count and time.

    scripts/load-serve.py [--articles 400] [--clients 16] [--kill-after SECONDS] [--bin PATH]

Starts `contra serve` on a free loopback port with a fresh store. CLIENTS threads post ARTICLES
generated articles in all (scripts/gen_articles.py, padded to a few KB each), one per request,
and label flags as they go (after each post, half the time: list five unreviewed flags and
decide one). A 503 is waited out (Retry-After) and retried. Then:

- every article and every label that got a 2xx is counted in the store;
- no 5xx other than 503 may have been answered;
- p50/p95 latency per endpoint, throughput and the server's peak RSS are printed.

With --kill-after, the server is killed with SIGKILL that many seconds in, while clients are
posting; the store must then pass PRAGMA integrity_check and hold every request that got a
2xx, and a restarted server must answer and score again.

Exit status 0 when every check passes, 1 otherwise. Prints a JSON summary last.
"""
import argparse
import http.client
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def articles(n, work):
    """n generated articles, padded with background paragraphs to a few KB each."""
    src, extra = os.path.join(work, "a.jsonl"), os.path.join(work, "b.jsonl")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen_articles.py"), str(n), src, extra], check=True)
    rng = random.Random(7)
    out = []
    for i, line in enumerate(open(src)):
        a = json.loads(line)
        words = re.findall(r"[a-z]{6,}", a["text"])
        background = [
            f"Background {k + 1}: residents have followed the {rng.choice(words)} {rng.choice(words)} question "
            f"for years, and council papers from {2000 + (i + k) % 25} describe the {rng.choice(words)} in detail."
            for k in range(14)
        ]
        a["text"] = a["text"] + "\n\n" + "\n\n".join(background)
        a["title"] = f"{a['title']} ({i})"
        out.append(a)
    return out


class Server:
    def __init__(self, binary, db):
        self.proc = subprocess.Popen(
            [binary, "serve", "--db", db, "--listen", "127.0.0.1:0"],
            stderr=subprocess.PIPE, text=True, env={k: v for k, v in os.environ.items() if k != "CONTRA_TOKEN"},
        )
        self.port = None
        deadline = time.time() + 120
        while time.time() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            m = re.search(r"serving on http://127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
                break
        if self.port is None:
            raise SystemExit("load-serve: the server did not start")
        # Keep reading its log so that it never blocks on a full pipe.
        self.log = []
        threading.Thread(target=lambda: self.log.extend(self.proc.stderr), daemon=True).start()
        self.peak_kb = 0
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self):
        while self.proc.poll() is None:
            try:
                for line in open(f"/proc/{self.proc.pid}/status"):
                    if line.startswith("VmRSS:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            except OSError:
                return
            time.sleep(0.1)

    def request(self, method, path, body=None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        try:
            data = json.dumps(body).encode() if body is not None else None
            c.request(method, path, body=data, headers={"Content-Type": "application/json"})
            r = c.getresponse()
            return r.status, r.getheader("Retry-After"), r.read()
        finally:
            c.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--kill-after", type=float, default=None)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "contra"))
    ap.add_argument("--time-limit", type=float, default=1800, help="give up after this many seconds")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="load-serve-")
    db = os.path.join(work, "serve.db")
    todo = articles(args.articles, work)
    server = Server(args.bin, db)
    lock = threading.Lock()
    timings = {}          # endpoint -> [seconds]
    statuses = {}         # status -> count
    stored_articles = set()
    labels_ok = []        # (flag, decision) that got a 2xx
    errors = []
    queue = list(range(len(todo)))
    start = time.time()
    killed = threading.Event()

    def note(endpoint, status, secs):
        with lock:
            timings.setdefault(endpoint, []).append(secs)
            statuses[status] = statuses.get(status, 0) + 1

    def client(k):
        rng = random.Random(k)
        while not killed.is_set() and time.time() - start < args.time_limit:
            with lock:
                if not queue:
                    return
                i = queue.pop()
            while not killed.is_set():
                t = time.time()
                try:
                    status, retry, body = server.request("POST", "/v1/articles", todo[i])
                except OSError as e:
                    if not killed.is_set():
                        errors.append(f"POST /v1/articles: {e}")
                    return
                note("POST /v1/articles", status, time.time() - t)
                if status == 503:
                    time.sleep(float(retry or 1))
                    continue
                if 200 <= status < 300:
                    with lock:
                        stored_articles.update(a["id"] for a in json.loads(body)["articles"])
                break
            if rng.random() < 0.5 and not killed.is_set():
                try:
                    t = time.time()
                    status, _, body = server.request("GET", "/v1/flags?status=unreviewed&limit=5")
                    note("GET /v1/flags", status, time.time() - t)
                    flags = json.loads(body).get("flags", []) if status == 200 else []
                    if flags:
                        flag = rng.choice(flags)["id"]
                        decision = rng.choice(["confirmed", "rejected"])
                        t = time.time()
                        status, _, _ = server.request(
                            "POST", f"/v1/flags/{flag}/label",
                            {"decision": decision, "reviewer": f"client{k}", "note": "load test"},
                        )
                        note("POST /v1/flags/{id}/label", status, time.time() - t)
                        if 200 <= status < 300:
                            with lock:
                                labels_ok.append((flag, decision))
                except OSError as e:
                    if not killed.is_set():
                        errors.append(f"labels: {e}")

    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    for t in threads:
        t.start()
    if args.kill_after is not None:
        time.sleep(args.kill_after)
        killed.set()
        server.proc.send_signal(signal.SIGKILL)
    for t in threads:
        t.join()
    wall = time.time() - start
    if args.kill_after is None:
        server.proc.send_signal(signal.SIGTERM)
    code = server.proc.wait(timeout=120)

    checks = {}
    conn = sqlite3.connect(db)
    checks["integrity_check"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    have_articles = {r[0] for r in conn.execute("SELECT id FROM articles")}
    reviews = conn.execute("SELECT flag, decision FROM reviews").fetchall()
    conn.close()
    missing_articles = sorted(stored_articles - have_articles)
    missing_labels = [l for l in labels_ok if l not in reviews]
    five_xx = {s: n for s, n in statuses.items() if s >= 500 and s != 503}
    ok = (
        checks["integrity_check"] == "ok"
        and not missing_articles
        and not missing_labels
        and not five_xx
        and (args.kill_after is not None or (code == 0 and not errors and len(stored_articles) == len(todo)))
    )
    restarted = None
    if args.kill_after is not None:
        again = Server(args.bin, db)
        status, _, _ = again.request("GET", "/v1/health")
        post, _, _ = again.request("POST", "/v1/articles", todo[0])
        again.proc.send_signal(signal.SIGTERM)
        again.proc.wait(timeout=120)
        restarted = {"health": status, "post": post}
        ok = ok and status == 200 and post == 200

    def pct(xs, q):
        xs = sorted(xs)
        return round(1000 * xs[min(len(xs) - 1, int(q * len(xs)))], 1) if xs else None

    summary = {
        "articles_posted_2xx": len(stored_articles),
        "articles_in_store": len(have_articles),
        "labels_2xx": len(labels_ok),
        "reviews_in_store": len(reviews),
        "missing_articles": len(missing_articles),
        "missing_labels": len(missing_labels),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "unexpected_5xx": five_xx,
        "client_errors": errors[:5],
        "wall_s": round(wall, 1),
        "articles_per_s": round(len(stored_articles) / wall, 2),
        "latency_ms": {e: {"n": len(v), "p50": pct(v, 0.5), "p95": pct(v, 0.95)} for e, v in sorted(timings.items())},
        "peak_rss_mb": round(server.peak_kb / 1024),
        "server_exit": code,
        "integrity_check": checks["integrity_check"],
        "killed_after_s": args.kill_after,
        "restarted": restarted,
        "ok": ok,
    }
    print(json.dumps(summary, indent=1))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs a command and reports the most space its SQLite temp files took at once.

SQLite deletes a temp file as soon as it opens it, so `du` never sees one; the open descriptor
does. The command runs with SQLITE_TMPDIR set to a fresh folder, and every 20 ms the sizes of
the files its process holds open there (deleted or not) are summed; the peak is printed to
stderr as `peak temp: N bytes`. The command's exit status is passed on.

    scripts/peak-temp.py CMD [ARGS...]
"""
import os
import subprocess
import sys
import tempfile
import time


def held_bytes(pid, folder):
    total = 0
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return 0
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith(folder + "/"):
                total += os.stat(f"/proc/{pid}/fd/{fd}").st_size
        except OSError:
            pass
    return total


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory(prefix="contra-temp-") as folder:
        env = dict(os.environ, SQLITE_TMPDIR=folder, TMPDIR=folder)
        proc = subprocess.Popen(sys.argv[1:], env=env)
        peak = 0
        while proc.poll() is None:
            # The command may be a wrapper (/usr/bin/time): look at its children too.
            pids = [proc.pid]
            try:
                with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as f:
                    pids += [int(p) for p in f.read().split()]
            except OSError:
                pass
            peak = max(peak, sum(held_bytes(p, folder) for p in pids))
            time.sleep(0.02)
        print(f"peak temp: {peak} bytes", file=sys.stderr)
        sys.exit(proc.returncode)


if __name__ == "__main__":
    main()

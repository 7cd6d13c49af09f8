"""`make stack`: the production topology in the foreground until Ctrl-C."""

import argparse
import shutil
import signal
import sys
import time
from pathlib import Path

from .supervisor import ROOT, Stack


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--directory", type=Path, default=ROOT / "var" / "stack")
    parser.add_argument("--port", type=int, default=8080, help="nginx's port on 127.0.0.1")
    parser.add_argument("--instances", type=int, default=2)
    args = parser.parse_args()
    shutil.rmtree(args.directory, ignore_errors=True)  # a fresh cluster each time
    stack = Stack(args.directory, nginx_port=args.port, instances=args.instances)
    for signum in (signal.SIGINT, signal.SIGTERM):  # SIGINT arrives ignored when started with &
        signal.signal(signum, signal.default_int_handler)
    try:
        stack.start()
        print(stack.banner(), flush=True)
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nStopping ...")
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

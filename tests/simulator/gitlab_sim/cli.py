"""gitlab-sim command line: serve the simulator until interrupted."""
from __future__ import annotations

import argparse
import logging
import signal
import sys

from werkzeug.serving import WSGIRequestHandler, make_server

from gitlab_sim.app import Simulator
from gitlab_sim.clock import CLOCK
from gitlab_sim.seed import seed_users
from gitlab_sim.state import PROFILES


class _Handler(WSGIRequestHandler):
    def date_time_string(self, timestamp=None):
        """The Date header reads the simulator's clock, as GitLab's reads its own: a client that learns GitLab's
        time from it (to know when a rate-limit window ends) sees the time the limits count by."""
        return super().date_time_string(CLOCK.time() if timestamp is None else timestamp)


class _QuietHandler(_Handler):
    def log_request(self, *args, **kwargs):  # pylint: disable=arguments-differ
        pass


def build_parser():
    parser = argparse.ArgumentParser(prog="gitlab-sim", description="GitLab REST v4 Users API simulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True, help="0 picks a free port")
    parser.add_argument("--root-token", required=True, help="personal access token of root (scopes api, sudo)")
    parser.add_argument("--latency-ms", type=int, default=0, help="fixed latency added to every API request")
    parser.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM)")
    parser.add_argument("--tls-key", help="private key for --tls-cert (PEM)")
    parser.add_argument("--seed-users", type=int, default=0, help="bulk-create N varied users at start")
    parser.add_argument("--edition", choices=["ce", "ee"], help="default ce (ee with --profile gitlab.com)")
    parser.add_argument("--external-url", help="URL used in web_url and Link headers (default: the listen URL)")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="self-managed",
                        help="start with the settings of this kind of GitLab (gitlab.com: its Users API rate "
                             "limits); default self-managed")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if bool(args.tls_cert) != bool(args.tls_key):
        build_parser().error("--tls-cert and --tls-key go together")
    settings = dict(PROFILES[args.profile], host=args.external_url)
    settings["edition"] = args.edition or settings.get("edition", "ce")
    sim = Simulator(args.root_token, latency_ms=args.latency_ms, settings=settings)
    if args.seed_users:
        seed_users(sim.state, args.seed_users)
    ssl_context = (args.tls_cert, args.tls_key) if args.tls_cert else None
    logging.getLogger("werkzeug").setLevel(logging.INFO if args.access_log else logging.ERROR)
    server = make_server(args.host, args.port, sim, threaded=True, ssl_context=ssl_context,
                         request_handler=_Handler if args.access_log else _QuietHandler)
    scheme = "https" if ssl_context else "http"
    host = "[%s]" % args.host if ":" in args.host else args.host
    sim.listen_url = "%s://%s:%d" % (scheme, host, server.port)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # GitLab serves concurrent requests side by side; here one interpreter lock serializes them, and a thread
    # rendering a page holds it for up to the switch interval (5 ms by default) while a request whose latency
    # has passed, or a new connection, waits. A shorter interval keeps concurrent clients' waits near the
    # simulated latency (the gitlab_users lookup's listing at 50 ms: 0.29 of the serial time instead of 0.31).
    sys.setswitchinterval(0.001)
    print("listening on %s" % sim.listen_url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()

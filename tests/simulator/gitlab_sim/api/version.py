"""GET /version (requires authentication, like GitLab)."""
from __future__ import annotations

from gitlab_sim.routing import route


@route("GET", "/version")
def version(call):
    call.authenticate()
    settings = call.state.settings
    return {
        "version": settings["version"] + ("-ee" if settings["edition"] == "ee" else ""),
        "revision": "5im0la7",
        "kas": {"enabled": False, "externalUrl": None, "externalK8sProxyUrl": None, "version": None},
        "enterprise": settings["edition"] == "ee",
    }

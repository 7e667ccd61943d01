# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The HTTP library of the client, requests (with urllib3 below it), imported in this one place.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!

A module must be able to import the client without requests, to fail with Ansible's missing_required_lib
message instead of a traceback: REQUESTS_IMPORT_ERROR says why the import failed, and GitLabClient() raises
ImportError with it before any of these names is used.
"""

from __future__ import annotations

import traceback

REQUESTS_IMPORT_ERROR: str | None
try:
    import requests
    from requests.utils import parse_header_links
    from urllib3.exceptions import NewConnectionError
except ImportError:
    REQUESTS_IMPORT_ERROR = traceback.format_exc()
    # Importable without requests (ansible-test's import sanity test has none): nothing uses these before
    # GitLabClient() has raised ImportError with REQUESTS_IMPORT_ERROR.
    requests = None  # type: ignore[assignment]
    parse_header_links = None  # type: ignore[assignment]
    NewConnectionError = None  # type: ignore[assignment,misc]
else:
    REQUESTS_IMPORT_ERROR = None

__all__ = ["REQUESTS_IMPORT_ERROR", "NewConnectionError", "parse_header_links", "requests"]

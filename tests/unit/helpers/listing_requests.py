# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The requests of a listing of all users (gitlab_users_converge's), as the tests expect them: computed from how
many users GitLab lists (its X-Total header), not from the listing code."""

from __future__ import annotations

import math
from typing import Any, Dict, List, Tuple

Request = Tuple[str, str, Dict[str, Any]]
KEYSET = {"order_by": "id", "pagination": "keyset", "per_page": "100", "sort": "asc"}
CURSOR = {"cursor": "(GitLab's)"}


def user_count(gitlab) -> int:
    """How many users GitLab lists to the root token now (its X-Total header)."""
    response = gitlab.api("GET", "/users", params={"per_page": 1})
    assert response.status_code == 200, response.text
    return int(response.headers["X-Total"])


def listing(total: int) -> List[Request]:
    """The requests of listing `total` users (below 10,000): the first offset page of 100 ordered by id, and when
    there are more, every page again by cursor, the pages after the first as GitLab's Link names them (CURSOR)."""
    assert total <= 10000
    first = [("GET", "/users", {"order_by": "id", "page": "1", "per_page": "100", "sort": "asc"})]
    pages = math.ceil(total / 100.0)
    return first if pages <= 1 else first + [("GET", "/users", KEYSET)] + [("GET", "/users", CURSOR)] * (pages - 1)


def cursors_hidden(requests: List[Request]) -> List[Request]:
    """The log with the query of each request after a keyset cursor as CURSOR: GitLab's Link repeats every declared
    parameter with its default."""
    return [(method, path, CURSOR if "cursor" in query else query) for method, path, query in requests]

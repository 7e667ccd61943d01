# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""api_path: the arguments of a path template quoted, and segments that would vanish refused. (That the client
refuses such paths written by hand is in test_client.py.)"""

from __future__ import annotations

import pytest

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.paths import UnsafePathSegment, api_path


def test_api_path_quotes_every_argument():
    assert api_path("/users/{}/keys/{}", 5, "a/b c?") == "/users/5/keys/a%2Fb%20c%3F"
    assert api_path("/users/{}/custom_attributes/{}", 2, "a..b") == "/users/2/custom_attributes/a..b"
    assert api_path("/users/{}/custom_attributes/{}", 2, "...") == "/users/2/custom_attributes/..."


@pytest.mark.parametrize("segment", ["", ".", "..", "%2e%2E", "%2e", ".%2E", None])
def test_api_path_refuses_segments_that_would_vanish(segment):
    with pytest.raises(UnsafePathSegment) as caught:
        api_path("/users/{}/custom_attributes/{}", 2, segment)
    assert isinstance(caught.value, ValueError)
    assert repr(str(segment)) in str(caught.value) or (segment is None and "None" in str(caught.value))
    assert "segment" in str(caught.value)

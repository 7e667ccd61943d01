# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Makes `ansible_collections.gitlab_ops.users` importable for a plain `pytest` from the repository root:
the same symlinked tree `make collection-link` creates (build/collections/ansible_collections/gitlab_ops/users
-> the repository), put on sys.path."""

from __future__ import annotations

import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLLECTIONS = os.path.join(REPO, "build", "collections")
LINK = os.path.join(COLLECTIONS, "ansible_collections", "gitlab_ops", "users")

if not os.path.exists(LINK):
    os.makedirs(os.path.dirname(LINK), exist_ok=True)
    try:
        os.symlink(REPO, LINK)
    except FileExistsError:  # another xdist worker made it meanwhile
        pass
if COLLECTIONS not in sys.path:
    sys.path.insert(0, COLLECTIONS)

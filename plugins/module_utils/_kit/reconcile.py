# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Reconcile a keyed collection (identities, custom attributes, SSH keys, GPG keys, emails, tokens):
what to create, update and delete so that the current items become the desired ones.

Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
Do not use this from other collections or standalone plugins/modules!
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, List, Optional, Sequence, Tuple

Item = Any


class Plan:
    """create: desired items with no current match; update: (desired, current) pairs that differ;
    delete: current items to remove; keep: (desired, current) pairs already as wanted."""

    def __init__(self) -> None:
        self.create: List[Item] = []
        self.update: List[Tuple[Item, Item]] = []
        self.delete: List[Item] = []
        self.keep: List[Tuple[Item, Item]] = []

    def __iter__(self):
        # Unpacks as (create, update, delete), the order writes usually happen in.
        return iter((self.create, self.update, self.delete))

    def __bool__(self) -> bool:
        return bool(self.create or self.update or self.delete)


def reconcile(current: Sequence[Item], desired: Sequence[Item], key: Callable[[Item], Hashable],
              same: Optional[Callable[[Item, Item], bool]] = None, purge: bool = False,
              absent: Sequence[Item] = (), protected: Optional[Callable[[Item], bool]] = None) -> Plan:
    """Plan the writes that turn `current` into `desired`.

    key(item)            identity of an item, computed the same way for desired and current items
    same(desired, cur)   whether a matched current item already is as desired (default: always)
    purge                delete current items that no desired item matches
    absent               desired-absent items: matching current items are deleted even without purge
    protected(cur)       current items never deleted (e.g. GitLab's own custom attributes)

    Desired items with the same key are an error of the caller (ValueError), so is an item both
    present and absent. Every current item with a matching key counts: duplicates on the server are
    all kept or all removed."""
    plan = Plan()
    wanted = {}
    for item in desired:
        identity = key(item)
        if identity in wanted:
            raise ValueError("listed twice: %r" % (identity,))
        wanted[identity] = item
    unwanted = set()
    for item in absent:
        identity = key(item)
        if identity in wanted:
            raise ValueError("listed as both present and absent: %r" % (identity,))
        unwanted.add(identity)
    matched = set()
    for item in current:
        identity = key(item)
        if identity in wanted:
            matched.add(identity)
            if same is None or same(wanted[identity], item):
                plan.keep.append((wanted[identity], item))
            else:
                plan.update.append((wanted[identity], item))
        elif (identity in unwanted or purge) and not (protected and protected(item)):
            plan.delete.append(item)
    plan.create = [item for identity, item in wanted.items() if identity not in matched]
    return plan

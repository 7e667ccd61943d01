# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The client's clock and sleep tied to the simulator's frozen clock, so that tests of the rate limits' pacing run
minutes of GitLab's windows without sleeping."""

from __future__ import annotations

import threading

from ansible_collections.gitlab_ops.users.plugins.module_utils._api.client import GitLabClient

# The machine's clock is 20 minutes and a half behind GitLab's: the client must take GitLab's time from its Date
# headers, or it would count in windows GitLab does not have.
SKEW = 1234.5


class SharedTime:
    """The client's clock and sleep, tied to the simulator's frozen clock: a sleep moves the simulator's clock to
    the moment the sleeper wakes (the latest of the sleepers' wake-ups), and nothing really sleeps.

    A sleeper wakes `seconds` after the moment it last read the clock (it computed its wait from that reading), so
    workers that wait for the same boundary wake together at it. Time moves on only once the requests that other
    workers have in flight are answered: a real wait of seconds outlasts requests of milliseconds, and a request
    must reach GitLab in the window it was sent in, as it would."""

    def __init__(self, site, gitlab_start):
        self.site = site
        self.local = gitlab_start - SKEW  # what the machine's clock reads
        self.lock = threading.Lock()
        self.read = threading.local()
        self.sleeps = []  # (GitLab's time when the wait was computed, seconds, GitLab's time at its end)
        self.in_flight = 0
        self.answered = threading.Condition()
        site.clock(at=gitlab_start)

    def watched_client(self, api_token=None, **options):
        """A GitLabClient for the simulator (the root token unless `api_token`) on this clock and sleep, watched."""
        client = GitLabClient(self.site.url, api_token=api_token or self.site.token, clock=self.clock, sleep=self.sleep,
                              **options)
        self.watch(client)
        return client

    def watch(self, client):
        """Count the client's requests of limited families between their admission and their answer, and its read of
        the instance's limits."""
        admit, settle = client.pacer.admit, client.pacer.settle

        def admitted(*args, **kwargs):
            window = admit(*args, **kwargs)
            with self.answered:
                self.in_flight += 1
            return window

        def settled(*args, **kwargs):
            settle(*args, **kwargs)
            with self.answered:
                self.in_flight -= 1
                self.answered.notify_all()

        learn = client._learn_limits  # pylint: disable=protected-access

        def learning():
            # The read of the instance's limits after a 429 is a request in flight too.
            with self.answered:
                self.in_flight += 1
            try:
                learn()
            finally:
                with self.answered:
                    self.in_flight -= 1
                    self.answered.notify_all()

        send = client.session.request

        def sending(*args, **kwargs):
            # Any request on the wire holds time too (the general throttle counts them all).
            with self.answered:
                self.in_flight += 1
            try:
                return send(*args, **kwargs)
            finally:
                with self.answered:
                    self.in_flight -= 1
                    self.answered.notify_all()

        client.pacer.admit, client.pacer.settle, client._learn_limits = admitted, settled, learning
        client.session.request = sending
        return client

    def clock(self):
        with self.lock:
            self.read.moment = self.local
            return self.local

    def sleep(self, seconds):
        with self.answered:
            assert self.answered.wait_for(lambda: self.in_flight == 0, timeout=30)
        with self.lock:
            start = getattr(self.read, "moment", self.local)
            end = start + seconds
            self.sleeps.append((start + SKEW, seconds, end + SKEW))
            if end > self.local:
                self.local = end
                self.site.clock(at=self.local + SKEW)

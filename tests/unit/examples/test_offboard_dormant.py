# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""examples/offboard-dormant.yml in ansible-playbook against a simulator whose clock stands on a day far from the
controller's: in check mode it writes nothing to GitLab and reports the dormant humans; for real it deactivates
them, and them only (bots, administrators, recently active and recently created users, blocked and deactivated
ones keep their state); run again, it finds nobody. Who is dormant comes from helpers/dormant_people.py (the
fixture's figures, by GitLab's rule)."""

from __future__ import annotations

import json
import os

import pytest
from gitlab_sim.pytest_plugin import dedicated_simulator

from ansible_collections.gitlab_ops.users.tests.unit.helpers.dormant_people import (
    ADMINS,
    BOTS,
    PEOPLE,
    expected_dormant,
    populate,
)
from ansible_collections.gitlab_ops.users.tests.unit.helpers.plugin_runs import REPO, play

PLAYBOOK = os.path.join(REPO, "examples", "offboard-dormant.yml")
OFFBOARDED = expected_dormant(90) - BOTS - ADMINS


@pytest.fixture(scope="module")
def site():
    with dedicated_simulator() as sim:
        populate(sim)
        yield sim


def states(sim):
    answer = sim.api("GET", "/users", params={"per_page": 100})
    assert answer.status_code == 200, answer.text
    return {user["username"]: user["state"] for user in answer.json()}


def offboard(sim, tmp_path, name, *args):
    sim.clear_log()
    report = tmp_path / name
    run = play(tmp_path, None, gitlab=sim, playbook=PLAYBOOK, record_requests=False,
               args=list(args) + ["-e", "offboard_report_dir=%s" % report])
    assert run.returncode == 0, run.output[-3000:]
    with open(report / "drift.json") as handle:
        return json.load(handle), (report / "drift.md").read_text(), sim.writes()


def test_check_mode_first_then_for_real(site, tmp_path):
    assert OFFBOARDED == {"idle", "edge", "never-old", "never-edge"}  # the fixture says so, day by day
    before = states(site)
    ids = {user["username"]: user["id"] for user in site.api("GET", "/users", params={"per_page": 100}).json()}

    checked, markdown, writes = offboard(site, tmp_path, "check", "--check", "--diff")
    assert writes == []
    assert states(site) == before
    assert {row["username"] for row in checked["drift"]} == OFFBOARDED
    assert all(row["api_calls"] == ["POST /users/%d/deactivate" % ids[row["username"]]] for row in checked["drift"])
    assert all(row["differences"] == {"account_state": {"before": "active", "after": "deactivated"}}
               for row in checked["drift"])
    assert checked["summary"]["users"] == len(OFFBOARDED) and checked["summary"]["check_mode"] is True
    assert "check mode: nothing was written" in markdown
    assert all("| %s | deactivate (dormant: " % name in markdown for name in OFFBOARDED)

    done, markdown, writes = offboard(site, tmp_path, "real")
    assert sorted("%s %s" % (entry["method"], entry["path"]) for entry in writes) == sorted(
        "POST /api/v4/users/%d/deactivate" % ids[name] for name in OFFBOARDED)
    assert {row["username"] for row in done["drift"]} == OFFBOARDED and done["summary"]["check_mode"] is False
    after = states(site)
    assert {name for name in PEOPLE if after[name] != before[name]} == OFFBOARDED
    assert all(after[name] == "deactivated" for name in OFFBOARDED)
    assert after["viewer"] == before["viewer"] == "active"

    again, markdown, writes = offboard(site, tmp_path, "again")
    assert writes == [] and again["drift"] == [] and "No drift" in markdown

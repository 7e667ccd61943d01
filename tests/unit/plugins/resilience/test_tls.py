# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every module against the simulator on HTTPS with a certificate from a private CA (the `tls_sim` fixture)."""

from __future__ import annotations

import os

import pytest
from gitlab_sim.pytest_plugin import GitLabHandle

from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_runs import warnings
from ansible_collections.gitlab_ops.users.tests.unit.helpers.module_subjects import SUBJECTS

INSECURE = "validate_certs is false"


@pytest.fixture
def https(tls_sim):
    """The HTTPS simulator, for the test's own requests (which trust its CA). requests lets REQUESTS_CA_BUNDLE
    from the environment override a session's verify, so this session ignores the environment."""
    handle = GitLabHandle(tls_sim.url, tls_sim.token, is_sim=True, ca_path=tls_sim.ca_path)
    handle.session.trust_env = False
    return handle


@pytest.fixture
def over_tls(drive, https, unique):
    """run(subject, **connection) -> the result of the subject's first step against the HTTPS simulator."""
    def run(subject, **connection):
        ctx = subject.prepare(https, unique)
        https.clear_log()
        options = dict(subject.options(ctx, subject.first_step), api_url=https.url, api_token=https.token,
                       **connection)
        return drive(subject)(connect=False, **options)
    return run


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_an_untrusted_certificate_fails_clearly(over_tls, https, subject):
    result = over_tls(subject)
    assert result["failed"] is True
    assert "TLS error" in result["msg"] and "certificate verify failed" in result["msg"], result["msg"]
    assert "set ca_path" in result["msg"]
    assert result["changed"] is False and https.requests_log() == []  # the handshake failed: nothing arrived


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_ca_path_to_the_ca_works(over_tls, https, subject):
    result = over_tls(subject, ca_path=https.ca_path)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is not subject.read_only and not [w for w in warnings(result) if INSECURE in w]


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_validate_certs_false_works_and_warns(over_tls, subject):
    result = over_tls(subject, validate_certs=False)
    assert result["_rc"] == 0, result.get("msg")
    assert len([w for w in warnings(result) if INSECURE in w]) == 1


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_a_missing_ca_path_names_the_option(over_tls, https, tmp_path, subject):
    missing = os.path.join(str(tmp_path), "no-such-ca.pem")
    result = over_tls(subject, ca_path=missing)
    assert result["failed"] is True and "ca_path" in result["msg"] and missing in result["msg"], result["msg"]
    assert https.requests_log() == []

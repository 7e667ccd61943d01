# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Every module against the simulator on HTTPS with a certificate from a private CA (the `tls_sim` fixture)."""

from __future__ import annotations

import os

import pytest
from gitlab_kit import warnings
from module_subjects import SUBJECTS

INSECURE = "validate_certs is false"


def tls_log(tls_sim, method="GET"):
    """The HTTPS simulator's request log (or clear it, with DELETE). The handle's session trusts the CA, but
    requests lets REQUESTS_CA_BUNDLE from the environment override a session's verify; a request's does not."""
    response = tls_sim.session.request(method, tls_sim.url + "/-/sim/requests", verify=tls_sim.ca_path,
                                       headers={"PRIVATE-TOKEN": tls_sim.token}, timeout=30)
    response.raise_for_status()
    return response.json() if method == "GET" else None


@pytest.fixture
def over_tls(drive, tls_sim, unique):
    """run(subject, **connection) -> the result of the subject's create step against the HTTPS simulator."""
    def run(subject, **connection):
        ctx = subject.prepare(tls_sim, unique)
        options = dict(subject.options(ctx, "create"), api_url=tls_sim.url, api_token=tls_sim.token, **connection)
        return drive(subject)(connect=False, **options)
    return run


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_an_untrusted_certificate_fails_clearly(over_tls, tls_sim, subject):
    tls_log(tls_sim, "DELETE")
    result = over_tls(subject)
    assert result["failed"] is True
    assert "TLS error" in result["msg"] and "certificate verify failed" in result["msg"], result["msg"]
    assert "set ca_path" in result["msg"]
    assert result["changed"] is False and tls_log(tls_sim) == []  # the handshake failed: nothing arrived


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_ca_path_to_the_ca_works(over_tls, tls_sim, subject):
    result = over_tls(subject, ca_path=tls_sim.ca_path)
    assert result["_rc"] == 0, result.get("msg")
    assert result["changed"] is True and not [w for w in warnings(result) if INSECURE in w]


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_validate_certs_false_works_and_warns(over_tls, subject):
    result = over_tls(subject, validate_certs=False)
    assert result["_rc"] == 0, result.get("msg")
    assert len([w for w in warnings(result) if INSECURE in w]) == 1


@pytest.mark.parametrize("subject", SUBJECTS, ids=str)
def test_a_missing_ca_path_names_the_option(over_tls, tls_sim, tmp_path, subject):
    missing = os.path.join(str(tmp_path), "no-such-ca.pem")
    tls_log(tls_sim, "DELETE")
    result = over_tls(subject, ca_path=missing)
    assert result["failed"] is True and "ca_path" in result["msg"] and missing in result["msg"], result["msg"]
    assert tls_log(tls_sim) == []

"""GitLab's specs of the API rate-limit helper, spec/lib/api/helpers/rate_limiter_spec.rb and
spec/lib/api/helpers/rate_limiter_integration_spec.rb (gitlabhq/gitlabhq, newest), ported where they describe
what a client sees: the scope of `check_rate_limit_by_user_or_ip!`, the bypass header and the Retry-After
header. The examples that stub `ApplicationRateLimiter.interval` or use keys the Users API does not have
(`:test_endpoint`, `:projects_api`, `:search_rate_limit`) are listed in SPEC_PORTS.md.

The limiter is exercised through GET /users/:user_id/status (`user_status`, 60 s) and GET /users/:id
(`users_get_by_id`, 600 s), at 18.5, the first version that sends Retry-After."""
from __future__ import annotations

import pytest

WINDOW = 1800000000
BODY = {"message": {"error": "This endpoint has been requested too many times. Try again later."}}
BYPASS = "Gitlab-Bypass-Rate-Limiting"


@pytest.fixture
def limited(site):
    """A fresh 18.5 instance, its clock stopped, `user_status` and `users_get_by_id` at 1 request."""
    site.reset()
    site.clock(at=WINDOW)
    site.settings(version="18.5.0", users_api_limit_status=1, users_get_by_id_limit=1,
                  throttle_bypass_header=BYPASS)
    site.create_user("somebody")
    return site


def status(site, token=False, headers=None):
    return site.api("GET", "/users/somebody/status", token=token, headers=headers or {})


def test_scope_is_the_current_user_else_the_ip_address(limited):
    """rate_limiter_spec.rb: #check_rate_limit_by_user_or_ip! > when current user is present > it_behaves_like 'checks rate limit by scope' >
        calls too_many_requests! with correct retry_after when throttled
    rate_limiter_spec.rb: #check_rate_limit_by_user_or_ip! > when current user is not present rate limits by IP address >
        it_behaves_like 'checks rate limit by scope' > calls too_many_requests! with correct retry_after when throttled"""
    token = limited.token_for("somebody")
    assert status(limited, token).status_code == 200
    refused = status(limited, token)
    assert (refused.status_code, refused.headers["Retry-After"], refused.json()) == (429, "60", BODY)
    anonymous = {"X-Forwarded-For": "0.0.0.1"}  # the spec's ip_address; the user's count is not the address's
    assert status(limited, headers=anonymous).status_code == 200
    refused = status(limited, headers=anonymous)
    assert (refused.status_code, refused.headers["Retry-After"], refused.json()) == (429, "60", BODY)
    assert status(limited, headers={"X-Forwarded-For": "0.0.0.2"}).status_code == 200


def test_retry_after_only_on_a_refusal_and_equal_to_the_interval(limited):
    """rate_limiter_integration_spec.rb: Retry-After header in response > when rate limit is not triggered > does not include Retry-After header
    rate_limiter_spec.rb: Retry-After header functionality > when rate limit is triggered >
        passes the interval value from ApplicationRateLimiter to too_many_requests!
    rate_limiter_spec.rb: Retry-After header functionality > when rate limit is not triggered > does not call too_many_requests!
    rate_limiter_spec.rb: #check_rate_limit! > it_behaves_like 'checks rate limit by scope' >
        calls too_many_requests! with correct retry_after when throttled"""
    token = limited.token_for("somebody")
    answered = status(limited, token)
    assert answered.status_code == 200 and "Retry-After" not in answered.headers
    assert status(limited, token).headers["Retry-After"] == "60"
    path = "/users/%d" % limited.api("GET", "/users", params={"username": "somebody"}).json()[0]["id"]
    first = limited.api("GET", path, token=token)
    assert first.status_code == 200 and "Retry-After" not in first.headers
    second = limited.api("GET", path, token=token)
    assert (second.status_code, second.headers["Retry-After"], second.json()) == (429, "600", BODY)


def test_bypass_header(limited):
    """rate_limiter_spec.rb: #check_rate_limit! > it_behaves_like 'checks rate limit by scope' > when the bypass header is set > skips rate limit if set to "1"
    rate_limiter_spec.rb: #check_rate_limit! > it_behaves_like 'checks rate limit by scope' > when the bypass header is set >
        does not skip rate limit if set to something else than "1"
    rate_limiter_integration_spec.rb: Retry-After header in response > when bypass header is set >
        bypasses rate limit and does not include Retry-After header"""
    for _attempt in range(3):
        bypassed = status(limited, headers={BYPASS: "1"})
        assert bypassed.status_code == 200 and "Retry-After" not in bypassed.headers
    assert status(limited, headers={BYPASS: "0"}).status_code == 200  # counted: the first of the window
    refused = status(limited, headers={BYPASS: "0"})
    assert (refused.status_code, refused.headers["Retry-After"]) == (429, "60")

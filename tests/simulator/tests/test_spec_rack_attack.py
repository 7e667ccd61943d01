"""GitLab's specs of the RateLimit-* headers (gitlabhq/gitlabhq, newest): spec/lib/gitlab/rack_attack_spec.rb
(`.throttled_response_headers`), spec/lib/gitlab/rack_attack/request_throttle_data_spec.rb and
spec/lib/gitlab/middleware/rack_attack_headers_spec.rb, ported where a client sees them: the authenticated API
throttle (`throttle_authenticated_api`) of gitlab_sim.rack_attack, its 429 and, with the
`rate_limiting_headers_for_unthrottled_requests` feature flag, the headers of every other answer. The examples
that feed the middleware invalid or several throttles' data (a nil name, missing keys, two throttles at once) or
a count over the limit on an answer that is not a 429 (dry-run tracking) have no counterpart a client can
provoke here."""
from __future__ import annotations

import calendar

import pytest

SETTINGS = dict(throttle_authenticated_api_enabled=True, rate_limiting_headers_for_unthrottled_requests=True)
ALL_NAMES = ("RateLimit-Name", "RateLimit-Limit", "RateLimit-Observed", "RateLimit-Remaining", "RateLimit-Reset",
             "RateLimit-ResetTime", "Retry-After")


@pytest.fixture
def throttled(site):
    site.reset()
    yield site
    site.reset()
    site.release_clock()


def answer_number(throttled, number, at, per_period, period):
    """The answer to the `number`-th GET /version of a throttle window that starts counting at `at` (epoch seconds),
    under `per_period` requests per `period` seconds."""
    throttled.clock(at=at)
    throttled.settings(throttle_authenticated_api_requests_per_period=per_period,
                       throttle_authenticated_api_period_in_seconds=period, **SETTINGS)
    for _index in range(number - 1):
        throttled.api("GET", "/version")
    return throttled.api("GET", "/version")


def rate_limit_headers(response):
    return {name: response.headers[name] for name in ALL_NAMES if name in response.headers}


def test_the_429_carries_every_header_at_the_spec_moment(throttled):
    """rack_attack_spec.rb: .throttled_response_headers (the where table's first row: 3,700 requests under 3,600 an hour, at 10:29:30)
    request_throttle_data_spec.rb: #throttled_response_headers > includes all headers including Retry-After"""
    refused = answer_number(throttled, 3700, at=calendar.timegm((2021, 1, 5, 10, 29, 30)), per_period=3600, period=3600)
    assert refused.status_code == 429 and refused.text == "Retry later\n"
    assert refused.headers["Content-Type"].startswith("text/plain")
    assert rate_limit_headers(refused) == {
        "RateLimit-Name": "throttle_authenticated_api", "RateLimit-Limit": "60", "RateLimit-Observed": "3700",
        "RateLimit-Remaining": "0", "RateLimit-Reset": "1609844400",
        "RateLimit-ResetTime": "Tue, 05 Jan 2021 11:00:00 GMT", "Retry-After": "1830"}


def test_an_answer_under_the_limit_carries_the_common_headers_only(throttled):
    """rack_attack_headers_spec.rb: #call > when throttle data is present for a non-throttled request > adds rate limit headers to the response
    rack_attack_headers_spec.rb: #call > when throttle data is present for a non-throttled request > calculates correct remaining count
    request_throttle_data_spec.rb: #common_response_headers > does not include Retry-After
    request_throttle_data_spec.rb: #common_response_headers > does not include RateLimit-ResetTime"""
    fifth = answer_number(throttled, 5, at=1800000030, per_period=10, period=60)
    assert fifth.status_code == 200
    assert rate_limit_headers(fifth) == {
        "RateLimit-Name": "throttle_authenticated_api", "RateLimit-Limit": "10", "RateLimit-Observed": "5",
        "RateLimit-Remaining": "5", "RateLimit-Reset": "1800000060"}


def test_a_period_other_than_a_minute_gives_the_limit_per_minute_and_the_remaining_per_period(throttled):
    """rack_attack_headers_spec.rb: #call > when throttle data is present for a non-throttled request >
        when period is different from 60 seconds > normalizes limit to 60-second window"""
    fiftieth = answer_number(throttled, 50, at=1800000000, per_period=100, period=120)
    names = ("RateLimit-Limit", "RateLimit-Observed", "RateLimit-Remaining")
    assert {name: fiftieth.headers[name] for name in names} == {
        "RateLimit-Limit": "50", "RateLimit-Observed": "50", "RateLimit-Remaining": "50"}


@pytest.mark.parametrize("status", [200, 201, 404])
def test_the_common_headers_come_with_any_status(throttled, unique, status):
    """rack_attack_headers_spec.rb: #call > with different response status codes > when response status is 200 > adds rate limit headers
    rack_attack_headers_spec.rb: #call > with different response status codes > when response status is 201 > adds rate limit headers
    rack_attack_headers_spec.rb: #call > with different response status codes > when response status is 404 > adds rate limit headers"""
    throttled.settings(**SETTINGS)
    if status == 201:
        username = unique("ra")
        answer = throttled.api("POST", "/users", json=dict(
            username=username, name="R A", password="Qz7-vortex-x1y2", email="%s@example.com" % username,
            skip_confirmation=True))
    else:
        answer = throttled.api("GET", "/version" if status == 200 else "/users/999999999")
    assert answer.status_code == status
    assert answer.headers["RateLimit-Name"] == "throttle_authenticated_api" and "RateLimit-Limit" in answer.headers


def test_without_the_feature_flag_only_the_429_tells(throttled):
    """rack_attack_headers_spec.rb: #call > when no throttle data is present >
        returns the response without adding headers (the flag off: the middleware adds nothing)
    rack_attack_headers_spec.rb: #call > when request was already throttled (429) > does not add headers (already added by throttled_responder)"""
    throttled.clock(at=1800000000)
    throttled.settings(throttle_authenticated_api_enabled=True, throttle_authenticated_api_requests_per_period=2,
                       throttle_authenticated_api_period_in_seconds=60)
    answers = [throttled.api("GET", "/version") for _index in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert [rate_limit_headers(answer) for answer in answers[:2]] == [{}, {}]
    assert rate_limit_headers(answers[2]) == {
        "RateLimit-Name": "throttle_authenticated_api", "RateLimit-Limit": "2", "RateLimit-Observed": "3",
        "RateLimit-Remaining": "0", "RateLimit-Reset": "1800000060",
        "RateLimit-ResetTime": "Fri, 15 Jan 2027 08:01:00 GMT", "Retry-After": "60"}


def test_the_throttle_counts_the_tokens_user_through_sudo_and_the_windows_start_afresh(throttled, unique):
    """lib/gitlab/rack_attack/request.rb `throttled_identifer`: the user of the token, whom sudo does not change;
    the window is Rack::Attack's `now / period`."""
    throttled.clock(at=1800000000)
    throttled.settings(throttle_authenticated_api_requests_per_period=2,
                       throttle_authenticated_api_period_in_seconds=60, **SETTINGS)
    someone = throttled.create_user(unique("ra"))  # the root's first request of the window
    acting = throttled.api("GET", "/user", headers={"Sudo": someone["username"]})
    assert acting.status_code == 200 and acting.headers["RateLimit-Observed"] == "2"
    assert throttled.api("GET", "/user", headers={"Sudo": someone["username"]}).status_code == 429
    # Another user's token has a budget of its own.
    other = throttled.api("GET", "/user", token=throttled.token_for(someone["id"]))
    assert other.status_code == 200 and other.headers["RateLimit-Observed"] == "1"
    throttled.clock(at=1800000060)
    assert throttled.api("GET", "/version").headers["RateLimit-Observed"] == "1"


def test_the_application_rate_limiters_429_has_no_ratelimit_headers(throttled):
    """lib/api/helpers/rate_limiter.rb `check_rate_limit!` answers through `too_many_requests!`: Retry-After (from
    18.5), none of Rack::Attack's headers; and although the throttle counted the request, the middleware adds its
    headers to no 429 (`should_add_headers?` in lib/gitlab/middleware/rack_attack_headers.rb)."""
    throttled.clock(at=1800000000)
    throttled.settings(version="18.6.0", users_api_limit_status=1, **SETTINGS)
    throttled.api("GET", "/users/1/status")
    refused = throttled.api("GET", "/users/1/status")
    assert refused.status_code == 429 and refused.json() == {
        "message": {"error": "This endpoint has been requested too many times. Try again later."}}
    assert rate_limit_headers(refused) == {"Retry-After": "60"}

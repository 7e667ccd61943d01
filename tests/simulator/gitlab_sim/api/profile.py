"""Profile endpoints of lib/api/users.rb: follow and unfollow, followers and following, /user/activities,
PUT /user/avatar, and the uploaded avatar files themselves (served publicly at their `avatar_url`, as
GitLab's uploads controller does for user avatars)."""
from __future__ import annotations

import datetime

from gitlab_sim import entities, errors
from gitlab_sim.api import rate_limits
from gitlab_sim.api.resources import find_user_or_404
from gitlab_sim.api.user_model import store_avatar, validate_avatar
from gitlab_sim.errors import ModelErrors
from gitlab_sim.pagination import paginate
from gitlab_sim.params import Param, declared
from gitlab_sim.routing import Reply, route
from gitlab_sim.records import now

NOT_MODIFIED = Reply(status=304, raw=b"", thrown=True)  # `not_modified!`: HTTP sends no body with a 304
ACTIVITIES_DEFAULT_MONTHS = 6


def _follow_target(call, user_id):
    """POST /users/:id/follow|unfollow: authenticate_non_get!, then `find_user` (404 User)."""
    call.authenticate_non_get()
    values = declared(call, Param("id", int, required=True), path={"id": user_id})
    return find_user_or_404(call, values["id"])


@route("POST", "/users/<int:id>/follow")
def follow(call, id):  # pylint: disable=redefined-builtin
    """`User#follow`: nothing (304) for yourself, an existing follow or disabled following on either side;
    400 past the followee limit; otherwise 201 with the followee as UserBasic."""
    followee = _follow_target(call, id)
    follower, follows = call.user, call.state.follows
    if follower.id == followee.id or not (follower.enabled_following and followee.enabled_following):
        return NOT_MODIFIED
    if (follower.id, followee.id) in follows:
        return NOT_MODIFIED
    limit = int(call.state.settings["max_followees"])
    if sum(1 for pair in follows if pair[0] == follower.id) >= limit:
        raise errors.api_error("You can't follow more than %d users. To follow more users, unfollow some "
                               "others." % limit, 400)
    follows.add((follower.id, followee.id))
    return Reply(entities.user_basic(followee, call), status=201)


@route("POST", "/users/<int:id>/unfollow")
def unfollow(call, id):  # pylint: disable=redefined-builtin
    """`Users::UnfollowService`: 201 UserBasic when a follow was removed, else 304."""
    followee = _follow_target(call, id)
    pair = (call.user.id, followee.id)
    if pair not in call.state.follows:
        return NOT_MODIFIED
    call.state.follows.discard(pair)
    return Reply(entities.user_basic(followee, call), status=201)


def _follow_list(call, user_id, side):
    """GET /users/:id/followers|following: 403 "Not authorized!" for anonymous callers, the `user_followers` or
    `user_following` rate limit for non-admins, 404 when the profile is not readable (private, blocked,
    unconfirmed), UserBasic pages in follow order."""
    values = declared(call, Param("id", int, required=True), path={"id": user_id})
    if call.user is None:
        raise errors.forbidden("Not authorized!")
    # Only these two Users API limits spare administrators (lib/api/users.rb); the 403 above means they are
    # never counted by IP.
    if not rate_limits.can_read_all_resources(call):
        rate_limits.check_by_user_or_ip(call, "user_%s" % side)
    user = call.state.user_by_id(values["id"])
    if user is None or not entities.can_read_profile(user, call):
        raise errors.not_found("User")
    if side == "followers":
        ids = [follower for follower, followee in call.state.follows if followee == user.id]
    else:
        ids = [followee for follower, followee in call.state.follows if follower == user.id]
    users = [call.state.users[user_id] for user_id in sorted(ids) if user_id in call.state.users]
    return paginate(call, users, lambda other: entities.user_basic(other, call))


@route("GET", "/users/<int:id>/followers")
def followers(call, id):  # pylint: disable=redefined-builtin
    return _follow_list(call, id, "followers")


@route("GET", "/users/<int:id>/following")
def following(call, id):  # pylint: disable=redefined-builtin
    return _follow_list(call, id, "following")


@route("GET", "/user/activities")
def activities(call):
    """lib/api/users.rb `get "activities"`: `authenticated_as_admin!` (401, then 403 for everyone else), every
    user whose `last_activity_on >= from` (a DateTime, default `6.months.ago`: a date column compared with a
    moment, so a day counts from its midnight UTC), oldest activity first, offset pages. UserActivity:
    username, last_activity_on and its alias last_activity_at."""
    call.authenticated_as_admin()
    values = declared(call, Param("from", "datetime"), Param("page", int, default=1),
                      Param("per_page", int, default=20, except_values=[0]))
    since = values.get("from") or _months_ago(now(), ACTIVITIES_DEFAULT_MONTHS)
    rows = [u for u in call.state.users.values()
            if u.last_activity_on is not None and _midnight(u.last_activity_on) >= since]
    rows.sort(key=lambda u: (u.last_activity_on, u.id))

    def render(active):
        day = active.last_activity_on.isoformat()
        return {"username": active.username, "last_activity_on": day, "last_activity_at": day}

    return paginate(call, rows, render)


def _midnight(day):
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)


def _months_ago(moment, months):
    """ActiveSupport's `n.months.ago`: the same day and time `months` calendar months back, the day clamped to
    the length of that month."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (following - datetime.timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


@route("PUT", "/user/avatar")
def set_own_avatar(call):
    """PUT /user/avatar (17.0+): a multipart `avatar`; 200 {"avatar_url"} or 400 with the model message."""
    user = call.authenticate()
    avatar = declared(call, Param("avatar", "file", required=True))["avatar"]
    problems = ModelErrors()
    validate_avatar(problems, avatar)
    if problems:
        raise errors.api_error(problems.full_messages()[0], 400)
    store_avatar(user, avatar)
    return {"avatar_url": entities.avatar_url(user, call)}


@route("GET", "/uploads/-/system/user/avatar/<int:id>/<str:filename>", web=True)
def avatar_file(call, id, filename):  # pylint: disable=redefined-builtin
    """The avatar bytes as uploaded; anything else is the Rails 404 page."""
    user = call.state.user_by_id(id)
    if user is None or not user.avatar or user.avatar["filename"] != filename:
        return Reply(status=404, raw="<html><body>The page you were looking for doesn't exist.</body></html>",
                     content_type="text/html")
    return Reply(status=200, raw=user.avatar["content"], content_type=user.avatar["content_type"])

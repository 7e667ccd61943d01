"""GitLab's error responses, in the exact body shapes of lib/api/helpers.rb."""
from __future__ import annotations


class ApiError(Exception):
    """Raised by handlers; rendered as-is. `body` is JSON-able, or a str for text/plain bodies."""

    def __init__(self, status, body, headers=None, content_type="application/json"):
        super().__init__(status, body)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})
        self.content_type = content_type


def not_found(resource=None):
    """`not_found!('User')` -> 404 {"message": "404 User Not Found"}."""
    return ApiError(404, {"message": "404 %s Not Found" % resource if resource else "404 Not Found"})


def record_not_found():
    """ActiveRecord::RecordNotFound escaping an endpoint: note the lower-case 'found'."""
    return ApiError(404, {"message": "404 Not found"})


def route_not_found():
    return ApiError(404, {"error": "404 Not Found"})


def method_not_allowed(allowed):
    return ApiError(405, {"error": "405 Not Allowed"}, headers={"Allow": ", ".join(sorted(allowed))})


def forbidden(reason=None):
    return ApiError(403, {"message": "403 Forbidden - %s" % reason if reason else "403 Forbidden"})


def unauthorized():
    return ApiError(401, {"message": "401 Unauthorized"})


def bad_request(reason):
    return ApiError(400, {"message": "400 Bad request - %s" % reason})


def conflict(message="409 Conflict"):
    return ApiError(409, {"message": message})


def api_error(message, status):
    """`render_api_error!(msg, status)`: msg may be a string or a hash."""
    return ApiError(status, {"message": message})


def validation_error(errors):
    """`render_validation_error!`: {"message": {"attr": ["msg", ...]}} with status 400."""
    return ApiError(400, {"message": errors})


def param_error(message):
    """Grape parameter validation: {"error": "<param> is missing, ..."} with status 400."""
    return ApiError(400, {"error": message})


def invalid_token(description):
    return ApiError(
        401,
        {"error": "invalid_token", "error_description": description},
        headers={
            "WWW-Authenticate": 'Bearer realm="Protected by OAuth 2.0", error="invalid_token", '
            'error_description="%s"' % description
        },
    )


def insufficient_scope(scopes):
    description = "The request requires higher privileges than provided by the access token."
    return ApiError(
        403,
        {"error": "insufficient_scope", "error_description": description, "scope": " ".join(scopes)},
        headers={
            "WWW-Authenticate": 'Bearer realm="Protected by OAuth 2.0", error="insufficient_scope", '
            'error_description="%s", scope="%s"' % (description, " ".join(scopes))
        },
    )


def rate_limited(retry_after=None):
    """Application rate limiter (`check_rate_limit!`): `render_api_error!({ error: ... }, 429)`, so the body is
    {"message": {"error": ...}}; `retry_after` (seconds) becomes the Retry-After header, None sends none."""
    return ApiError(
        429,
        {"message": {"error": "This endpoint has been requested too many times. Try again later."}},
        headers={"Retry-After": str(int(retry_after))} if retry_after is not None else {},
    )


def internal_error():
    return ApiError(500, {"message": "500 Internal Server Error"})


class ModelErrors:
    """ActiveModel::Errors: messages per attribute. `order` (attribute names) fixes the rendering order of
    the attributes it names (a model's validation order); others follow in the order they first failed."""

    def __init__(self, order=()):
        self.messages = {}
        self.order = tuple(order)

    def add(self, attribute, message):
        self.messages.setdefault(attribute, []).append(message)

    def __contains__(self, attribute):
        return attribute in self.messages

    def __bool__(self):
        return bool(self.messages)

    def render(self):
        ordered = {key: self.messages[key] for key in self.order if key in self.messages}
        ordered.update({key: value for key, value in self.messages.items() if key not in ordered})
        return ordered

    def raise_validation_error(self):
        """`render_validation_error!`: 400 {"message": {attr: [...]}}."""
        if self.messages:
            raise validation_error(self.render())

    def full_messages(self):
        return ["%s %s" % (attribute.replace("_", " ").capitalize(), message)
                for attribute, messages in self.render().items() for message in messages]


def to_sentence(words):
    """Rails `Array#to_sentence`."""
    if len(words) <= 2:
        return " and ".join(words)
    return "%s, and %s" % (", ".join(words[:-1]), words[-1])

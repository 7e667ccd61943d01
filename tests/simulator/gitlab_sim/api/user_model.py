"""The User model side of POST/PUT /users: Grape parameter declarations, normalisation and the model
validations of app/models/user.rb and user_detail.rb.

No routes live here; gitlab_sim.api.users uses it."""
from __future__ import annotations

import mimetypes
import re
import urllib.parse

from gitlab_sim.errors import ModelErrors
from gitlab_sim.params import Param

MAX_INT = 2147483647
DETAIL_FIELD_LENGTH = 500  # UserDetail::DEFAULT_FIELD_LENGTH
THEME_IDS = range(1, 12)  # Gitlab::Themes
COLOR_SCHEME_IDS = range(1, 7)  # Gitlab::ColorSchemes
EMAIL_RE = re.compile(r"\A[^@\s]+@[^@\s]+\Z")  # Devise.email_regexp
# Gitlab::PathRegex::NAMESPACE_FORMAT_REGEX, anchored, with the .git/.atom suffix ban.
NAMESPACE_RE = re.compile(r"\A(?:[a-zA-Z0-9_.][a-zA-Z0-9_\-.]*[a-zA-Z0-9_\-]|[a-zA-Z0-9_])\Z")
NAMESPACE_FORMAT_MESSAGE = ("can contain only letters, digits, '_', '-' and '.'. "
                            "Cannot start with '-' or end in '.', '.git' or '.atom'.")
TOP_LEVEL_ROUTES = frozenset(
    "- .well-known 404.html 422.html 500.html 502.html 503.html abuse_reports admin api "
    "apple-touch-icon-precomposed.png apple-touch-icon.png assets autocomplete ci dashboard deploy.html "
    "explore favicon.ico files groups header_logo_dark.png header_logo_light.png health_check help import "
    "invites jwt koding notification_settings oauth profile projects public robots.txt s search "
    "sent_notifications slash-command-logo.png snippets u unsubscribes uploads users".split())
# Mime::EXTENSION_LOOKUP keys: usernames may not end with ".<one of these>".
MIME_EXTENSIONS = frozenset(
    "html htm shtml xhtml text txt js mjs css ics csv vcf vtt png jpeg jpg jpe pjpeg gif bmp tiff tif svg "
    "svgz mpeg mp3 mpga ogg oga m4a webm mp4 m4v otf ttf woff woff2 xml rss atom yaml yml json pdf zip "
    "gzip gz ico webp avif".split())
# Security::WeakPasswords: a digest list of common passwords in GitLab; a small sample here.
WEAK_PASSWORDS = frozenset({
    "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyuiop",
    "qwerty123", "iloveyou", "11111111", "abcd1234", "letmein1", "welcome1", "sunshine", "princess",
    "football", "baseball", "starwars", "trustno1", "superman", "abc12345", "changeme", "passw0rd"})
FORBIDDEN_PASSWORD_WORDS = ("gitlab", "devops")
AVATAR_FORMATS = ("png", "jpg", "jpeg", "gif", "bmp", "tiff", "ico", "webp")
AVATAR_MAX_BYTES = 200 * 1024
# Validation messages are rendered in this attribute order.
ERROR_ORDER = ("email", "password", "name", "pronouns", "bio", "discord", "linkedin", "location",
               "organization", "skype", "twitter", "website_url", "projects_limit", "username", "theme_id",
               "color_scheme_id", "public_email", "commit_email", "avatar", "identities.extern_uid")
# Gitlab::Regex.oci_repository_path_regex: namespace paths must also be valid container registry paths
# (app/models/namespace.rb validates it when the path changes).
OCI_PATH_RE = re.compile(r"\A[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*\Z")
OCI_PATH_MESSAGE = ("can only include non-accented letters, digits, '_', '-' and '.'. It must not start with '-', "
                    "'_', or '.', nor end with '-', '_', '.', '.git', or '.atom'.")
DETAIL_TEXT_FIELDS = ("discord", "linkedin", "location", "organization", "skype", "twitter", "website_url")


def optional_attributes():
    """`params :optional_attributes` of lib/api/users.rb, in declaration order (CE part)."""
    return [
        Param("skype"), Param("linkedin"), Param("twitter"), Param("discord"), Param("website_url"),
        Param("organization"), Param("projects_limit", int), Param("extern_uid"), Param("provider"),
        Param("bio"), Param("location"), Param("pronouns"), Param("public_email"), Param("commit_email"),
        Param("admin", bool), Param("can_create_group", bool), Param("external", bool),
        Param("avatar", "file"), Param("theme_id", int), Param("color_scheme_id", int),
        Param("private_profile", bool), Param("note"), Param("view_diffs_file_by_file", bool),
    ]


def ee_attributes(call):
    """`use :optional_params_ee`: declared only on EE; a CE server silently ignores these keys."""
    if call.state.settings.get("edition") != "ee":
        return []
    return [Param("shared_runners_minutes_limit", int), Param("extra_shared_runners_minutes_limit", int),
            Param("group_id_for_saml", int), Param("auditor", bool)]


# -- normalisation -------------------------------------------------------------------------------
def sanitize_detail(field, value):
    """UserDetail#sanitize_attrs: Sanitize.clean strips tags and escapes text; location and
    organization get their '&amp;' turned back into '&'."""
    if not value:
        return value
    text = re.sub(r"<[^>]*>", "", value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if field in ("location", "organization"):
        text = text.replace("&amp;", "&")
    return text


def normalize(values):
    """Setter-level normalisation before validation: emails stripped and lower-cased (Devise),
    HTML tags in names replaced, user_detail text fields sanitized."""
    result = dict(values)
    for field in ("email", "public_email", "commit_email"):
        if isinstance(result.get(field), str):
            result[field] = result[field].strip().lower()
    if isinstance(result.get("name"), str):
        result["name"] = re.sub(r"</?[^>]*>", "-", result["name"])
    for field in DETAIL_TEXT_FIELDS:
        if isinstance(result.get(field), str):
            result[field] = sanitize_detail(field, result[field])
    return result


# -- validations ---------------------------------------------------------------------------------
def new_errors():
    """The User model's ActiveModel::Errors, rendered in its validation order (ERROR_ORDER)."""
    return ModelErrors(order=ERROR_ORDER)


def too_long(problems, attribute, value, maximum):
    if value is not None and len(value) > maximum:
        problems.add(attribute, "is too long (maximum is %d characters)" % maximum)


def validate_email(problems, state, user_id, email):
    if not email:
        problems.add("email", "can't be blank")
        return
    if not EMAIL_RE.match(email):
        problems.add("email", "is invalid")
    other = state.user_by_any_email(email, exclude_id=user_id)
    primary_taken = other is not None and other.email == email  # Devise uniqueness of the primary email
    if primary_taken or state.secondary_email_taken(email, exclude_id=user_id):  # or User#unique_email
        problems.add("email", "has already been taken")


def validate_password(problems, settings, password, profile):
    """Devise length (instance minimum .. 128) and Security::WeakPasswords#weak_for_user?."""
    if not password:
        problems.add("password", "can't be blank")
        return
    minimum = int(settings["minimum_password_length"])
    if len(password) < minimum:
        problems.add("password", "is too short (minimum is %d characters)" % minimum)
    too_long(problems, "password", password, 128)
    if weak_password(password, profile):
        problems.add("password", "must not contain commonly used combinations of words and letters")


def weak_password(password, profile):
    """Common passwords, or (below 64 chars) any 4+ char part of name, username or email, or a
    forbidden word such as "gitlab" appearing anywhere in the password."""
    lowered = password.lower()
    if lowered in WEAK_PASSWORDS:
        return True
    if len(password) >= 64:
        return False
    words = list(FORBIDDEN_PASSWORD_WORDS)
    for text, extra_split in ((profile.get("name"), None), (profile.get("username"), None),
                              (profile.get("email"), "@")):
        if not text:
            continue
        words.append(text)
        words.extend(re.split(r"[^0-9A-Za-z\u00c0-\uffff]", text))
        if extra_split:
            words.extend(text.split(extra_split))
    return any(len(word) >= 4 and word.lower() in lowered for word in words)


def validate_username(problems, username):
    if not username:
        problems.add("username", "can't be blank")
        return
    if username in TOP_LEVEL_ROUTES:
        problems.add("username", "%s is a reserved name" % username)
    elif not NAMESPACE_RE.match(username) or username.endswith((".git", ".atom")):
        problems.add("username", NAMESPACE_FORMAT_MESSAGE)
    if not OCI_PATH_RE.match(username):
        problems.add("username", OCI_PATH_MESSAGE)
    if len(username) < 2:
        problems.add("username", "is too short (minimum is 2 characters)")
    too_long(problems, "username", username, 255)
    if "." in username and username.rsplit(".", 1)[1].lower() in MIME_EXTENSIONS:
        problems.add("username", "ending with a reserved file extension is not allowed.")


def validate_identity(problems, state, user_id, provider, extern_uid):
    """`Identity`: extern_uid is unique per provider, case-insensitively (`app/models/identity.rb`); the
    user's autosaved identities report it as `identities.extern_uid`."""
    if not provider or not extern_uid:
        return
    for other in state.users.values():
        if other.id != user_id and any(i.provider == provider and i.extern_uid.lower() == extern_uid.lower()
                                       for i in other.identities):
            problems.add("identities.extern_uid", "has already been taken")
            return


def validate_name(problems, name):
    if name is None or not str(name).strip():
        problems.add("name", "can't be blank")
    too_long(problems, "name", name, 255)


def validate_details(problems, values):
    """UserDetail validations (errors surface under the plain attribute names)."""
    too_long(problems, "pronouns", values.get("pronouns"), 50)
    too_long(problems, "bio", values.get("bio"), 255)
    discord = values.get("discord")
    if discord and not re.fullmatch(r"\d{17,20}", discord):
        problems.add("discord", "must contain only a discord user ID.")
    for field in DETAIL_TEXT_FIELDS:
        too_long(problems, field, values.get(field), DETAIL_FIELD_LENGTH)
    url = values.get("website_url")
    if url:
        reason = blocked_url_reason(url)
        if reason:
            problems.add("website_url", "is blocked: %s" % reason)


def blocked_url_reason(url):
    """Gitlab::UrlBlocker with the url validator's defaults (http/https, local addresses allowed)."""
    try:
        parsed = urllib.parse.urlsplit(url)
    except ValueError:
        return "URI is invalid"
    if parsed.scheme.lower() not in ("http", "https"):
        return "Only allowed schemes are http, https"
    if not parsed.hostname:
        return "URI is invalid"
    return None


def validate_numbers(problems, values):
    if "projects_limit" in values:
        limit = values["projects_limit"]
        if limit is None:
            problems.add("projects_limit", "is not a number")
        elif limit < 0:
            problems.add("projects_limit", "must be greater than or equal to 0")
        elif limit > MAX_INT:
            problems.add("projects_limit", "must be less than or equal to %d" % MAX_INT)
    theme, scheme = values.get("theme_id"), values.get("color_scheme_id")
    if theme is not None and theme not in THEME_IDS:
        problems.add("theme_id", "%s is not a valid theme" % theme)
    if scheme is not None and scheme not in COLOR_SCHEME_IDS:
        problems.add("color_scheme_id", "%s is not a valid color scheme" % scheme)


def validate_owned_emails(problems, verified, values):
    """public_email and commit_email must be verified emails of the user ("_private" is allowed)."""
    for field in ("public_email", "commit_email"):
        wanted = values.get(field)
        if not wanted or (field == "commit_email" and wanted == "_private"):
            continue
        if wanted not in verified:
            problems.add(field, "must be an email you have verified")


def validate_avatar(problems, avatar):
    if not avatar:
        return
    extension = (avatar.get("filename") or "").rsplit(".", 1)[-1].lower()
    if extension not in AVATAR_FORMATS:
        problems.add("avatar", "file format is not supported. Please try one of the following supported "
                               "formats: %s" % ", ".join(AVATAR_FORMATS))
    elif len(avatar["content"]) > AVATAR_MAX_BYTES:
        problems.add("avatar", "is too big (should be at most 200 KiB)")


def store_avatar(user, upload):
    """Keep an uploaded avatar under its file name as CarrierWave sanitizes it (the base name, every
    character outside `[[:word:].-+]` replaced by "_")."""
    base_name = (upload.get("filename") or "avatar.png").replace("\\", "/").rsplit("/", 1)[-1]
    filename = re.sub(r"[^\w.\-+]", "_", base_name)
    user.avatar = {"filename": filename, "content": upload["content"],
                   "content_type": mimetypes.guess_type(filename)[0] or "application/octet-stream"}
    user.touch()

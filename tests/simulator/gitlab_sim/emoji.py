"""Emoji names and the `emoji` markdown pipeline used for user status messages.

GitLab renders `UserStatus#message` with Banzai's EmojiPipeline: HtmlEntityFilter (HTML-escape the text),
SanitizationFilter, EmojiFilter (`:name:` codes and bare emoji characters become `<gl-emoji>` tags). That
pipeline wraps nothing in `<p>`: "I crave coffee :coffee:" renders as
`I crave coffee <gl-emoji title="hot beverage" data-name="coffee" data-unicode-version="4.0">☕</gl-emoji>`.
"""
from __future__ import annotations

import html
import re

from gitlab_sim.emoji_data import ROWS


class Emoji:
    def __init__(self, name, characters, unicode_version, description):
        self.name = name  # the canonical alpha code, rendered in data-name
        self.characters = characters
        self.unicode_version = unicode_version
        self.description = description


def _rows(text):
    """Data rows, with indented continuation lines (more names) joined to their row."""
    rows = []
    for line in text.strip().splitlines():
        if line.startswith(" ") and rows:
            rows[-1] += " " + line.strip()
        else:
            rows.append(line)
    return rows


def _load(text):
    by_name, by_sequence = {}, {}
    for row in _rows(text):
        codepoints, unicode_version, description, names = row.split("|")
        characters = "".join(chr(int(point, 16)) for point in codepoints.split("-"))
        aliases = names.split()
        emoji = Emoji(aliases[0], characters, unicode_version, description)
        for alias in aliases:
            by_name[alias] = emoji
        # A bare emoji in a message matches with or without its variation selector.
        by_sequence.setdefault(characters, emoji)
        by_sequence.setdefault(characters.replace(_VARIATION_SELECTOR, ""), emoji)
    return by_name, by_sequence


_VARIATION_SELECTOR = "\ufe0f"
BY_NAME, BY_SEQUENCE = _load(ROWS)
LONGEST_SEQUENCE = max(len(sequence) for sequence in BY_SEQUENCE)
_NAME_CODE = re.compile(r":([a-z0-9_+\-]+):")


def exists(name):
    """`Gitlab::Emoji.emoji_exists?`: an alpha code without colons, e.g. "coffee" or "+1"."""
    return isinstance(name, str) and name in BY_NAME


def gl_emoji_tag(emoji):
    return '<gl-emoji title="%s" data-name="%s" data-unicode-version="%s">%s</gl-emoji>' % (
        html.escape(emoji.description), emoji.name, emoji.unicode_version, emoji.characters)


def _replace_names(text):
    def replace(match):
        emoji = BY_NAME.get(match.group(1))
        return gl_emoji_tag(emoji) if emoji else match.group(0)

    return _NAME_CODE.sub(replace, text)


def _replace_characters(text):
    """Bare emoji (the longest known sequence first, a trailing VS16 included) become gl-emoji tags."""
    out = []
    index = 0
    while index < len(text):
        for length in range(min(LONGEST_SEQUENCE, len(text) - index), 0, -1):
            emoji = BY_SEQUENCE.get(text[index:index + length])
            if emoji is not None:
                break
        if emoji is None:
            out.append(text[index])
            index += 1
            continue
        index += length
        if index < len(text) and text[index] == _VARIATION_SELECTOR:
            index += 1
        out.append(gl_emoji_tag(emoji))
    return "".join(out)


def render_html(text):
    """The EmojiPipeline: escape, then emoji. Blank text renders as ""."""
    if not text:
        return ""
    escaped = html.escape(text, quote=True).replace("&#x27;", "&#39;")
    # Bare characters first, so the characters inside the tags made for `:name:` codes are not wrapped twice.
    return _replace_names(_replace_characters(escaped))

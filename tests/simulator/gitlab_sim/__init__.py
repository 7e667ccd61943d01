"""A GitLab REST v4 Users API simulator (see README.md in the parent folder)."""
from __future__ import annotations

__version__ = "0.1.0"

from __future__ import annotations

from gitlab_sim.cli import main

main()

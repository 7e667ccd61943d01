"""Parallel clients against the threaded server: page fetches and creates interleave, and every answer
stays consistent."""
from __future__ import annotations

import concurrent.futures

import requests


SEEDED = 300
CREATORS, CREATES_EACH = 4, 15
READERS, READS_EACH = 4, 15


SITE_ARGS = ("--seed-users", str(SEEDED),)


def client(site):
    session = requests.Session()
    session.headers["PRIVATE-TOKEN"] = site.token
    return session


def create_many(site, worker):
    session, statuses = client(site), []
    for n in range(CREATES_EACH):
        username = "par_%d_%d" % (worker, n)
        response = session.post(site.api_url + "/users", timeout=30, json={
            "username": username, "name": "Parallel %d %d" % (worker, n), "email": username + "@example.com",
            "password": "Rk4-velvet-compass", "skip_confirmation": True})
        statuses.append(response.status_code)
    return statuses


def read_pages(site, worker):
    """Fetch pages while writers run; each page must be internally consistent."""
    session, problems, totals = client(site), [], []
    for n in range(READS_EACH):
        response = session.get(site.api_url + "/users", params={"per_page": 100, "page": 1 + (worker + n) % 3},
                               timeout=30)
        ids = [u["id"] for u in response.json()]
        if response.status_code != 200 or ids != sorted(set(ids), reverse=True) or len(ids) != 100:
            problems.append((response.status_code, ids[:3]))
        totals.append(int(response.headers["X-Total"]))
    return problems, totals


def test_parallel_reads_and_creates_stay_consistent(site):
    with concurrent.futures.ThreadPoolExecutor(max_workers=CREATORS + READERS) as pool:
        writers = [pool.submit(create_many, site, w) for w in range(CREATORS)]
        readers = [pool.submit(read_pages, site, r) for r in range(READERS)]
        statuses = [s for future in writers for s in future.result()]
        results = [future.result() for future in readers]
    assert statuses == [201] * CREATORS * CREATES_EACH
    for problems, totals in results:
        assert problems == []
        assert totals == sorted(totals)  # the total only grows
        assert SEEDED + 1 <= totals[0] and totals[-1] <= SEEDED + 1 + CREATORS * CREATES_EACH
    everyone = site.api("GET", "/users", params={"per_page": 100, "page": 1}).headers["X-Total"]
    assert int(everyone) == SEEDED + 1 + CREATORS * CREATES_EACH
    ids = []
    for page in range(1, 6):
        ids += [u["id"] for u in site.api("GET", "/users", params={"per_page": 100, "page": page}).json()]
    assert len(ids) == len(set(ids)) == int(everyone)


def test_parallel_creates_of_one_username_let_exactly_one_win(site):
    def attempt(n):
        return client(site).post(site.api_url + "/users", timeout=30, json={
            "username": "contested", "name": "Contested", "email": "contested%d@example.com" % n,
            "password": "Rk4-velvet-compass"}).status_code

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        statuses = sorted(pool.map(attempt, range(8)))
    assert statuses == [201] + [409] * 7

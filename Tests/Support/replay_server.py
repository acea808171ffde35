#!/usr/bin/env python3
"""Loopback HTTP server that replays recorded CircleCI API v2 and GitHub REST pages for the fetch tests,
and answers Prometheus /api/v1/query_range with generated series.

usage: replay_server.py FIXTURE_DIR [BEHAVIOUR ...]

Binds 127.0.0.1 on a free port and prints the port as the first line of stdout.
FIXTURE_DIR holds circleci/ and github/ as in shared/formats. Tokens are checked against
REPLAY_CIRCLE_TOKEN (header Circle-Token) and REPLAY_GITHUB_TOKEN (Authorization: Bearer); a wrong
or missing token gets HTTP 401 with the API's JSON error body.

Behaviours, each NAME or NAME@PATH-SUBSTRING (applies to requests whose path contains it):
  429          the first matching request gets 429 with Retry-After: 1
  500          the first matching request gets 500
  503          the first matching request gets 503 (Prometheus overloaded or restarting)
  slow         the first matching request waits 3 s before answering
  slow-always  every matching request waits 3 s
  malformed    every matching request gets a truncated JSON body
  ratelimit    the first matching answer carries X-RateLimit-Remaining: 0 and a reset 1 s ahead

Argo CD (/api/v1/applications/NAME): Authorization must be "Bearer " + REPLAY_ARGOCD_TOKEN (else 401 with
Argo CD's error body); answers argocd/application-NAME.json, else 404.

GitLab (/api/v4/projects/acme-corp%2Fapi/deployments): PRIVATE-TOKEN must equal REPLAY_GITLAB_TOKEN (else 401);
answers gitlab/deployments.json filtered by environment and status, 2 a page with Link rel="next".

REPLAY_TLS_CERT and REPLAY_TLS_KEY (PEM files) make it speak HTTPS.

GET /__requests answers the request log as JSON: [{"path", "auth"}] (auth: whether the token matched).

Prometheus (/api/v1/...): the Authorization header must equal REPLAY_PROMETHEUS_AUTH when that is set (else
401). query_range answers Prometheus' 400 "exceeded maximum resolution" error when (end - start) / step + 1 is
above REPLAY_PROMETHEUS_MAX_POINTS (default 11000, as Prometheus); a query for container_memory_working_set_bytes
or container_memory_rss (not a percentage) gets two pods, api-6c9d8e7f5-abcde and api-6c9d8e7f5-fghij, at every
step from start to end (working set 100 MiB + 1 MiB per hour since 2026-03-02T00:00:00Z, RSS 20 MiB less); every
other query an empty matrix.
"""
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

FIXTURES = sys.argv[1]
BEHAVIOURS = []
for spec in sys.argv[2:]:
    name, _, where = spec.partition("@")
    BEHAVIOURS.append({"name": name, "where": where, "used": False})
LOG = []
LOCK = threading.Lock()
PER_PAGE = {"deployments": 2, "runs": 4}


def fixture(*parts):
    path = os.path.join(FIXTURES, *parts)
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def behaviour(self, name, path):
        with LOCK:
            for b in BEHAVIOURS:
                if b["name"] == name and b["where"] in path:
                    if name in ("slow-always", "malformed"):
                        return True
                    if not b["used"]:
                        b["used"] = True
                        return True
        return False

    def send(self, status, body, headers=None):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        path = url.path
        if path == "/__requests":
            with LOCK:
                return self.send(200, list(LOG))
        github = path.startswith("/repos/")
        prometheus = path.startswith("/api/v1/query")
        argocd = path.startswith("/api/v1/applications/")
        gitlab = path.startswith("/api/v4/")
        if prometheus:
            ok = "REPLAY_PROMETHEUS_AUTH" not in os.environ or self.headers.get("Authorization") == os.environ["REPLAY_PROMETHEUS_AUTH"]
        elif argocd:
            ok = self.headers.get("Authorization") == "Bearer " + os.environ.get("REPLAY_ARGOCD_TOKEN", "")
        elif gitlab:
            ok = self.headers.get("PRIVATE-TOKEN") == os.environ.get("REPLAY_GITLAB_TOKEN", "")
        elif github:
            ok = self.headers.get("Authorization") == "Bearer " + os.environ.get("REPLAY_GITHUB_TOKEN", "")
        else:
            ok = self.headers.get("Circle-Token") == os.environ.get("REPLAY_CIRCLE_TOKEN", "")
        with LOCK:
            LOG.append({"path": self.path, "auth": ok, "user_agent": self.headers.get("User-Agent", "")})
        if self.behaviour("slow", self.path) or self.behaviour("slow-always", self.path):
            time.sleep(3)
        if self.behaviour("429", self.path):
            return self.send(429, {"message": "Rate limit exceeded"}, {"Retry-After": "1"})
        if self.behaviour("500", self.path):
            return self.send(500, {"message": "Internal Server Error"})
        if self.behaviour("503", self.path):
            return self.send(503, b"Service Unavailable")
        if not ok and prometheus:
            return self.send(401, b"Unauthorized\n")
        if gitlab:
            if not ok:
                return self.send(401, {"message": "401 Unauthorized"})
            if self.path.split("?")[0] != "/api/v4/projects/acme-corp%2Fapi/deployments":
                return self.send(404, {"message": "404 Project Not Found"})
            items = json.loads(fixture("gitlab", "deployments.json"))
            items = [d for d in items if d["environment"]["name"] == query.get("environment") and d["status"] == query.get("status", d["status"])]
            status, body, headers = self.paged(self.path.split("?")[0], query, items, PER_PAGE["deployments"], None)
            return self.send(status, body, headers)
        if argocd:
            if not ok:
                message = "invalid session: token signature is invalid"
                return self.send(401, {"error": message, "code": 16, "message": message})
            body = fixture("argocd", "application-" + path.rsplit("/", 1)[1] + ".json")
            if body is None:
                message = 'applications.argoproj.io "%s" not found' % path.rsplit("/", 1)[1]
                return self.send(404, {"error": message, "code": 5, "message": message})
            return self.send(200, body)
        if prometheus:
            status, body = self.prometheus(path, query)
            return self.send(status, body)
        if not ok:
            if github:
                return self.send(401, {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"})
            return self.send(401, {"message": "Invalid token provided."})
        status, body, headers = self.route(path, query)
        if status == 200 and self.behaviour("malformed", self.path):
            body = body[: len(body) // 2]
        if self.behaviour("ratelimit", self.path):
            headers["X-RateLimit-Remaining"] = "0"
            headers["X-RateLimit-Reset"] = str(int(time.time()) + 1)
        self.send(status, body, headers)

    def route(self, path, query):
        parts = [p for p in path.split("/") if p]
        not_found = (404, json.dumps({"message": "Not Found"}).encode(), {})
        # CircleCI
        if path == "/api/v2/project/gh/acme-corp/api/pipeline":
            page1 = fixture("circleci", "project-pipeline.page1.json")
            token = json.loads(page1)["next_page_token"]
            if "page-token" not in query:
                return 200, page1, {}
            if query["page-token"] == token:
                return 200, fixture("circleci", "project-pipeline.page2.json"), {}
            return 400, json.dumps({"message": "invalid page-token"}).encode(), {}
        if len(parts) == 5 and parts[:3] == ["api", "v2", "pipeline"] and parts[4] == "workflow":
            body = fixture("circleci", "pipeline-workflow", parts[3] + ".json")
            return (200, body, {}) if body else not_found
        if len(parts) == 5 and parts[:3] == ["api", "v2", "workflow"] and parts[4] == "job":
            body = fixture("circleci", "workflow-job", parts[3] + ".json")
            return (200, body, {}) if body else not_found
        # GitHub
        if parts[:3] == ["repos", "acme-corp", "api"]:
            rest = parts[3:]
            if rest == ["deployments"]:
                items = json.loads(fixture("github", "deployments.environment-production.json"))
                if query.get("environment") != "production":
                    items = []
                return self.paged(path, query, items, PER_PAGE["deployments"], None)
            if len(rest) == 3 and rest[0] == "deployments" and rest[2] == "statuses":
                body = fixture("github", "deployment-statuses", rest[1] + ".json")
                return (200, body, {}) if body else not_found
            if len(rest) == 4 and rest[:2] == ["actions", "workflows"] and rest[3] == "runs":
                runs = json.loads(fixture("github", "actions-runs.json"))["workflow_runs"]
                runs = [r for r in runs if r["path"].endswith("/" + rest[2])]
                if query.get("status") == "success":
                    runs = [r for r in runs if r["conclusion"] == "success"]
                if "branch" in query:
                    runs = [r for r in runs if r["head_branch"] == query["branch"]]
                return self.paged(path, query, runs, PER_PAGE["runs"], "workflow_runs")
            if len(rest) == 3 and rest[0] == "commits" and rest[2] == "pulls":
                body = fixture("github", "commits-pulls", rest[1] + ".json")
                return 200, body or b"[]", {}
        return not_found

    def prometheus(self, path, query):
        if path != "/api/v1/query_range":
            return 404, {"status": "error", "errorType": "not_found", "error": "not found"}
        try:
            start, end, step = int(query["start"]), int(query["end"]), int(query["step"])
        except (KeyError, ValueError):
            return 400, {"status": "error", "errorType": "bad_data", "error": "invalid parameter"}
        limit = int(os.environ.get("REPLAY_PROMETHEUS_MAX_POINTS", "11000"))
        if (end - start) // step + 1 > limit:
            return 400, {"status": "error", "errorType": "bad_data",
                         "error": "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"}
        promql = query.get("query", "")
        result = []
        if promql.startswith("sum by (pod) (container_memory_"):
            offset = 20 * 1048576 if "container_memory_rss" in promql else 0
            for pod in ("api-6c9d8e7f5-abcde", "api-6c9d8e7f5-fghij"):
                values = [[t, str(100 * 1048576 + (t - 1772409600) * 1048576 // 3600 - offset)] for t in range(start, end + 1, step)]
                result.append({"metric": {"pod": pod}, "values": values})
        return 200, {"status": "success", "data": {"resultType": "matrix", "result": result}}

    def paged(self, path, query, items, per_page, key):
        page = int(query.get("page", "1"))
        chunk = items[(page - 1) * per_page: page * per_page]
        body = {"total_count": len(items), key: chunk} if key else chunk
        headers = {}
        if page * per_page < len(items):
            q = dict(query, page=str(page + 1))
            link = "http://%s%s?%s" % (self.headers["Host"], path, "&".join("%s=%s" % kv for kv in q.items()))
            headers["Link"] = '<%s>; rel="next"' % link
        return 200, json.dumps(body, indent=2).encode(), headers


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if os.environ.get("REPLAY_TLS_CERT"):
        # HTTPS with the given certificate and key (PEM), for the TLS tests.
        import ssl
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.environ["REPLAY_TLS_CERT"], os.environ["REPLAY_TLS_KEY"])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the memblame sample story (sample-data/) from a fixed seed.

Python 3 standard library only, no clock, no environment: `python3 sample-data/generate.py`
rewrites the same bytes on every run and every machine. See README.md for the story and the truth.

The story: ECS service prod/api (repository acme-corp/api, CircleCI project gh/acme-corp/api) is
deployed two to four times a week. PR #4312 "Upgrade newrelic agent to 9.8" starts a leak of
0.9 %/h; tasks restart at every deploy and are OOM-killed when an interval runs long; PR #4352
"Fix listener leak in metrics exporter" ends it. prod/worker is a healthy control service.

Memory is simulated minute by minute (the service Average of its tasks), then averaged into
5-minute buckets as CloudWatch does for Period 300, then noise and spikes are added per bucket.
"""

import base64
import hashlib
import json
import math
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

SEED = 20261015
OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
START = datetime(2026, 9, 21, tzinfo=UTC)   # first bucket (inclusive)
END = datetime(2026, 11, 20, tzinfo=UTC)    # last bucket ends here (exclusive)
PERIOD = 300
LEAK_PER_HOUR = 0.9                         # percentage points per hour while the leaky build runs
QUANTUM = 100.0 / 20480.0                   # 2 tasks x 5 one-minute samples of integer MiB out of 2048 MiB
GAP = (datetime(2026, 10, 28, 3, 10, tzinfo=UTC), datetime(2026, 10, 28, 3, 40, tzinfo=UTC))
API_SPIKES = [datetime(2026, 10, 3, 4, 20, tzinfo=UTC), datetime(2026, 10, 20, 7, 45, tzinfo=UTC),
              datetime(2026, 11, 14, 2, 15, tzinfo=UTC)]
WORKER_SPIKES = [datetime(2026, 10, 9, 13, 40, tzinfo=UTC)]

rng = random.Random(SEED)


def ts(text):
    """'2026-10-15 14:18' in UTC, with seconds drawn from the generator."""
    d = datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    return d + timedelta(seconds=rng.randint(0, 59))


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def fake_sha(*parts):
    return hashlib.sha1(("acme|" + "|".join(map(str, parts))).encode()).hexdigest()


def uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "https://circleci.example/" + "/".join(map(str, parts))))


# ----------------------------------------------------------------------------------------------
# People. Offsets follow the 2026 daylight-saving rules (EU ends 2026-10-25, US ends 2026-11-01).
EU_DST_END = datetime(2026, 10, 25, 1, tzinfo=UTC)
US_DST_END = datetime(2026, 11, 1, 9, tzinfo=UTC)


class Person:
    def __init__(self, name, login, email, gh_id, zone):
        self.name, self.login, self.email, self.gh_id, self.zone = name, login, email, gh_id, zone
        self.circleci_id = uid("user", login)

    def offset(self, d):
        if self.zone == "LA":
            return timedelta(hours=-7 if d < US_DST_END else -8)
        if self.zone == "NY":
            return timedelta(hours=-4 if d < US_DST_END else -5)
        if self.zone == "WAW":
            return timedelta(hours=2 if d < EU_DST_END else 1)
        if self.zone == "IN":
            return timedelta(hours=5, minutes=30)
        return timedelta(0)

    def local_iso(self, d):
        """git's %aI: the author's own offset."""
        off = self.offset(d)
        local = (d + off).replace(tzinfo=None)
        sign = "+" if off >= timedelta(0) else "-"
        minutes = abs(int(off.total_seconds())) // 60
        return local.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, minutes // 60, minutes % 60)


ALICE = Person("Alice Chen", "alice-chen", "alice.chen@acme-corp.example", 60112358, "LA")
DANA = Person("Dana Whitfield", "dwhitfield", "41230811+dwhitfield@users.noreply.github.com", 41230811, "LA")
PRIYA = Person("Priya Raman", "priya-raman", "priya.raman@acme-corp.example", 52018833, "IN")
TOMASZ = Person("Tomasz Nowak", "tnowak", "tnowak@acme-corp.example", 38112907, "WAW")
MARCUS = Person("Marcus Bell", "mbell", "marcus.bell@acme-corp.example", 47720519, "NY")
DEPENDABOT = Person("dependabot[bot]", "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", 27856297, "UTC")

# ----------------------------------------------------------------------------------------------
# prod/api history. Each entry is one push to main (newest last):
#   (live time or push time, kind, PR, title, author, style, branch, extra)
# kind: "deploy" (deploy workflow succeeded; `when` is when it went live), "canceled" (deploy
# workflow auto-cancelled by the next push), "failed" (deploy workflow failed), "skip" ([skip ci]).
# style: "squash", "merge" (GitHub merge commit) or "push" (direct push, no PR).
API_PUSHES = [
    ("2026-09-18 16:02", "deploy", 4255, "Add request ID to access logs", DANA, "squash", "feat/access-log-request-id"),
    ("2026-09-22 14:12", "deploy", 4261, "Paginate /v2/invoices by cursor", PRIYA, "merge", "feat/invoice-cursor-pagination"),
    ("2026-09-24 10:47", "deploy", 4265, "Bump pg from 8.11.3 to 8.12.0", DEPENDABOT, "squash", "dependabot/npm_and_yarn/pg-8.12.0"),
    ("2026-09-25 16:05", "deploy", 4270, "Cache tenant settings for 60 s", TOMASZ, "squash", "feat/tenant-settings-cache"),
    ("2026-09-29 09:32", "deploy", 4274, "Add per-tenant rate limiter", DANA, "squash", "feat/tenant-rate-limiter"),
    ("2026-09-29 10:51", "deploy", 4275, 'Revert "Add per-tenant rate limiter (#4274)"', DANA, "squash", "revert-4274-feat/tenant-rate-limiter"),
    ("2026-10-01 13:58", "deploy", 4277, "Move webhook retries to SQS", MARCUS, "merge", "feat/webhook-retries-sqs"),
    ("2026-10-02 10:58", "canceled", 4281, "Return 409 on duplicate idempotency key", ALICE, "squash", "fix/idempotency-409"),
    ("2026-10-02 11:21", "deploy", 4283, "Log slow queries over 500 ms", PRIYA, "merge", "feat/slow-query-log"),
    ("2026-10-06 15:44", "deploy", 4286, "Reintroduce per-tenant rate limiter behind a flag", DANA, "squash", "feat/tenant-rate-limiter-flag"),
    ("2026-10-07 10:09", "deploy", 4290, "Upgrade express to 4.21.1", TOMASZ, "squash", "chore/express-4.21.1"),
    ("2026-10-08 17:26", "deploy", 4294, "Add OpenAPI schema for /v2/refunds", MARCUS, "squash", "docs/openapi-refunds"),
    ("2026-10-08 18:41", "failed", 4296, "Tune pg pool size to 20", ALICE, "merge", "perf/pg-pool-20"),
    ("2026-10-12 13:37", "deploy", 4299, "Validate currency codes against ISO 4217", PRIYA, "squash", "feat/iso-4217-validation"),
    ("2026-10-13 16:51", "deploy", 4303, "Drop legacy /v1/ping endpoint", TOMASZ, "merge", "chore/drop-v1-ping"),
    ("2026-10-14 08:20", "skip", None, "Update on-call runbook link [skip ci]", TOMASZ, "push", None),
    ("2026-10-15 14:18", "deploy", 4312, "Upgrade newrelic agent to 9.8", ALICE, "squash", "chore/newrelic-9.8"),
    ("2026-10-15 15:33", "deploy", 4314, "Increase HTTP keep-alive timeout to 65 s", MARCUS, "squash", "fix/keepalive-65s"),
    ("2026-10-19 11:02", "deploy", 4318, "Add metrics for webhook queue depth", PRIYA, "merge", "feat/webhook-queue-metrics"),
    ("2026-10-21 14:40", "deploy", 4321, "Bump aws-sdk from 2.1690.0 to 2.1691.0", DEPENDABOT, "squash", "dependabot/npm_and_yarn/aws-sdk-2.1691.0"),
    ("2026-10-22 10:15", "deploy", None, "Raise ECS health check grace period to 90 s", DANA, "push", None),
    ("2026-10-26 15:22", "deploy", 4327, "Retry S3 uploads with jitter", TOMASZ, "squash", "fix/s3-retry-jitter"),
    ("2026-10-28 09:48", "deploy", 4330, "Add /v2/refunds endpoint", MARCUS, "merge", "feat/v2-refunds"),
    ("2026-10-30 13:05", "deploy", 4334, "Stream CSV exports instead of buffering", PRIYA, "squash", "perf/stream-csv-exports"),
    ("2026-11-02 16:27", "deploy", 4338, "Upgrade Node.js to 20.18", DANA, "squash", "chore/node-20.18"),
    ("2026-11-04 11:53", "deploy", 4341, "Add heap snapshot endpoint for admins", ALICE, "merge", "feat/admin-heap-snapshot"),
    ("2026-11-05 15:36", "deploy", 4345, "Lower log level of health checks", TOMASZ, "squash", "chore/quiet-health-checks"),
    ("2026-11-09 14:20", "deploy", 4352, "Fix listener leak in metrics exporter", TOMASZ, "merge", "fix/metrics-exporter-listener-leak"),
    ("2026-11-11 10:31", "deploy", 4357, "Add index on invoices (tenant_id, created_at)", MARCUS, "squash", "perf/invoices-tenant-index"),
    ("2026-11-12 16:14", "deploy", 4360, "Bump pg from 8.12.0 to 8.13.1", DEPENDABOT, "squash", "dependabot/npm_and_yarn/pg-8.13.1"),
    ("2026-11-16 13:45", "deploy", 4364, "Expose p99 latency per route", PRIYA, "squash", "feat/p99-per-route"),
    ("2026-11-18 11:07", "deploy", 4369, "Refactor auth middleware", DANA, "merge", "refactor/auth-middleware"),
    ("2026-11-19 15:29", "deploy", 4372, "Remove unused newrelic custom attributes", ALICE, "squash", "chore/newrelic-attributes-cleanup"),
]
CULPRIT_PR, FOLLOW_UP_PR, FIX_PR = 4312, 4314, 4352
# Who presses the merge button for dependabot PRs.
DEPENDABOT_MERGERS = {4265: TOMASZ, 4321: DANA, 4360: MARCUS}
# PRs whose branch also ran CI before the merge (branch pipelines, distractors), hours before merge.
BRANCH_RUNS = {4261: 20, 4270: 5, 4277: 30, 4283: 3, 4290: 26, 4296: 6, 4303: 28, 4312: 22,
               4318: 4, 4330: 47, 4341: 19, 4352: 7, 4364: 25, 4369: 50}
FAILED_BRANCH_RUN = 4341         # its branch build-test workflow failed once
ERRORED_AT = "2026-10-21 09:12"  # a dependabot branch push with a broken config: pipeline errored

WORKER_DEPLOYS = [
    ("2026-09-17 13:10", 1176, "Retry Stripe webhooks with backoff", MARCUS),
    ("2026-09-23 09:40", 1181, "Batch email sends in groups of 50", PRIYA),
    ("2026-09-30 15:12", 1184, "Bump bullmq from 5.12.0 to 5.13.2", DEPENDABOT),
    ("2026-10-05 12:30", 1187, "Add dead-letter queue for failed exports", TOMASZ),
    ("2026-10-09 10:05", 1190, "Parallelise PDF rendering (2 workers)", DANA),
    ("2026-10-14 14:55", 1193, "Upgrade newrelic agent to 9.8", ALICE),
    ("2026-10-20 09:25", 1195, "Purge expired sessions nightly", PRIYA),
    ("2026-10-23 16:10", 1199, "Move cron schedule to UTC", MARCUS),
    ("2026-10-29 11:45", 1202, "Add job duration histogram", TOMASZ),
    ("2026-11-03 10:20", 1206, "Cap export batch at 10k rows", DANA),
    ("2026-11-06 14:35", 1209, "Upgrade Node.js to 20.18", DANA),
    ("2026-11-12 09:50", 1213, "Retry SES throttling errors", PRIYA),
    ("2026-11-17 15:05", 1216, "Log queue lag every minute", MARCUS),
]


# ----------------------------------------------------------------------------------------------
# The api repository and its CircleCI pipelines.
class Push:
    pass


def build_api_history():
    pushes = []
    parent = fake_sha("api", "before-window")
    for when, kind, pr, title, author, style, branch in API_PUSHES:
        p = Push()
        p.kind, p.pr, p.title, p.author, p.style, p.branch = kind, pr, title, author, style, branch
        moment = ts(when)
        if kind == "deploy":
            p.live = moment
            p.deploy_minutes = rng.uniform(9.0, 14.0)
            p.pushed = moment - timedelta(minutes=p.deploy_minutes)
        else:
            p.live = None
            p.pushed = moment
        p.pushed = p.pushed.replace(microsecond=0)
        p.merger = DEPENDABOT_MERGERS.get(pr, author)
        p.sha = fake_sha("api", when, title)
        p.branch_tip = fake_sha("api", "branch", branch) if style == "merge" or branch else None
        p.parents = [parent] + ([p.branch_tip] if style == "merge" else [])
        if style == "merge":
            p.subject = "Merge pull request #%d from acme-corp/%s" % (pr, branch)
            p.body = title
            p.git_author = p.merger
            p.committer = "GitHub"
        elif style == "squash":
            p.subject = "%s (#%d)" % (title, pr)
            if author is DEPENDABOT:
                words = title.split()
                p.body = "Bumps %s from %s to %s.\n\nSigned-off-by: dependabot[bot] <support@github.com>" % (words[1], words[3], words[5])
            elif title.startswith("Revert"):
                p.body = "This reverts commit %s." % pushes[-1].sha
            else:
                p.body = "* %s\n\n* Address review comments\n\n---------\n\nCo-authored-by: %s <%s>" % (
                    title, p.merger.name, p.merger.email) if rng.random() < 0.4 else "* %s" % title
            p.git_author = author
            p.committer = "GitHub"
        else:
            p.subject, p.body, p.git_author, p.committer = title, "", author, author.name
        p.prs_shipped = []
        pushes.append(p)
        parent = p.sha
    # Which PRs each successful deploy shipped (everything since the previous successful deploy).
    pending = []
    for p in pushes:
        if p.pr:
            pending.append(p.pr)
        if p.kind == "deploy":
            p.prs_shipped, pending = pending, []
    return pushes


def build_pipelines(pushes):
    """All pipelines of gh/acme-corp/api in the window, oldest first, each with its workflows."""
    events = []
    for p in pushes:
        if p.kind == "skip":
            continue
        events.append(("main", p.pushed + timedelta(seconds=rng.uniform(1.5, 4.0)), p))
        if p.pr in BRANCH_RUNS:
            events.append(("branch", p.pushed - timedelta(hours=BRANCH_RUNS[p.pr], minutes=rng.randint(0, 50)), p))
    events.append(("errored", ts(ERRORED_AT), None))
    events.sort(key=lambda e: e[1])
    pipelines = []
    number = 2391
    for kind, received, p in events:
        number += 1
        received = received.replace(microsecond=rng.randint(0, 999) * 1000)
        created = received + timedelta(milliseconds=rng.randint(250, 450))
        pl = {"id": uid("pipeline", number), "errors": [], "project_slug": "gh/acme-corp/api",
              "updated_at": None, "number": number, "state": "created", "created_at": created,
              "received_at": received, "push": p, "kind": kind}
        if kind == "errored":
            pl.update(state="errored", updated_at=created, actor=DEPENDABOT,
                      revision=fake_sha("api", "dependabot", "redis"), branch="dependabot/npm_and_yarn/ioredis-5.4.2",
                      subject="Bump ioredis from 5.4.1 to 5.4.2",
                      body="Bumps ioredis from 5.4.1 to 5.4.2.\n\nSigned-off-by: dependabot[bot] <support@github.com>",
                      errors=[{"type": "config", "message": "Unable to parse YAML\nmapping values are not allowed here\n in 'string', line 41, column 23:\n            resource_class: medium\n                          ^"}])
        elif kind == "branch":
            pl.update(actor=p.author if p.author is not DEPENDABOT else p.merger, revision=p.branch_tip,
                      branch=p.branch, subject=p.title if p.author is not DEPENDABOT else p.title,
                      body="")
        else:
            pl.update(actor=p.merger if p.style != "push" else p.author, revision=p.sha, branch="main",
                      subject=p.subject, body=p.body)
        if pl["updated_at"] is None:
            pl["updated_at"] = created + timedelta(milliseconds=rng.randint(350, 480))
        pipelines.append(pl)

    # Workflows. Main pipelines run `build-test` and `deploy` (test, build-image, deploy-production,
    # filtered to main); branch pipelines run `build-test` only; the errored one has none.
    for i, pl in enumerate(pipelines):
        wfs = []
        if pl["kind"] == "errored":
            pl["workflows"] = wfs
            continue
        c = pl["created_at"] + timedelta(milliseconds=rng.randint(200, 320))
        ok = not (pl["kind"] == "branch" and pl["push"].pr == FAILED_BRANCH_RUN)
        wfs.append({"name": "build-test", "created_at": c,
                    "stopped_at": c + timedelta(seconds=rng.uniform(240, 420)),
                    "status": "success" if ok else "failed"})
        if pl["kind"] == "main":
            p = pl["push"]
            dc = c + timedelta(milliseconds=rng.randint(3, 40))
            if p.kind == "deploy":
                stopped, status = p.live.replace(microsecond=rng.randint(0, 999) * 1000), "success"
            elif p.kind == "failed":
                stopped, status = dc + timedelta(seconds=rng.uniform(470, 560)), "failed"
            else:  # canceled by the next main pipeline (auto-cancel redundant workflows)
                nxt = next(q for q in pipelines[i + 1:] if q["kind"] == "main")
                stopped, status = nxt["created_at"] + timedelta(milliseconds=rng.randint(600, 1500)), "canceled"
            wfs.append({"name": "deploy", "created_at": dc, "stopped_at": stopped, "status": status})
        for w in wfs:
            w["id"] = uid("workflow", pl["number"], w["name"])
        # GET /pipeline/{id}/workflow lists newest first.
        wfs.sort(key=lambda w: w["created_at"], reverse=True)
        pl["workflows"] = wfs
    return pipelines


def pipeline_json(pl):
    actor = pl["actor"]
    vcs = {"origin_repository_url": "https://github.com/acme-corp/api",
           "target_repository_url": "https://github.com/acme-corp/api",
           "revision": pl["revision"], "provider_name": "GitHub",
           "commit": {"body": pl["body"], "subject": pl["subject"]}, "branch": pl["branch"]}
    return {"id": pl["id"], "errors": pl["errors"], "project_slug": pl["project_slug"],
            "updated_at": iso_ms(pl["updated_at"]), "number": pl["number"], "state": pl["state"],
            "created_at": iso_ms(pl["created_at"]),
            "trigger": {"received_at": iso_ms(pl["received_at"]), "type": "webhook",
                        "actor": {"login": actor.login,
                                  "avatar_url": "https://avatars.githubusercontent.com/u/%d?v=4" % actor.gh_id}},
            "vcs": vcs}


def workflow_json(pl, w):
    return {"pipeline_id": pl["id"], "id": w["id"], "name": w["name"], "project_slug": pl["project_slug"],
            "status": w["status"], "started_by": pl["actor"].circleci_id, "pipeline_number": pl["number"],
            "created_at": iso_ms(w["created_at"]), "stopped_at": iso_ms(w["stopped_at"])}


def deploy_workflow_jobs(pipelines):
    """GET /workflow/{id}/job for every `deploy` workflow: build-image, then deploy-production.
    Job numbers count every job of the project in pipeline order (build-test runs build and test)."""
    out = []
    job_number = 8840
    for pl in pipelines:
        for w in sorted(pl["workflows"], key=lambda w: w["created_at"]):
            if w["name"] != "deploy":
                job_number += 2          # the build-test workflow's build and test jobs
                continue
            start = w["created_at"] + timedelta(milliseconds=rng.randint(900, 1600))
            image_id, deploy_id = uid("job", pl["number"], "build-image"), uid("job", pl["number"], "deploy-production")
            image = {"dependencies": [], "job_number": job_number + 1, "id": image_id, "started_at": iso_ms(start),
                     "name": "build-image", "project_slug": pl["project_slug"], "status": "success", "type": "build",
                     "stopped_at": None}
            deploy = {"dependencies": [image_id], "job_number": job_number + 2, "id": deploy_id, "started_at": None,
                      "name": "deploy-production", "project_slug": pl["project_slug"], "status": w["status"],
                      "type": "build", "stopped_at": None}
            if w["status"] == "canceled":
                # Auto-cancelled while the image was building: the deploy job never ran.
                image.update(status="canceled", stopped_at=iso_ms(w["stopped_at"]))
                del deploy["job_number"]
                job_number += 1
            else:
                image_stop = start + timedelta(seconds=rng.uniform(170, 260))
                image["stopped_at"] = iso_ms(image_stop)
                deploy["started_at"] = iso_ms(image_stop + timedelta(milliseconds=rng.randint(600, 900)))
                deploy["stopped_at"] = iso_ms(w["stopped_at"])
                job_number += 2
            out.append((pl, w, [image, deploy]))
    return out


def page_token(n):
    return base64.urlsafe_b64encode(hashlib.sha256(b"page-%d" % n).digest() + hashlib.sha256(b"tok-%d" % n).digest()[:18]).decode().rstrip("=")


# ----------------------------------------------------------------------------------------------
# Memory simulation.
class Generation:
    """One set of tasks started at `start` (unix seconds)."""

    def __init__(self, start, base, amp, tau_min, leaky):
        self.start, self.base, self.amp, self.tau, self.leaky = start, base, amp, tau_min * 60.0, leaky

    def value(self, t, daily):
        age = max(0.0, t - self.start)
        v = self.base + self.amp * (1.0 - math.exp(-age / self.tau)) + daily(t)
        if self.leaky:
            v += LEAK_PER_HOUR * age / 3600.0
        return v


def simulate(restarts, first, daily, params, oom_threshold=None):
    """Minute values from START to END. `restarts`: sorted (unix start, duration s, leaky after).
    `params()` draws (base, amp, tau minutes). Returns minute values and OOM restart times."""
    t0, t1 = int(START.timestamp()), int(END.timestamp())
    current = first
    transition = None            # (old, new, start, duration)
    queue = list(restarts)
    ooms = []
    values = []
    threshold = oom_threshold() if oom_threshold else None
    for t in range(t0, t1, 60):
        if transition and t >= transition[2] + transition[3]:
            current, transition = transition[1], None
        while queue and queue[0][0] <= t:
            rs, dur, leaky = queue.pop(0)
            if transition:
                current = transition[1]
            base, amp, tau = params()
            transition = (current, Generation(rs, base, amp, tau, leaky), rs, dur)
        if (not transition and threshold is not None and current.leaky
                and current.value(t, daily) >= threshold):
            base, amp, tau = params()
            rs = t + rng.randint(20, 50)
            transition = (current, Generation(rs, base, amp, tau, True), rs, rng.randint(60, 120))
            ooms.append(rs)
            threshold = oom_threshold()
        if transition:
            old, new, rs, dur = transition
            f = min(1.0, max(0.0, (t - rs) / dur))
            v = (1 - f) * old.value(t, daily) + f * new.value(t, daily)
        else:
            v = current.value(t, daily)
        values.append(v)
    return values, ooms


def buckets(minute_values, noise_sd, spikes, gap=None):
    """5-minute Averages as CloudWatch returns them: [(bucket start, value)] oldest first."""
    out = []
    t0 = int(START.timestamp())
    spike_ts = {int(s.timestamp()) for s in spikes}
    for i in range(0, len(minute_values), 5):
        t = t0 + i * 60
        v = sum(minute_values[i:i + 5]) / 5.0 + rng.gauss(0.0, noise_sd)
        if t in spike_ts:
            v += rng.uniform(13.5, 16.5)   # a heap snapshot briefly doubles the heap of one task
        v = round(v / QUANTUM) * QUANTUM
        if gap and gap[0].timestamp() <= t < gap[1].timestamp():
            continue
        out.append((t, v))
    return out


def api_daily(t):
    return 0.6 * math.sin(2 * math.pi * ((t / 3600.0) % 24 - 9.0) / 24.0)


def worker_daily(t):
    return 4.0 * math.sin(2 * math.pi * ((t / 3600.0) % 24 - 8.0) / 24.0)


def api_params():
    return rng.uniform(27.0, 30.5), rng.uniform(3.5, 5.0), rng.uniform(7.0, 10.0)


def worker_params():
    return rng.uniform(37.0, 41.0), rng.uniform(7.0, 9.0), rng.uniform(45.0, 60.0)


# ----------------------------------------------------------------------------------------------
def write(rel, text):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def fmt_cw_ts(t):
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def main():
    pushes = build_api_history()
    pipelines = build_pipelines(pushes)
    deploys = [p for p in pushes if p.kind == "deploy"]
    culprit = next(p for p in deploys if p.pr == CULPRIT_PR)
    fix = next(p for p in deploys if p.pr == FIX_PR)

    # --- prod/api memory -------------------------------------------------------------------
    api_restarts = []
    leaky = False
    for p in deploys:
        if p.pr == CULPRIT_PR:
            leaky = True
        if p.pr == FIX_PR:
            leaky = False
        rs = int(p.live.timestamp()) + rng.randint(0, 180)
        api_restarts.append((rs, rng.randint(120, 300), leaky, p))
    before = [r for r in api_restarts if r[0] < START.timestamp()]
    first = Generation(before[-1][0], *api_params(), leaky=False)
    in_window = [r for r in api_restarts if r[0] >= START.timestamp()]
    api_minutes, ooms = simulate([r[:3] for r in in_window], first, api_daily, api_params,
                                 oom_threshold=lambda: rng.uniform(98.0, 99.3))
    api_points = buckets(api_minutes, 0.4, API_SPIKES, GAP)

    # --- prod/worker memory ----------------------------------------------------------------
    worker = []
    for when, pr, title, author in WORKER_DEPLOYS:
        live = ts(when)
        worker.append({"live": live, "pr": pr, "title": title, "author": author,
                       "sha": fake_sha("worker", when, title)})
    w_restarts = [(int(w["live"].timestamp()) + rng.randint(0, 180), rng.randint(120, 300), False) for w in worker]
    w_first = Generation(w_restarts[0][0], *worker_params(), leaky=False)
    worker_minutes, _ = simulate([r for r in w_restarts if r[0] >= START.timestamp()], w_first,
                                 worker_daily, worker_params)
    worker_points = buckets(worker_minutes, 0.5, WORKER_SPIKES)

    # --- CloudWatch get-metric-data (AWS CLI v2: ISO 8601 +00:00, newest first, indent 4) ---
    newest_first = list(reversed(api_points))
    cw = {"MetricDataResults": [{"Id": "mem_api", "Label": "MemoryUtilization",
                                 "Timestamps": [fmt_cw_ts(t) for t, _ in newest_first],
                                 "Values": [v for _, v in newest_first], "StatusCode": "Complete"}],
          "Messages": []}
    write("cloudwatch/prod-api.get-metric-data.json", json.dumps(cw, indent=4) + "\n")

    # --- generic CSVs ------------------------------------------------------------------------
    def csv(points):
        return "timestamp,value\n" + "".join("%s,%.4f\n" % (iso_z(datetime.fromtimestamp(t, UTC)), v) for t, v in points)
    write("csv/prod-api.memory.csv", csv(api_points))
    write("csv/prod-worker.memory.csv", csv(worker_points))

    rows = []
    for p in deploys:
        rows.append((p.live, "prod/api", p.sha, str(p.pr) if p.pr else "", p.title, p.author.login))
    for w in worker:
        rows.append((w["live"], "prod/worker", w["sha"], str(w["pr"]), w["title"], w["author"].login))
    rows.sort(key=lambda r: r[0])

    def q(s):
        return '"%s"' % s.replace('"', '""') if any(c in s for c in ',"') else s
    write("csv/deploys.csv", "time,service,sha,pr,title,author\n" +
          "".join(",".join([iso_z(r[0])] + [q(x) for x in r[1:]]) + "\n" for r in rows))
    # The worker's deploys alone: the demo takes prod/api's deploys from the CircleCI export instead.
    write("csv/prod-worker.deploys.csv", "time,service,sha,pr,title,author\n" +
          "".join(",".join([iso_z(r[0])] + [q(x) for x in r[1:]]) + "\n" for r in rows if r[1] == "prod/worker"))

    # --- git log --first-parent of acme-corp/api ---------------------------------------------
    lines = []
    for p in reversed(pushes):
        a = p.git_author
        date = a.local_iso(p.pushed)
        lines.append("\t".join([p.sha, " ".join(p.parents), date, date, a.name, a.email, p.committer, p.subject]))
    write("git/api.git-log.txt", "\n".join(lines) + "\n")

    # --- CircleCI ----------------------------------------------------------------------------
    newest = list(reversed(pipelines))
    pages = [newest[i:i + 20] for i in range(0, len(newest), 20)]
    for n, page in enumerate(pages, 1):
        token = page_token(n) if n < len(pages) else None
        write("circleci/pipelines.page%d.json" % n,
              json.dumps({"next_page_token": token, "items": [pipeline_json(pl) for pl in page]}, indent=2) + "\n")
    for pl in pipelines:
        write("circleci/workflows/%s.json" % pl["id"],
              json.dumps({"next_page_token": None, "items": [workflow_json(pl, w) for w in pl["workflows"]]}, indent=2) + "\n")
    for pl, w, jobs in deploy_workflow_jobs(pipelines):
        write("circleci/jobs/%s.json" % w["id"], json.dumps({"next_page_token": None, "items": jobs}, indent=2) + "\n")

    # --- truth -------------------------------------------------------------------------------
    def restart_of(p):
        return next(r for r in api_restarts if r[3] is p)

    def peak_before(t):
        vals = [v for (bt, v) in api_points if t - 3600 <= bt < t]
        return max(vals) if vals else None
    truth = {
        "service": "prod/api",
        "metric": "MemoryUtilization",
        "unit": "Percent",
        "window": [iso_z(START), iso_z(END)],
        "period_s": PERIOD,
        "leak": {
            "onset": iso_z(datetime.fromtimestamp(restart_of(culprit)[0], UTC)),
            "slope_percent_per_hour": LEAK_PER_HOUR,
            "slope_before_percent_per_hour": 0.0,
            "ended": iso_z(datetime.fromtimestamp(restart_of(fix)[0], UTC)),
        },
        "culprit": {"pr": culprit.pr, "sha": culprit.sha, "title": culprit.title, "author": culprit.author.login,
                    "live": iso_z(culprit.live),
                    "restart_began": iso_z(datetime.fromtimestamp(restart_of(culprit)[0], UTC))},
        "quick_follow_up": {"pr": FOLLOW_UP_PR, "live": iso_z(next(p for p in deploys if p.pr == FOLLOW_UP_PR).live),
                            "note": "not the cause: it goes live 74 min after the culprit, inside the first leaking interval"},
        "last_healthy_deploy": (lambda p: {"pr": p.pr, "sha": p.sha, "live": iso_z(p.live)})(deploys[deploys.index(culprit) - 1]),
        "fixed_by": {"pr": fix.pr, "sha": fix.sha, "title": fix.title, "author": fix.author.login,
                     "live": iso_z(fix.live),
                     "restart_began": iso_z(datetime.fromtimestamp(restart_of(fix)[0], UTC))},
        "oom_restarts": [{"time": iso_z(datetime.fromtimestamp(t, UTC)),
                          "peak_percent_in_hour_before": peak_before(t)} for t in ooms],
        "gaps": [[iso_z(GAP[0]), iso_z(GAP[1])]],
        "spikes": [iso_z(s) for s in API_SPIKES],
        "deploys_in_window": sum(1 for p in deploys if p.live >= START),
        "leaking_deploys": [p.pr if p.pr else p.sha[:8] for p in deploys if culprit.live <= p.live < fix.live],
        "distractors": {
            "canceled_deploy_workflow_pr": 4281,
            "failed_deploy_pr": 4296,
            "deploy_shipping_two_prs": [{"pr": p.pr, "shipped": p.prs_shipped} for p in deploys if len(p.prs_shipped) > 1],
            "direct_push_deploy_sha": next(p.sha for p in deploys if p.style == "push"),
            "errored_pipeline": next(pl["number"] for pl in pipelines if pl["kind"] == "errored"),
        },
        "worker": {"service": "prod/worker", "leak": None,
                   "deploys_in_window": sum(1 for w in worker if w["live"] >= START)},
    }
    write("truth.json", json.dumps(truth, indent=2) + "\n")


if __name__ == "__main__":
    main()

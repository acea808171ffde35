import json
def rs(hashv, rev, created, image, replicas, extra_ann=None, uid="0"):
    ann = {"deployment.kubernetes.io/desired-replicas": "3", "deployment.kubernetes.io/max-replicas": "4", "deployment.kubernetes.io/revision": str(rev)}
    if extra_ann: ann.update(extra_ann)
    return {
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {"annotations": ann, "creationTimestamp": created, "generation": 2,
                     "labels": {"app": "api", "pod-template-hash": hashv}, "name": f"api-{hashv}", "namespace": "prod",
                     "ownerReferences": [{"apiVersion": "apps/v1", "blockOwnerDeletion": True, "controller": True, "kind": "Deployment", "name": "api", "uid": "8d2f1c7e-3b4a-4e9f-9c1d-2a7b5e6f0a11"}],
                     "resourceVersion": str(48213 + rev), "uid": f"5f0c{uid}e2a-7d1b-4c3e-8f9a-0b1c2d3e4f{rev:02d}"},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": "api", "pod-template-hash": hashv}},
                 "template": {"metadata": {"creationTimestamp": None, "labels": {"app": "api", "pod-template-hash": hashv}},
                              "spec": {"containers": [{"image": image, "imagePullPolicy": "IfNotPresent", "name": "api",
                                                       "resources": {"limits": {"memory": "512Mi"}, "requests": {"memory": "256Mi"}},
                                                       "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File"},
                                                      {"image": "docker.io/envoyproxy/envoy:v1.29.2", "name": "envoy"}],
                                       "dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler",
                                       "securityContext": {}, "terminationGracePeriodSeconds": 30}}},
        "status": {"observedGeneration": 2, "replicas": replicas, **({"availableReplicas": replicas, "fullyLabeledReplicas": replicas, "readyReplicas": replicas} if replicas else {})}}
items = [
    # revision 3 first, then `kubectl rollout undo` after revision 4 made it revision 5 (its creation time stays)
    rs("6b8f9d7c4", 5, "2026-11-20T09:12:41Z", "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:9fceb02", 0,
       {"deployment.kubernetes.io/revision-history": "3"}, uid="1"),
    rs("7d4b9c6f5", 4, "2026-11-21T14:03:09Z", "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:sha-3f2c1e9a", 0,
       {"kubernetes.io/change-cause": "kubectl set image deployment/api api=123456789012.dkr.ecr.us-east-1.amazonaws.com/api:sha-3f2c1e9a"}, uid="2"),
    rs("5c8d7b9f4", 6, "2026-11-22T08:30:00Z", "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1.8.0", 3,
       {"app.example.com/git-commit": "e83c5163316f89bfbde7d9ab23ca2e25604af290"}, uid="3"),
]
lone = json.loads(json.dumps(items[0])); lone["metadata"]["name"] = "debug-shell-x7k2q"; lone["metadata"]["ownerReferences"] = []
lone["metadata"]["labels"] = {"app": "debug-shell"}; del lone["metadata"]["annotations"]["deployment.kubernetes.io/revision"]; del lone["metadata"]["annotations"]["deployment.kubernetes.io/revision-history"]
items.append(lone)
doc = {"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}
with open("kubectl-get-replicasets.prod.json", "w") as f: json.dump(doc, f, indent=4); f.write("\n")

argo = {
  "apiVersion": "argoproj.io/v1alpha1", "kind": "Application",
  "metadata": {"creationTimestamp": "2026-10-02T11:20:15Z", "generation": 412, "name": "api", "namespace": "argocd",
               "resourceVersion": "90817263", "uid": "a0c1e1a2-4b5c-4d6e-8f90-1a2b3c4d5e6f"},
  "spec": {"destination": {"namespace": "prod", "server": "https://kubernetes.default.svc"}, "project": "default",
           "revisionHistoryLimit": 10,
           "source": {"path": "deploy/api", "repoURL": "https://github.com/example/api.git", "targetRevision": "main"},
           "syncPolicy": {"automated": {"prune": True, "selfHeal": True}}},
  "status": {
    "health": {"status": "Healthy"},
    "history": [],
    "operationState": {"finishedAt": "2026-11-22T08:31:02Z", "message": "successfully synced (all tasks run)",
                       "operation": {"initiatedBy": {"automated": True}, "retry": {"limit": 5}, "sync": {"revision": "e83c5163316f89bfbde7d9ab23ca2e25604af290"}},
                       "phase": "Succeeded", "startedAt": "2026-11-22T08:30:41Z",
                       "syncResult": {"revision": "e83c5163316f89bfbde7d9ab23ca2e25604af290", "source": {"path": "deploy/api", "repoURL": "https://github.com/example/api.git", "targetRevision": "main"}}},
    "reconciledAt": "2026-11-22T09:00:00Z",
    "sourceType": "Directory",
    "summary": {"images": ["123456789012.dkr.ecr.us-east-1.amazonaws.com/api:v1.8.0"]},
    "sync": {"comparedTo": {"destination": {"namespace": "prod", "server": "https://kubernetes.default.svc"},
                            "source": {"path": "deploy/api", "repoURL": "https://github.com/example/api.git", "targetRevision": "main"}},
             "revision": "e83c5163316f89bfbde7d9ab23ca2e25604af290", "status": "Synced"}}}
hist = [(3, "9fceb02d0ae598e95dc970b74767f19372d61af8", "2026-11-20T09:12:30Z", "2026-11-20T09:13:05Z", {"automated": True}),
        (4, "3f2c1e9a5d7b4c8e6f0a1b2c3d4e5f6a7b8c9d0e", "2026-11-21T14:02:58Z", "2026-11-21T14:03:40Z", {"automated": True}),
        (5, "9fceb02d0ae598e95dc970b74767f19372d61af8", "2026-11-21T16:40:02Z", "2026-11-21T16:40:31Z", {"username": "alice@example.com"}),
        (6, "e83c5163316f89bfbde7d9ab23ca2e25604af290", "2026-11-22T08:30:41Z", "2026-11-22T08:31:02Z", {"automated": True})]
for i, rev, start, done, who in hist:
    argo["status"]["history"].append({"deployStartedAt": start, "deployedAt": done, "id": i, "initiatedBy": who, "revision": rev,
                                      "source": {"path": "deploy/api", "repoURL": "https://github.com/example/api.git", "targetRevision": "main"}})
with open("argocd-application.api.json", "w") as f: json.dump(argo, f, indent=2); f.write("\n")

def gl(id, iid, status, sha, short, title, created, updated, finished, env="production"):
    return {"id": id, "iid": iid, "ref": "main", "sha": sha, "created_at": created, "updated_at": updated, "finished_at": finished,
            "status": status,
            "user": {"id": 1, "name": "Administrator", "username": "root", "state": "active", "avatar_url": "https://www.gravatar.com/avatar/e64c7d89f26bd1972efa854d13d7dd61?s=80&d=identicon", "web_url": "https://gitlab.example.com/root"},
            "environment": {"id": 9 if env == "production" else 8, "name": env, "slug": env, "external_url": "https://api.example.com", "created_at": "2026-01-10T09:00:00.000Z", "updated_at": updated, "tier": env},
            "deployable": {"id": 7000 + id, "status": status, "stage": "deploy", "name": f"deploy_{env}", "ref": "main", "tag": False, "coverage": None,
                           "allow_failure": False, "created_at": created, "started_at": created, "finished_at": finished, "duration": 91.5, "queued_duration": 0.8,
                           "user": {"id": 1, "name": "Administrator", "username": "root"},
                           "commit": {"id": sha, "short_id": short, "created_at": created, "parent_ids": [], "title": title, "message": title + "\n", "author_name": "Alice Example", "author_email": "alice@example.com", "authored_date": created, "committer_name": "Alice Example", "committer_email": "alice@example.com", "committed_date": created, "web_url": f"https://gitlab.example.com/example/api/-/commit/{sha}"},
                           "pipeline": {"id": 9000 + id, "iid": 400 + id, "project_id": 3, "sha": sha, "ref": "main", "status": status, "source": "push", "created_at": created, "updated_at": updated, "web_url": f"https://gitlab.example.com/example/api/-/pipelines/{9000 + id}"},
                           "web_url": f"https://gitlab.example.com/example/api/-/jobs/{7000 + id}", "artifacts": [], "runner": None, "artifacts_expire_at": None}}
glist = [
  gl(41, 12, "success", "9fceb02d0ae598e95dc970b74767f19372d61af8", "9fceb02d", "Add request cache", "2026-11-20T09:10:12.000Z", "2026-11-20T09:11:44.000Z", "2026-11-20T09:11:44.000Z"),
  gl(42, 13, "failed", "3f2c1e9a5d7b4c8e6f0a1b2c3d4e5f6a7b8c9d0e", "3f2c1e9a", "Upgrade HTTP client", "2026-11-21T13:58:02.000Z", "2026-11-21T14:00:10.000Z", "2026-11-21T14:00:10.000Z"),
  gl(43, 14, "success", "3f2c1e9a5d7b4c8e6f0a1b2c3d4e5f6a7b8c9d0e", "3f2c1e9a", "Upgrade HTTP client", "2026-11-21T14:01:02.000Z", "2026-11-21T14:02:31.000Z", "2026-11-21T14:02:31.000Z"),
  gl(44, 15, "success", "e83c5163316f89bfbde7d9ab23ca2e25604af290", "e83c5163", "Stream large exports", "2026-11-22T08:28:40.000Z", "2026-11-22T08:30:05.000Z", None),
  gl(45, 3, "success", "e83c5163316f89bfbde7d9ab23ca2e25604af290", "e83c5163", "Stream large exports", "2026-11-22T07:40:00.000Z", "2026-11-22T07:41:30.000Z", "2026-11-22T07:41:30.000Z", env="staging"),
  gl(46, 16, "canceled", "aa11bb22cc33dd44ee55ff6677889900aabbccdd", "aa11bb22", "WIP: tune GC", "2026-11-22T10:00:00.000Z", "2026-11-22T10:00:40.000Z", None),
]
del glist[3]["finished_at"]   # GitLab before 15.x gives no deployment finished_at
glist[3]["deployable"]["finished_at"] = "2026-11-22T08:30:05.000Z"
glist[5]["deployable"]["finished_at"] = "2026-11-22T10:00:40.000Z"
with open("gitlab-deployments.page1.json", "w") as f: json.dump(glist, f, indent=2); f.write("\n")

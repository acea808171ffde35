#!/usr/bin/env python3
"""Writes the hand-made hostile inputs under Tests/MemBlameKitTests/Fixtures/fuzz-regressions/<target>/.

Run from the repository root. Inputs the fuzzer found are copied there by hand (crash-<sha1> names);
these `nasty-*` ones cover shapes a fuzzer rarely reaches with small inputs: deep nesting, huge numbers,
invalid UTF-8, NUL bytes, a 1 MB single line.
"""
import os

ROOT = "Tests/MemBlameKitTests/Fixtures/fuzz-regressions"

def write(target, name, data):
    folder = os.path.join(ROOT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

deep_array = b"[" * 10000 + b"]" * 10000
deep_object = b'{"a":' * 10000 + b"1" + b"}" * 10000
invalid_utf8 = b'\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\n\xed\xa0\x80,1\n'
nul_bytes = b"timestamp,value\n\x00\x00\x00,\x00\n2026-11-20T00:00:00Z\x00,1\n"
gzip_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(256)) * 4

common = {
    "nasty-deep-array.json": deep_array,
    "nasty-deep-object.json": deep_object,
    "nasty-invalid-utf8.bin": invalid_utf8,
    "nasty-nul-bytes.csv": nul_bytes,
    "nasty-gzip.bin": gzip_header,
    "nasty-empty.txt": b"",
    "nasty-only-bom.txt": b"\xef\xbb\xbf",
    "nasty-crlf-only.txt": b"\r\n" * 1000,
}

metric_csv = {
    "nasty-huge-epoch.csv": "timestamp,value\n99999999999999999999999,1\n",
    "nasty-int64-min.csv": "-9223372036854775808,1\n9223372036854775807,2\n",
    "nasty-huge-values.csv": "2026-11-20T00:00:00Z,1e400\n2026-11-20T00:01:00Z,-1e400\n2026-11-20T00:02:00Z,nan\n",
    "nasty-far-dates.csv": "+275760-09-13T00:00:00Z,1\n9999-12-31T23:59:59+99:99,1\n0000-00-00T00:00:00Z,1\n",
    "nasty-unclosed-quote.csv": 'timestamp,value\n"2026-11-20T00:00:00Z,1\n',
    "nasty-many-fields.csv": "timestamp," + ",".join(["value"] * 50000) + "\n",
    "nasty-long-line-1mb.csv": "timestamp,value\n2026-11-20T00:00:00Z," + "9" * (1 << 20) + "\n",
}

cloudwatch = {
    "nasty-huge-timestamps.json": '{"MetricDataResults":[{"Id":"m","Label":"MemoryUtilization","Timestamps":[1e400,99999999999999999999,-9223372036854775809],"Values":[1,2,3],"StatusCode":"Complete"}]}',
    "nasty-huge-values.json": '{"MetricDataResults":[{"Id":"m","Label":"MemoryUtilization","Timestamps":["2026-11-20T00:00:00Z"],"Values":[1e999],"StatusCode":"Complete"}]}',
    "nasty-wrong-types.json": '{"MetricDataResults":[{"Id":7,"Label":null,"Timestamps":{"a":1},"Values":"x"}]}',
    "nasty-mismatched.json": '{"MetricDataResults":[{"Id":"m","Timestamps":[1,2,3],"Values":[1]}]}',
    "nasty-pages-deep.json": "[" * 5000 + '{"MetricDataResults":[]}' + "]" * 5000,
    "nasty-truncated.json": '{"MetricDataResults":[{"Id":"m","Timestamps":[17000000',
    "nasty-bad-escape.json": '{"MetricDataResults":[{"Id":"\\ud800\\u00zz","Timestamps":[],"Values":[]}]}',
}

timestamp = {
    "nasty-epoch-overflow.txt": "99999999999999999999999",
    "nasty-int64-min.txt": "-9223372036854775808",
    "nasty-int64-max-ms.txt": "9223372036854775807",
    "nasty-iso-garbage.txt": "2026-13-45T25:61:61+99:99",
    "nasty-year-max.txt": "9999999999-01-01T00:00:00Z",
    "nasty-fraction.txt": "2026-11-20T00:00:00." + "9" * 5000 + "Z",
    "nasty-exponent.txt": "1e308",
}

csvline = {
    "nasty-quotes.txt": '"' * 10001,
    "nasty-many-separators.txt": ",;" * 50000,
}

git_log = {
    "nasty-huge-epoch.txt": "commit " + "a" * 40 + "\nAuthor: x <x>\nDate:   99999999999999999999 +0000\n\n    Merge pull request #99999999999999999999999 from a/b\n",
    "nasty-long-line-1mb.txt": "commit " + "b" * 40 + "\nAuthor: " + "y" * (1 << 20) + "\n",
}

deploys_csv = {
    "nasty-huge-pr.csv": "service,timestamp,sha,pr\nprod/api,2026-11-20T00:00:00Z,abc,99999999999999999999999\n",
    "nasty-header-only.csv": "service,timestamp,sha,pr\n",
}

prometheus = {
    "nasty-huge-samples.json": '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"container":"api"},"values":[[1e400,"1"],[1795512000,"NaN"],[1795512060,"+Inf"],[99999999999999999999,"1e999"],["x","-Inf"]]}]}}',
    "nasty-wrong-shapes.json": '{"status":"success","data":{"resultType":"matrix","result":[{"metric":[],"values":{}},{"metric":{"a":{"b":1}},"values":[[]]},{"values":[[1795512000]]}]}}',
    "nasty-deep-labels.json": '{"status":"success","data":{"resultType":"matrix","result":[{"metric":' + "[" * 600 + "]" * 600 + ',"values":[]}]}}',
    "nasty-error-status.json": '{"status":"error","errorType":"' + "x" * 5000 + '","error":null}',
}

container_insights = {
    "nasty-huge-fields.jsonl": '{"Type":"Container","ClusterName":"prod","ServiceName":"api","ContainerName":"api","TaskId":"t","Timestamp":99999999999999999999,"MemoryUtilized":1e400,"MemoryReserved":0}\n',
    "nasty-zero-reserved.jsonl": '{"Type":"Container","ClusterName":"prod","ServiceName":"api","ContainerName":"api","TaskId":"t","Timestamp":1795512000000,"MemoryUtilized":517,"MemoryReserved":0}\n',
    "nasty-deep-line.jsonl": "[" * 600 + "]" * 600 + "\n" + '{"Type":"Container"}\n',
    "nasty-broken-lines.jsonl": '{"Type":"Container",\n"ClusterName":"prod"}\n\n{\n',
}

for target in ["csv", "cloudwatch-get-metric-data", "cloudwatch-get-metric-statistics", "prometheus", "datadog", "container-insights",
               "circleci", "github", "git-log", "deploys-csv", "import"]:
    for name, data in common.items():
        write(target, name, data)
for name, data in metric_csv.items():
    write("csv", name, data)
    if "1mb" not in name:
        write("import", name, data)
write("import", "nasty-long-line-1mb.csv", metric_csv["nasty-long-line-1mb.csv"])
for name, data in cloudwatch.items():
    write("cloudwatch-get-metric-data", name, data)
    write("import", name, data)
for name, data in timestamp.items():
    write("timestamp", name, data)
for name, data in csvline.items():
    write("csvline", name, data)
for name, data in git_log.items():
    write("git-log", name, data)
for name, data in deploys_csv.items():
    write("deploys-csv", name, data)
for name, data in prometheus.items():
    write("prometheus", name, data)
for name, data in container_insights.items():
    write("container-insights", name, data)
for name, data in cloudwatch.items():
    write("cloudwatch-get-metric-statistics", name, data.replace("MetricDataResults", "Datapoints"))

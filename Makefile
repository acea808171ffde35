# memblame: the two commands a fresh machine needs are `make demo` and `make test`.
# Both install what they need first (Debian packages through apt-get, Python test servers through pip).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libsqlite3-dev libcurl4-openssl-dev sqlite3 pkg-config python3 python3-pip python3-venv openssl git nodejs
# Servers the tests start themselves (prometheus and promtool for the Prometheus fetch tests): installed without
# their recommends (node exporters) and without starting the packaged service, which the tests never use.
SERVICE_PACKAGES := prometheus
PIP_PACKAGES := 'moto[server]' boto3

.PHONY: setup setup-system setup-python build demo test bench clean

setup: setup-system setup-python

# System libraries memblame links (SQLite, libcurl), the sqlite3 shell the README's SQL examples use, and Prometheus.
setup-system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@missing=""; for p in $(SERVICE_PACKAGES); do dpkg -s $$p 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing (service not started):$$missing"; \
		policy=""; if [ ! -e /usr/sbin/policy-rc.d ]; then policy=/usr/sbin/policy-rc.d; \
			printf '#!/bin/sh\nexit 101\n' | $(SUDO) tee $$policy >/dev/null && $(SUDO) chmod 755 $$policy; fi; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
		status=$$?; if [ -n "$$policy" ]; then $(SUDO) rm -f $$policy; fi; exit $$status; \
	fi

# Local servers the fetch tests start on 127.0.0.1 (moto_server for CloudWatch).
setup-python:
	@command -v moto_server >/dev/null 2>&1 && python3 -c 'import boto3, moto' 2>/dev/null || \
		python3 -m pip install --quiet $(PIP_PACKAGES) || python3 -m pip install --quiet --break-system-packages $(PIP_PACKAGES)

build: setup-system
	$(SWIFT) build -c release --product memblame

# Builds a fresh database from the bundled sample data and prints the report.
demo: build
	.build/release/memblame demo

test: setup
	$(SWIFT) test

bench: setup
	$(SWIFT) build -c release --product memblame-bench
	.build/release/memblame-bench --help

clean:
	rm -rf .build memblame.db memblame-demo.db

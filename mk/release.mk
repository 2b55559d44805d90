# Packages and releases.
#
#   make deb           Debian packages postgresql-NN-seizure for DEB_VERSIONS
#                      (the host's 15 on the host, 17 and 18 in their Debian
#                      roots), built with pg_buildext from debian/, in build/deb/
#   make deb-check     install each package with apt into a fresh root of its
#                      Debian release, CREATE EXTENSION and a smoke query
#   make dist          the PGXN release build/dist/seizure-VERSION.zip, made by
#                      git archive from HEAD, after META.json is validated
#   make meta-check    META.json against the PGXN Meta Spec 1.0.0

DEB_VERSIONS ?= 15 17 18
DIST = build/dist/$(EXTENSION)-$(EXTVERSION).zip

.PHONY: deb deb-check dist meta-check
deb:
	bash scripts/deb.sh build $(DEB_VERSIONS)

deb-check:
	bash scripts/deb.sh check $(DEB_VERSIONS)

meta-check:
	/usr/bin/python3 scripts/check-meta.py META.json

dist: meta-check
	@mkdir -p $(dir $(DIST))
	git archive --format=zip --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(DIST) HEAD
	@echo "$(DIST)"

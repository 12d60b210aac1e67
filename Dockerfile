# syntax=docker/dockerfile:1
# factbot's image: `docker run` starts the bot (long polling by default); data lives on /data.
ARG PYTHON_IMAGE=python:3.11-slim

# ---- build: the project and its dependencies installed into a virtualenv ----
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# setup.py compiles the translation catalogs into the package.
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
COPY storage ./storage
# A plain (non-editable) install: the shipped facts and migrations travel in the package.
# pip and setuptools are only needed to install; the runtime image does without them.
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-cache-dir . \
 && /opt/venv/bin/pip uninstall --yes pip setuptools

# ---- runtime: the virtualenv on a slim Python, run as an unprivileged user ----
FROM ${PYTHON_IMAGE}
LABEL org.opencontainers.image.title="factbot" \
      org.opencontainers.image.description="A Telegram bot that answers questions about news facts, citing source and date for every fact" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="0.1.0"
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    FACTBOT_DB_PATH=/data/facts.db \
    FACTBOT_LOG_FORMAT=json
RUN groupadd --system --gid 10001 factbot \
 && useradd --system --uid 10001 --gid factbot --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin factbot \
 && mkdir /data \
 && chown factbot:factbot /data
COPY --from=build /opt/venv /opt/venv
# Numeric, so a platform can check it is not root without reading /etc/passwd.
USER 10001:10001
WORKDIR /data
# The store, and its backups with FACTBOT_BACKUP_DIR=/data/backups (or a volume of their own).
VOLUME ["/data"]
# Webhook mode only (FACTBOT_MODE=webhook); polling needs no open port.
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
  CMD ["factbot", "healthcheck"]
# Exec form: factbot is PID 1 and gets SIGTERM itself, to stop cleanly.
ENTRYPOINT ["factbot"]
CMD ["run"]

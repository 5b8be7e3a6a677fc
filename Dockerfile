# MotoVaultPro container image: built with Maven, run on the official Open Liberty image.
#   docker build -t motovaultpro:0.1.0 --build-arg VERSION=0.1.0 .
# The runtime image runs as a non-root user and needs only /tmp, /logs and the Liberty output
# directory writable (see docs/operations/deploy.md), so the root filesystem can be read-only.

# ---- build: the WAR and the jars of Liberty's shared libraries --------------------------------
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=io.openliberty || true
COPY db db
COPY src src
COPY liberty liberty
RUN mvn -B -q -DskipTests package

# ---- runtime: Open Liberty (kernel-slim + exactly the features server.xml lists) --------------
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi

ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="MotoVaultPro" \
      org.opencontainers.image.description="Self-hosted vehicle maintenance and fuel tracker (Jakarta EE on Open Liberty)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="https://github.com/motovaultpro/motovaultpro" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.base.name="icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi"

# Server configuration first: features.sh installs the features server.xml (and the session
# include for Redis) names, so the layer is reused while only the application changes.
COPY --chown=1001:0 liberty/config/server.xml liberty/config/bootstrap.properties liberty/container/jvm.options /config/
COPY --chown=1001:0 liberty/config/sessions/ /config/sessions/
COPY --chown=1001:0 liberty/config/sessions/redis.xml /config/configDropins/defaults/features-for-image.xml
RUN features.sh && rm /config/configDropins/defaults/features-for-image.xml

COPY --chown=1001:0 --from=build /build/target/server-lib/ /config/lib/
# The application unpacked (Liberty runs a directory named like the WAR the same way): the backup
# and restore commands run the same classes (db/*.sh, e.g. as the backup CronJob).
COPY --chown=1001:0 --from=build /build/target/motovaultpro/ /config/apps/motovaultpro.war/
COPY --chown=1001:0 --chmod=755 db/backup.sh db/restore.sh db/motovault-backup.sh /opt/motovault/db/

# Embedded-default data (only used without MOTOVAULT_DB_URL): a volume, never the image.
ENV MOTOVAULT_DATA_DIR=/var/lib/motovault \
    MOTOVAULT_HTTP_HOST=* \
    MOTOVAULT_HTTP_PORT=9080
# Two glibc malloc arenas instead of up to eight per core: the JVM allocates its heap itself.
ENV MALLOC_ARENA_MAX=2
# Logs where a container platform collects them: one JSON object per line on stdout, messages and
# access events (with the access log's fields, never a query string); the access log file, a
# second copy inside the container, goes nowhere.
ENV WLP_LOGGING_CONSOLE_FORMAT=JSON \
    WLP_LOGGING_CONSOLE_SOURCE=message,trace,accessLog,ffdc,audit \
    WLP_LOGGING_CONSOLE_LOGLEVEL=INFO \
    MOTOVAULT_ACCESS_LOG_FILE=/dev/null \
    MOTOVAULT_ACCESS_LOG_MAX_MB=0
USER 0
RUN mkdir -p /var/lib/motovault && chown 1001:0 /var/lib/motovault && chmod 770 /var/lib/motovault
USER 1001
VOLUME ["/var/lib/motovault"]

RUN configure.sh

# On SIGTERM: readiness DOWN at once, keep serving MOTOVAULT_DRAIN_SECONDS (10), then Liberty's
# graceful stop (requests in flight finish, up to 30 s): give the pod 45 s to terminate.
COPY --chown=1001:0 --chmod=755 liberty/bin/run-with-drain.sh /opt/motovault/run-with-drain.sh
ENTRYPOINT ["/opt/motovault/run-with-drain.sh", "/opt/ol/helpers/runtime/docker-server.sh"]
CMD ["/opt/ol/wlp/bin/server", "run", "defaultServer"]

EXPOSE 9080
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:9080/health/ready || exit 1

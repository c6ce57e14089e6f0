# syntax=docker/dockerfile:1
#
# Stockroom's image: built with the project's own Maven wrapper, run on a JRE as a non-root user.
#
#   docker build -t stockroom .
#   docker run --env-file .env -p 8080:8080 stockroom
#
# Two stages, so the image carries a JRE and the application, not a JDK, Maven and sources.
# The jar is unpacked into Spring Boot's layers (dependencies change rarely, the application
# on every commit), each copied as its own image layer: a new release pushes and pulls only the
# few megabytes of the last layer. The unpacked jar runs from a plain class path (stockroom.jar
# and lib/), which the JDK's AOT cache needs: the image makes that cache in a training run at
# build time and starts with it (docs/PERFORMANCE.md, "Faster start").

# --- build ------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace

# Dependencies first: this layer is rebuilt only when pom.xml or the wrapper change.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp dependency:go-offline

COPY src src
# Tests run in CI (.ci/run) against real services, which a docker build does not have.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/stockroom-*.jar extract --layers --application-filename stockroom.jar \
      --destination target/extracted

# --- run --------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system stockroom \
 && useradd --system --gid stockroom --home-dir /app --shell /usr/sbin/nologin stockroom \
 && mkdir -p /app /var/lib/stockroom/media \
 && chown -R stockroom:stockroom /var/lib/stockroom
WORKDIR /app

# Least-changing layer first.
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./

# Set before the training run, so that it runs with the options the application runs with.
ENV SPRING_PROFILES_ACTIVE=prod \
    STOCKROOM_MEDIA_DIRECTORY=/var/lib/stockroom/media \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# The training run for the JDK's AOT cache (JDK 25, JEP 483/514/515): the application starts in
# the prod profile against a throwaway PostgreSQL and Redis that live only in this step, so
# Flyway, Hibernate, the Redis clients and Spring's whole context load and link their classes;
# spring.context.exit=onRefresh ends it once the context is refreshed, and the JVM writes the
# classes and their profiles to /app/stockroom.aot as it exits. The secrets are throwaway too.
# The cache belongs to this JRE and this class path: a JVM that cannot use it (another JDK, a
# changed lib/) warns and starts without it, it never fails for it.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql redis-server \
 && pg_bin="$(ls -d /usr/lib/postgresql/*/bin | head -1)" \
 && install -d -o postgres /tmp/training-db \
 && su postgres -s /bin/sh -c "$pg_bin/initdb -D /tmp/training-db -A trust -U postgres >/dev/null \
      && $pg_bin/pg_ctl -D /tmp/training-db -o '-c listen_addresses=127.0.0.1 -p 5433 -k /tmp' -w start >/dev/null" \
 && redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes \
 && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5433/postgres SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=training STOCKROOM_JWT_SECRET="base64:$(head -c 32 /dev/urandom | base64)" \
    STOCKROOM_ALLOWED_HOSTS=localhost STOCKROOM_BASE_URL=http://localhost STOCKROOM_REDIS_URL=redis://127.0.0.1:6379 \
    java -XX:AOTCacheOutput=/app/stockroom.aot -Dspring.context.exit=onRefresh -jar stockroom.jar \
 && su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D /tmp/training-db -m fast -w stop >/dev/null" \
 && redis-cli -p 6379 shutdown nosave \
 && DEBIAN_FRONTEND=noninteractive apt-get purge -y --auto-remove postgresql postgresql-common redis-server redis-tools \
 && rm -rf /var/lib/apt/lists/* /tmp/training-db /var/lib/postgresql /var/lib/redis /var/log/postgresql \
 && chmod 0444 /app/stockroom.aot

USER stockroom

VOLUME /var/lib/stockroom/media
EXPOSE 8080

# Readiness, not liveness: an instance still starting or draining is not healthy for traffic.
# The request names the first of STOCKROOM_ALLOWED_HOSTS as its Host, because the application
# refuses any other host (the ALLOWED_HOSTS rule), localhost included.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -H "Host: ${STOCKROOM_ALLOWED_HOSTS%%,*}" http://127.0.0.1:8080/actuator/health/readiness || exit 1

# exec form: the JVM is PID 1 and gets SIGTERM, which starts Spring's graceful shutdown.
ENTRYPOINT ["java", "-XX:AOTCache=/app/stockroom.aot", "-jar", "stockroom.jar"]

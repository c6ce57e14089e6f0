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
# few megabytes of the last layer.

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
 && java -Djarmode=tools -jar target/stockroom-*.jar extract --layers --launcher --destination target/extracted

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

USER stockroom

ENV SPRING_PROFILES_ACTIVE=prod \
    STOCKROOM_MEDIA_DIRECTORY=/var/lib/stockroom/media \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /var/lib/stockroom/media
EXPOSE 8080

# Readiness, not liveness: an instance still starting or draining is not healthy for traffic.
# The request names the first of STOCKROOM_ALLOWED_HOSTS as its Host, because the application
# refuses any other host (the ALLOWED_HOSTS rule), localhost included.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS -H "Host: ${STOCKROOM_ALLOWED_HOSTS%%,*}" http://127.0.0.1:8080/actuator/health/readiness || exit 1

# exec form: the JVM is PID 1 and gets SIGTERM, which starts Spring's graceful shutdown.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

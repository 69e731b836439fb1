# careersearch: the server with its embedded index (issue 23). Build and run:
#   docker build -t careersearch .
#   docker run -p 7070:7070 -v careersearch-index:/data/index -v careersearch-store:/data/store \
#     -e CAREERSEARCH_ADMIN_TOKEN=... careersearch
# DockerfileTest lints this file and DockerRuntimeIT runs its ENTRYPOINT and HEALTHCHECK against
# the built jar (these machines have no Docker daemon; README "Operating careersearch").

# ---- build: the same Maven build as CI, tests left to CI ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -pl server -am -DskipTests package

# ---- runtime: a JRE, the jar, the corpus; the index and the postings store on volumes ----
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 careersearch \
 && useradd --system --uid 10001 --gid careersearch --home-dir /app --shell /usr/sbin/nologin careersearch \
 && mkdir -p /data/index /data/store \
 && chown careersearch:careersearch /data/index /data/store
WORKDIR /app
COPY --from=build /src/server/target/careersearch-server.jar /app/careersearch-server.jar
COPY --from=build /src/corpus /app/corpus
# bind all interfaces inside the container; the index is built from the corpus on first start;
# the postings store (what the admin API and the CLI add and delete) is the data to back up;
# DJL unpacks the embedding model's tokenizer library into DJL_CACHE_DIR (the home is read-only)
ENV CAREERSEARCH_HOST=0.0.0.0 \
    CAREERSEARCH_PORT=7070 \
    CAREERSEARCH_INDEX=/data/index \
    CAREERSEARCH_STORE=/data/store \
    CAREERSEARCH_CORPUS=/app/corpus \
    CAREERSEARCH_LOG_FORMAT=json \
    DJL_CACHE_DIR=/tmp/djl
VOLUME ["/data/index", "/data/store"]
USER careersearch:careersearch
EXPOSE 7070
# a small JVM that asks GET /api/health (the JRE image has no curl); the first start indexes
HEALTHCHECK --interval=30s --timeout=10s --start-period=180s --retries=3 \
  CMD ["java", "-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/careersearch-server.jar", "careersearch.server.ops.HealthCheck"]
# heap from the container's memory limit, not the host's; die on OOM so the orchestrator restarts
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseG1GC", "-jar", "/app/careersearch-server.jar"]

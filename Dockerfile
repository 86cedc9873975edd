# Build with the Maven wrapper on a JDK; run on a Java 25 JRE as a non-root user, from the
# extracted jar with an AOT cache trained at build time (start-up figures: BENCHMARKS.md).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/cert-advisor-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system advisor && useradd --system --gid advisor --no-create-home advisor
WORKDIR /app
COPY --from=build /src/app.jar /tmp/app.jar
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app && rm /tmp/app.jar
# Sized for a small container (deploy/cert-advisor.yaml): the serial collector leaves the
# cores to requests; the heap is capped at 16 % of the memory limit (62 MiB of 384 MiB:
# three times the ~20 MiB live set plus the 8 MiB page cache; MinRAMPercentage too, or
# below ~1/3 the JVM keeps its own larger default) and given back after a full GC past
# 30 % free, so cache turnover cannot grow it to the limit. The JIT stops at C1: C2
# compiling alongside start-up cost 0.5-0.6 s on 2 CPUs and 1.1-1.2 s under the
# Deployment's one-CPU limit, and ~20 MiB, for 25-60 % more newly rendered pages per
# second at full load (C1 still renders hundreds). --build-arg
# JIT=-XX:TieredStopAtLevel=4 builds with C2 (and trains the AOT cache with it). Compact
# headers, fewer malloc arenas and giving freed native memory back every 5 s keep the rest
# small. Spring's build-time bean definitions (process-aot) are switched on here.
ARG JIT=-XX:TieredStopAtLevel=1
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC ${JIT} -XX:MinRAMPercentage=16 -XX:MaxRAMPercentage=16 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000 -Dspring.aot.enabled=true"
ENV MALLOC_ARENA_MAX=2
# Training run: start the application, ask for one page of each kind, stop it; the JVM
# writes the AOT cache on exit, and the classes it loaded, linked and profiled are then
# mapped ready-made at every start.
COPY deploy/train-aot-cache.sh /tmp/train-aot-cache.sh
# It keeps class summaries in memory and signs forms with a throwaway secret, so neither a
# database file nor a secret (which every container would share) is left in the image.
RUN SPRING_DATASOURCE_URL=jdbc:h2:mem:training \
	CERT_ADVISOR_CLASSES_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" bash /tmp/train-aot-cache.sh /app/app.aot 8080 java -jar /app/app.jar \
	&& rm /tmp/train-aot-cache.sh
# Without SPRING_DATASOURCE_URL, class summaries go to an H2 file here (deploy/ names PostgreSQL).
RUN mkdir /app/data && chown advisor:advisor /app/data
USER advisor
# 8080 serves the site; 8081 (management) serves health, info and Prometheus metrics, and is
# never published: only the cluster's Prometheus scrapes it (deploy/monitoring.yaml).
EXPOSE 8080 8081
# bash's /dev/tcp keeps the check free of curl or wget, which the JRE image may lack.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
	CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /livez HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]

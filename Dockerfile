# Build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/cert-advisor-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system advisor && useradd --system --gid advisor --no-create-home advisor
WORKDIR /app
COPY --from=build /src/app.jar app.jar
USER advisor
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# bash's /dev/tcp keeps the check free of curl or wget, which the JRE image may lack.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
	CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

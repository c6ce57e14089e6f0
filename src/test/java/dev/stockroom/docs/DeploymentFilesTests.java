package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files cannot be run here (no Docker engine, no cluster), so this checks
 * what can go wrong without running them: each parses, each refers only to environment
 * variables that {@code .env.example} documents, and each keeps the promises
 * docs/DEPLOYMENT.md makes (non-root image with a health check, probes and resources on
 * the pods, tests before the image is pushed).
 */
class DeploymentFilesTests {

	private static final Path ENV_EXAMPLE = Path.of(".env.example");

	private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)");

	private static final Pattern ENV_LINE = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

	@Test
	void composeFileParsesAndDocumentsEveryVariableItUses() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		Map<String, Object> services = map(yaml(compose).get("services"));

		assertThat(services).containsKeys("nginx", "app1", "app2", "postgres", "redis");
		for (String name : List.of("app1", "app2", "postgres", "redis")) {
			Map<String, Object> service = map(services.get(name));
			boolean hasHealthCheck = service.containsKey("healthcheck") || name.startsWith("app");
			assertThat(hasHealthCheck).as(name + " has a health check").isTrue();
		}
		assertThat(map(map(services.get("nginx")).get("depends_on"))).containsKeys("app1", "app2");
		assertThat(Path.of("nginx/nginx.conf")).as("the configuration compose mounts into Nginx").exists();
		assertThat(undocumented(variables(COMPOSE_VARIABLE, compose))).isEmpty();
	}

	@Test
	void kubernetesManifestsParseAndDocumentEveryVariable() throws IOException {
		List<Map<String, Object>> manifests = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("deploy/k8s"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).sorted().toList()) {
				Map<String, Object> manifest = yaml(Files.readString(file));
				assertThat(manifest).as(file.toString()).containsKey("kind");
				manifests.add(manifest);
			}
		}
		Set<String> kinds = new TreeSet<>();
		Set<String> variables = new TreeSet<>();
		for (Map<String, Object> manifest : manifests) {
			String kind = (String) manifest.get("kind");
			kinds.add(kind);
			if (kind.equals("ConfigMap")) {
				variables.addAll(map(manifest.get("data")).keySet());
			}
			if (kind.equals("Secret")) {
				variables.addAll(map(manifest.get("stringData")).keySet());
			}
		}
		assertThat(kinds).contains("Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "ConfigMap",
				"Secret");
		assertThat(undocumented(variables)).isEmpty();
	}

	@Test
	void podsHaveProbesResourcesAndRunAsNonRoot() throws IOException {
		Map<String, Object> deployment = yaml(Files.readString(Path.of("deploy/k8s/deployment.yaml")));
		Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
		Map<String, Object> container = map(((List<?>) pod.get("containers")).get(0));

		assertThat(container).containsKeys("livenessProbe", "readinessProbe", "startupProbe", "resources");
		assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);

		Map<String, Object> autoscaler = yaml(Files.readString(Path.of("deploy/k8s/hpa.yaml")));
		assertThat(path(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(path(deployment, "metadata", "name"));
	}

	// One image, two roles: web instances enqueue background jobs, workers run them.
	@Test
	void webInstancesRunNoJobsAndAWorkerFromTheSameImageRunsThem() throws IOException {
		Map<String, Object> services = map(yaml(Files.readString(Path.of("docker-compose.yml"))).get("services"));
		for (String web : List.of("app1", "app2")) {
			assertThat(path(map(services.get(web)), "environment", "STOCKROOM_JOBS_WORKER")).as(web).isEqualTo("false");
		}
		Map<String, Object> worker = map(services.get("worker"));
		assertThat(path(worker, "environment", "STOCKROOM_JOBS_WORKER")).isEqualTo("true");
		assertThat(worker.get("image")).isEqualTo(map(services.get("app1")).get("image"));
		assertThat(map(map(services.get("nginx")).get("depends_on"))).doesNotContainKey("worker");

		Map<String, Object> web = yaml(Files.readString(Path.of("deploy/k8s/deployment.yaml")));
		Map<String, Object> workers = yaml(Files.readString(Path.of("deploy/k8s/worker-deployment.yaml")));
		assertThat(workerSetting(web)).isEqualTo("false");
		assertThat(workerSetting(workers)).isEqualTo("true");
		assertThat(container(workers).get("image")).isEqualTo(container(web).get("image"));
		assertThat(Files.readString(Path.of("deploy/k8s/kustomization.yaml"))).contains("- worker-deployment.yaml");
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
		return map(((List<?>) pod.get("containers")).get(0));
	}

	private static Object workerSetting(Map<String, Object> deployment) {
		return ((List<?>) container(deployment).get("env")).stream()
			.map(DeploymentFilesTests::map)
			.filter((variable) -> "STOCKROOM_JOBS_WORKER".equals(variable.get("name")))
			.map((variable) -> variable.get("value"))
			.findFirst()
			.orElse(null);
	}

	@Test
	void imageRunsOnAJre25AsANonRootUserWithAHealthCheck() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		List<String> stages = lines.stream().filter((line) -> line.startsWith("FROM ")).toList();

		assertThat(stages).hasSize(2);
		assertThat(stages.get(1)).startsWith("FROM eclipse-temurin:25-jre");
		assertThat(lines).anyMatch((line) -> line.startsWith("USER stockroom"));
		assertThat(lines).anyMatch((line) -> line.startsWith("HEALTHCHECK "));
		assertThat(lines).anyMatch((line) -> line.contains("extract --layers"));
		// The exec form, so that the JVM receives SIGTERM and shuts down gracefully.
		assertThat(lines).anyMatch((line) -> line.startsWith("ENTRYPOINT [\"java\""));
		assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains(".env", "target", ".git");
	}

	@Test
	void imageStartsWithTheAotCacheItsOwnTrainingRunMade() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		String runStage = String.join("\n", lines.subList(lastIndexStartingWith(lines, "FROM "), lines.size()));

		// Made in the stage that runs it (same JRE, same class path), from the plain jar:
		// the cache cannot hold classes that Spring Boot's launcher loads itself.
		assertThat(runStage).contains("-XX:AOTCacheOutput=/app/stockroom.aot", "-Dspring.context.exit=onRefresh",
				"-jar stockroom.jar");
		assertThat(lines).anyMatch((line) -> line.contains("--application-filename stockroom.jar"))
			.noneMatch((line) -> line.contains("extract") && line.contains("--launcher"));
		assertThat(lines).anyMatch((line) -> line
			.startsWith("ENTRYPOINT [\"java\", \"-XX:AOTCache=/app/stockroom.aot\", \"-jar\", \"stockroom.jar\"]"));
		// The training run's throwaway services leave in the step that brought them.
		assertThat(runStage).contains("apt-get purge -y --auto-remove postgresql");
		// The training run gets the options the application runs with.
		assertThat(runStage.indexOf("JAVA_TOOL_OPTIONS")).isLessThan(runStage.indexOf("-XX:AOTCacheOutput"));
	}

	private static int lastIndexStartingWith(List<String> lines, String prefix) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no line starts with " + prefix);
	}

	@Test
	void environmentFilesForMachinesDocumentEveryVariable() throws IOException {
		Set<String> variables = variables(ENV_LINE, Files.readString(Path.of("deploy/ec2/stockroom.env")));

		assertThat(variables).contains("SPRING_PROFILES_ACTIVE", "STOCKROOM_JWT_SECRET");
		assertThat(undocumented(variables)).isEmpty();
		assertThat(Files.readString(Path.of("deploy/ec2/stockroom.service")))
			.contains("EnvironmentFile=/etc/stockroom/stockroom.env", "User=stockroom");
	}

	@Test
	void platformConfigsCheckReadiness() throws IOException {
		Map<String, Object> render = yaml(Files.readString(Path.of("deploy/render.yaml")));
		Map<String, Object> web = map(((List<?>) render.get("services")).get(0));
		assertThat(web.get("healthCheckPath")).isEqualTo("/actuator/health/readiness");

		JsonNode railway = JsonMapper.builder().build().readTree(Files.readString(Path.of("deploy/railway.json")));
		assertThat(railway.path("deploy").path("healthcheckPath").asString()).isEqualTo("/actuator/health/readiness");
		assertThat(railway.path("build").path("builder").asString()).isEqualTo("DOCKERFILE");
	}

	@Test
	void workflowTestsEveryPushThenBuildsAndDeploysMain() throws IOException {
		Map<String, Object> workflow = yaml(Files.readString(Path.of(".github/workflows/ci.yml")));
		Map<String, Object> jobs = map(workflow.get("jobs"));

		// SnakeYAML reads the key "on" as the boolean true (YAML 1.1).
		Map<String, Object> triggers = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
		assertThat(triggers).containsKeys("push", "pull_request");
		assertThat(steps(jobs, "test")).anyMatch((step) -> "bash .ci/run".equals(step.get("run")));
		assertThat(map(jobs.get("image")).get("needs")).isEqualTo("test");
		assertThat((String) map(jobs.get("image")).get("if")).contains("refs/heads/main");
		assertThat(map(jobs.get("deploy")).get("needs")).isEqualTo("image");

		Map<String, Object> dependabot = yaml(Files.readString(Path.of(".github/dependabot.yml")));
		assertThat(((List<?>) dependabot.get("updates")).stream().map((update) -> map(update).get("package-ecosystem")))
			.contains("maven", "github-actions", "docker");
	}

	private static Set<String> undocumented(Set<String> variables) throws IOException {
		Set<String> documented = variables(ENV_LINE, Files.readString(ENV_EXAMPLE));
		Set<String> missing = new TreeSet<>(variables);
		missing.removeAll(documented);
		return missing;
	}

	private static Set<String> variables(Pattern pattern, String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static List<Map<String, Object>> steps(Map<String, Object> jobs, String job) {
		return ((List<?>) map(jobs.get(job)).get("steps")).stream().map(DeploymentFilesTests::map).toList();
	}

	private static Object path(Map<String, Object> root, String... keys) {
		Object node = root;
		for (String key : keys) {
			node = map(node).get(key);
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		assertThat(node).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}

	private static Map<String, Object> yaml(String text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

}
